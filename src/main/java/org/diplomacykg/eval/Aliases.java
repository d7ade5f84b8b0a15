package org.diplomacykg.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.extract.Entity;
import org.diplomacykg.extract.EntityType;
import org.diplomacykg.extract.Gazetteer;
import org.diplomacykg.extract.GazetteerEntry;

/**
 * When two names, post titles or topics are the same for {@code evaluate}. Names: equal after {@link TextLib#fold},
 * or naming a common gazetteer entry (any of its labels and variants, or the surname of exactly one person:
 * Nazarbaev = Nazarbayev = Nursultan Nazarbayev), or with a common Wikidata identifier. Titles: equal after folding
 * or with the same canonical title in the titles rule file ("Minister of Foreign Affairs" = "Foreign Minister").
 * Topics: the same concept of the topic scheme by its preferred or alternative labels, or equal labels.
 */
public final class Aliases {
    private final Gazetteer gazetteer;
    private final Map<String, Set<String>> wikidataByIri;
    private final Map<String, String> canonicalTitles;
    private final Map<String, Set<String>> conceptsByLabel;

    /**
     * @param gazetteer       the reference entities
     * @param wikidataByIri   Wikidata ids (Q…) of gazetteer entries, by entry IRI
     * @param canonicalTitles canonical post title by folded surface title
     * @param conceptsByLabel topic concept IRIs by folded preferred or alternative label
     */
    public Aliases(Gazetteer gazetteer, Map<String, Set<String>> wikidataByIri, Map<String, String> canonicalTitles,
                   Map<String, Set<String>> conceptsByLabel) {
        this.gazetteer = gazetteer;
        this.wikidataByIri = Map.copyOf(wikidataByIri);
        this.canonicalTitles = Map.copyOf(canonicalTitles);
        this.conceptsByLabel = Map.copyOf(conceptsByLabel);
    }

    /** Only folding: no gazetteer, titles or topic scheme. */
    public static Aliases none() {
        return new Aliases(Gazetteer.empty(), Map.of(), Map.of(), Map.of());
    }

    /** A name as compared: folded, with the gazetteer entries and Wikidata ids it resolves to. */
    public record Name(String label, String folded, Set<String> iris, Set<String> wikidata, Set<String> aka) {
        public Name(String label, String folded, Set<String> iris, Set<String> wikidata) {
            this(label, folded, iris, wikidata, Set.of());
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** An extracted entity's name: its label, its gazetteer entry and the entries its label names. */
    public Name name(Entity e) {
        Set<String> iris = new LinkedHashSet<>();
        if (e.iri() != null) {
            iris.add(e.iri());
        }
        iris.addAll(resolve(e.label()));
        return new Name(e.label(), TextLib.fold(e.label()), iris, wikidataOf(iris, null));
    }

    /** A gold name, with the Wikidata id the gold gives for it (or null). */
    public Name name(String label, String wikidata) {
        Set<String> iris = resolve(label);
        return new Name(label, TextLib.fold(label), iris, wikidataOf(iris, wikidata));
    }

    /**
     * A gold name with the spellings its entity lists under {@code aliases} ("Samia Suluhu" for "Samia Suluhu Hassan"):
     * each one names it too, and a multi-word alias brings the gazetteer entries it names.
     */
    public Name withAliases(Name n, java.util.Collection<String> aliases) {
        if (aliases.isEmpty()) {
            return n;
        }
        Set<String> aka = new LinkedHashSet<>();
        Set<String> iris = new LinkedHashSet<>(n.iris());
        for (String a : aliases) {
            aka.add(TextLib.fold(a));
            if (TextLib.plain(a).contains(" ")) {
                iris.addAll(resolve(a));
            }
        }
        Set<String> wikidata = new LinkedHashSet<>(n.wikidata());
        wikidata.addAll(wikidataOf(iris, null));
        return new Name(n.label(), n.folded(), iris, wikidata, aka);
    }

    public boolean same(Name a, Name b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.folded().equals(b.folded()) || a.aka().contains(b.folded()) || b.aka().contains(a.folded())
                || intersects(a.aka(), b.aka()) || intersects(a.iris(), b.iris()) || intersects(a.wikidata(), b.wikidata());
    }

    /** The gazetteer entries having this name, or, for a one-word name, the one person having it as surname. */
    Set<String> resolve(String label) {
        String plain = TextLib.plain(label);
        Set<String> out = new LinkedHashSet<>();
        for (GazetteerEntry g : gazetteer.byName(plain)) {
            out.add(g.iri());
        }
        if (out.isEmpty() && !plain.isEmpty() && !plain.contains(" ")) {
            List<GazetteerEntry> persons = gazetteer.bySurname(plain).stream()
                    .filter(g -> g.type() == EntityType.PERSON).toList();
            if (persons.size() == 1) {
                out.add(persons.get(0).iri());
            }
        }
        return out;
    }

    private Set<String> wikidataOf(Set<String> iris, String given) {
        Set<String> out = new LinkedHashSet<>();
        if (given != null && !given.isBlank()) {
            out.add(given.strip());
        }
        for (String iri : iris) {
            out.addAll(wikidataByIri.getOrDefault(iri, Set.of()));
        }
        return out;
    }

    public boolean sameTitle(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return canonicalTitle(a).equals(canonicalTitle(b));
    }

    /** A title folded, through the titles rule file's aliases, without its articles ("Secretary of the Treasury"). */
    private String canonicalTitle(String t) {
        String f = TextLib.fold(t);
        String c = canonicalTitles.get(f);
        return withoutArticles(c == null ? f : TextLib.fold(c));
    }

    private static String withoutArticles(String folded) {
        return folded.replaceAll("\\b(the|a|an)\\b", " ").replaceAll("\\s+", " ").trim();
    }

    /** Whether an extracted topic (concept IRI, label) is the gold topic named {@code goldLabel}. */
    public boolean sameTopic(String concept, String label, String goldLabel) {
        Set<String> gold = conceptsByLabel.getOrDefault(TextLib.fold(goldLabel), Set.of());
        if (concept != null && gold.contains(concept)) {
            return true;
        }
        if (label == null) {
            return false;
        }
        return TextLib.fold(label).equals(TextLib.fold(goldLabel))
                || intersects(conceptsByLabel.getOrDefault(TextLib.fold(label), Set.of()), gold);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
