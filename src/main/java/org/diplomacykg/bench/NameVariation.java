package org.diplomacykg.bench;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplomacykg.extract.EntityType;
import org.diplomacykg.extract.Gazetteer;
import org.diplomacykg.extract.GazetteerEntry;

/**
 * Rewrites a text with other entities of the gazetteer and shifted dates, the same way every time for one variant, so
 * that an evidence string rewritten alone is still a substring of the rewritten article.
 * <p>
 * Takes the gazetteer, the names that must stay (topic words: renaming Afghanistan would change the article's topics)
 * and one seed text; {@link #variant} gives, for a random source, a mapping from each person, state and city named in the
 * seed to another of the same type (a person of the same gender, a city inside the state that replaced the original
 * city's state when the gazetteer has one) and a date shift of whole weeks (so "Sunday (1 November)" stays a Sunday).
 */
final class NameVariation {
    private static final Set<EntityType> VARIED = Set.of(EntityType.PERSON, EntityType.STATE, EntityType.CITY);
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) (" + MONTHS + ")\\b(,? \\d{4}\\b)?");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ") (\\d{1,2})\\b(, \\d{4}\\b)?");
    /** The most weeks a date moves either way: about six years. */
    private static final int MAX_WEEKS = 300;

    /** How a matched name refers to its entity, which decides how the replacement is written. */
    enum Kind { NAME, SURNAME, DEMONYM }

    record Ref(GazetteerEntry entry, Kind kind) {}

    private final Map<String, Ref> refs;
    private final Pattern names;
    private final List<GazetteerEntry> found;
    private final Pools pools;

    /** The replacement candidates of a gazetteer, computed once for every seed. */
    static final class Pools {
        private final Map<String, Ref> refs = new HashMap<>();
        private final Set<String> protectedIris = new HashSet<>();
        private final List<GazetteerEntry> states = new ArrayList<>();
        private final List<GazetteerEntry> persons = new ArrayList<>();
        private final List<GazetteerEntry> cities = new ArrayList<>();
        private final Map<String, List<GazetteerEntry>> citiesByState = new HashMap<>();
        private final Gazetteer gazetteer;

        Pools(Gazetteer gazetteer, Collection<String> protectedWords) {
            this.gazetteer = gazetteer;
            Set<String> keep = protectedWords.stream().map(Gazetteer::fold).collect(Collectors.toSet());
            Set<String> ambiguous = new HashSet<>();
            for (GazetteerEntry e : gazetteer.entries()) {
                boolean isProtected = false;
                for (String n : e.names()) {
                    isProtected |= keep.contains(Gazetteer.fold(n));
                    put(n, new Ref(e, e.type() == EntityType.PERSON && !n.trim().contains(" ") ? Kind.SURNAME : Kind.NAME), ambiguous);
                }
                for (String d : e.demonyms()) {
                    isProtected |= keep.contains(Gazetteer.fold(d));
                    put(d, new Ref(e, Kind.DEMONYM), ambiguous);
                }
                if (isProtected) {
                    protectedIris.add(e.iri());
                    continue;
                }
                switch (e.type()) {
                    case STATE -> {
                        if (!e.demonyms().isEmpty()) {
                            states.add(e);
                        }
                    }
                    case PERSON -> {
                        if (e.label().trim().contains(" ")) {
                            persons.add(e);
                        }
                    }
                    case CITY -> {
                        cities.add(e);
                        e.locatedIn().forEach(s -> citiesByState.computeIfAbsent(s, k -> new ArrayList<>()).add(e));
                    }
                    default -> { }
                }
            }
            // A name two entities share ("Georgia") is left as it is: the replacement would be a guess.
            ambiguous.forEach(refs::remove);
        }

        private void put(String name, Ref ref, Set<String> ambiguous) {
            if (name == null || name.isBlank()) {
                return;
            }
            Ref old = refs.putIfAbsent(name, ref);
            if (old != null && !old.entry().iri().equals(ref.entry().iri())) {
                ambiguous.add(name);
            }
        }
    }

    /** The mapping of one variant: entity IRI to replacement, and the date shift in days. */
    record Variant(Map<String, GazetteerEntry> replacements, int shiftDays) {}

    NameVariation(Pools pools, String seedText) {
        this.pools = pools;
        Pattern all = alternation(pools.refs.keySet());
        Map<String, GazetteerEntry> seen = new TreeMap<>();
        Matcher m = all.matcher(seedText);
        while (m.find()) {
            Ref r = pools.refs.get(m.group());
            if (r != null && VARIED.contains(r.entry().type()) && !pools.protectedIris.contains(r.entry().iri())) {
                seen.put(r.entry().iri(), r.entry());
            }
        }
        this.found = List.copyOf(seen.values());
        Map<String, Ref> local = new HashMap<>(pools.refs);
        // Surnames only of the persons this text names in full: "Rice" alone is too often a word.
        for (GazetteerEntry e : found) {
            if (e.type() == EntityType.PERSON) {
                for (String n : e.names()) {
                    String[] parts = n.trim().split("\\s+");
                    if (parts.length > 1) {
                        local.putIfAbsent(parts[parts.length - 1], new Ref(e, Kind.SURNAME));
                    }
                }
            }
        }
        this.refs = local;
        this.names = alternation(local.keySet());
    }

    /** The persons, states and cities of the seed that a variant replaces. */
    List<GazetteerEntry> found() {
        return found;
    }

    /** A new mapping for one generated article. */
    Variant variant(Random random) {
        Map<String, GazetteerEntry> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        found.forEach(e -> used.add(e.iri()));
        for (GazetteerEntry e : found) {
            if (e.type() == EntityType.STATE) {
                pick(pools.states, used, random, c -> true, e, out);
            }
        }
        for (GazetteerEntry e : found) {
            if (e.type() == EntityType.PERSON) {
                pick(pools.persons, used, random, c -> e.gender() == null || e.gender().equals(c.gender()), e, out);
            }
        }
        for (GazetteerEntry e : found) {
            if (e.type() == EntityType.CITY) {
                List<GazetteerEntry> inState = List.of();
                for (String s : e.locatedIn()) {
                    GazetteerEntry replacedState = out.get(s);
                    if (replacedState != null) {
                        inState = pools.citiesByState.getOrDefault(replacedState.iri(), List.of());
                        break;
                    }
                }
                if (!pick(inState, used, random, c -> true, e, out)) {
                    pick(pools.cities, used, random, c -> true, e, out);
                }
            }
        }
        int weeks = random.nextInt(2 * MAX_WEEKS + 1) - MAX_WEEKS;
        return new Variant(out, weeks * 7);
    }

    private static boolean pick(List<GazetteerEntry> pool, Set<String> used, Random random,
                                java.util.function.Predicate<GazetteerEntry> fits, GazetteerEntry original,
                                Map<String, GazetteerEntry> out) {
        if (pool.isEmpty()) {
            return false;
        }
        int start = random.nextInt(pool.size());
        for (int i = 0; i < pool.size(); i++) {
            GazetteerEntry c = pool.get((start + i) % pool.size());
            if (!used.contains(c.iri()) && fits.test(c)) {
                used.add(c.iri());
                out.put(original.iri(), c);
                return true;
            }
        }
        return false;
    }

    /** The text with the variant's entities and dates; {@code reference} is the date that dates without a year are read against. */
    String rewrite(String text, Variant v, LocalDate reference) {
        StringBuilder sb = new StringBuilder(text.length() + 64);
        Matcher m = names.matcher(text);
        int last = 0;
        while (m.find()) {
            Ref r = refs.get(m.group());
            GazetteerEntry to = r == null ? null : v.replacements().get(r.entry().iri());
            if (to == null) {
                continue;
            }
            sb.append(text, last, m.start()).append(render(r.kind(), to));
            last = m.end();
        }
        sb.append(text, last, text.length());
        return shiftDates(sb.toString(), v.shiftDays(), reference);
    }

    /** The replacement of the entity that a name refers to, or null when the variant keeps it. */
    GazetteerEntry replacementOf(String name, Variant v) {
        Ref r = refs.get(name);
        return r == null ? null : v.replacements().get(r.entry().iri());
    }

    private static String render(Kind kind, GazetteerEntry to) {
        return switch (kind) {
            case NAME -> to.label();
            case SURNAME -> {
                String[] parts = to.label().trim().split("\\s+");
                yield parts[parts.length - 1];
            }
            case DEMONYM -> to.demonyms().isEmpty() ? to.label() : to.demonyms().get(0);
        };
    }

    static String shiftDates(String text, int days, LocalDate reference) {
        if (days == 0) {
            return text;
        }
        String once = replaceDates(text, DAY_MONTH, 1, 2, days, reference, true);
        return replaceDates(once, MONTH_DAY, 2, 1, days, reference, false);
    }

    private static String replaceDates(String text, Pattern p, int dayGroup, int monthGroup, int days, LocalDate reference,
                                       boolean dayFirst) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            int day = Integer.parseInt(m.group(dayGroup));
            Month month = Month.valueOf(m.group(monthGroup).toUpperCase(Locale.ROOT));
            String yearText = m.group(3);
            LocalDate original;
            try {
                if (yearText != null) {
                    original = LocalDate.of(Integer.parseInt(yearText.replaceAll("\\D", "")), month, day);
                } else {
                    original = nearest(reference, month, day);
                }
            } catch (java.time.DateTimeException e) {
                continue; // "31 February" in a seed is left as written
            }
            LocalDate shifted = original.plusDays(days);
            String dm = dayFirst
                    ? shifted.getDayOfMonth() + " " + monthName(shifted)
                    : monthName(shifted) + " " + shifted.getDayOfMonth();
            String year = yearText == null ? "" : yearText.replaceAll("\\d{4}", Integer.toString(shifted.getYear()));
            sb.append(text, last, m.start()).append(dm).append(year);
            last = m.end();
        }
        sb.append(text, last, text.length());
        return sb.toString();
    }

    /** The date with this day and month nearest to the reference: "1 November" in an article of 2 January is last year's. */
    private static LocalDate nearest(LocalDate reference, Month month, int day) {
        LocalDate best = null;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            try {
                LocalDate d = LocalDate.of(y, month, day);
                if (best == null || Math.abs(d.toEpochDay() - reference.toEpochDay()) < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
                    best = d;
                }
            } catch (java.time.DateTimeException e) {
                // 29 February of a common year: try the others
            }
        }
        if (best == null) {
            throw new java.time.DateTimeException("no date " + day + " " + month);
        }
        return best;
    }

    private static String monthName(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static Pattern alternation(Collection<String> keys) {
        String alt = keys.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alt + ")(?![\\p{L}\\p{N}_])");
    }
}
