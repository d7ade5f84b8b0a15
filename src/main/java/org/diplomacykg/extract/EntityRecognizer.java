package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Needs the NLP stage's tokens and coarse entity classes; gives the entity mentions of an article, linked to the
 * gazetteer where a name, a surname or a demonym is known there, and new entities of the NLP's class elsewhere.
 * The gazetteer wins over the NLP: a name it knows takes its type, and the rest of an NLP span it covered partly is
 * dropped (so "[John Kerry Twitter]" names John Kerry, not a person called Twitter).
 */
public final class EntityRecognizer {
    /** Words the NLP may take into a name's span that are not part of the name: "the", and honorifics ("Mr Peters"). */
    private static final Set<String> LEADING_DROPS = Set.of("the", "The", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
            "Shri", "Sri", "Smt", "Smt.", "Prof.", "Sayyid");
    /** A capitalised common noun at the end of a span makes it a description ("Central Asian Countries"), not a name. */
    private static final Set<String> GENERIC_HEADS = Set.of("countries", "states", "nations", "republics", "region",
            "regions", "people", "peoples", "officials", "ministers", "leaders", "forces", "capitals", "governments");

    private final Gazetteer gazetteer;
    private final Set<String> genericBodies;
    private final List<List<String>> titles;
    private final Set<String> titleWords = new java.util.HashSet<>();

    /**
     * @param titles     post titles as lower-case words: the words of a title ("Secretary of State") are never a name,
     *                   whatever the NLP says of them
     * @param titleHeads head nouns of post titles (title-words.tsv): alone, such a word is no name ("Speaker")
     * @param venueHeads last words of venue names (venue-heads.tsv), each with "any" when it makes a venue of a name
     *                   the NLP read as an organisation too, "location" when only of a name it read as a location
     * @param metonymy   the words that make a capital stand for its state, or keep it the place (metonymy.tsv)
     */
    public EntityRecognizer(Gazetteer gazetteer, List<List<String>> titles, Set<String> titleHeads, Map<String, String> venueHeads,
                            Metonymy metonymy) {
        this(gazetteer, titles, titleHeads, venueHeads, metonymy, Set.of());
    }

    /** @param genericBodies names of bodies every state has (generic-bodies.txt, lower case): an entity only with its state */
    public EntityRecognizer(Gazetteer gazetteer, List<List<String>> titles, Set<String> titleHeads, Map<String, String> venueHeads,
                            Metonymy metonymy, Set<String> genericBodies) {
        this.genericBodies = Set.copyOf(genericBodies);
        this.gazetteer = gazetteer;
        this.titles = titles;
        titles.forEach(titleWords::addAll);
        titleWords.addAll(titleHeads);
        this.titleHeads = Set.copyOf(titleHeads);
        this.venueHeads = Map.copyOf(venueHeads);
        this.metonymy = metonymy;
    }

    /**
     * The words of {@code metonymy.tsv}: verbs whose object ({@code addressee}) and nouns whose possessor
     * ({@code possessed}) a capital stands for its state in, and verbs whose subject capital stays the place
     * ({@code place}).
     */
    public record Metonymy(Set<String> addresseeVerbs, Set<String> possessedNouns, Set<String> placeVerbs) {
        public static Metonymy load(java.nio.file.Path file) {
            Set<String> addressee = new HashSet<>();
            Set<String> possessed = new HashSet<>();
            Set<String> place = new HashSet<>();
            for (String[] row : RuleFiles.rows(file, 2)) {
                String w = row[0].toLowerCase(Locale.ROOT);
                switch (row[1]) {
                    case "addressee" -> addressee.add(w);
                    case "possessed" -> possessed.add(w);
                    case "place" -> place.add(w);
                    default -> throw new IllegalArgumentException(file + ": " + row[0] + " needs 'addressee', 'possessed' or 'place', not '" + row[1] + "'");
                }
            }
            return new Metonymy(Set.copyOf(addressee), Set.copyOf(possessed), Set.copyOf(place));
        }
    }

    /** The names of {@code generic-bodies.txt}, lower case; none when the file is absent. */
    public static Set<String> loadGenericBodies(java.nio.file.Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String[] row : RuleFiles.rows(file, 1)) {
            out.add(row[0].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The venue heads of a rules folder's {@code venue-heads.tsv}: word to "any" or "location". */
    public static Map<String, String> loadVenueHeads(java.nio.file.Path file) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String[] row : RuleFiles.rows(file, 2)) {
            if (!row[1].equals("any") && !row[1].equals("location")) {
                throw new IllegalArgumentException(file + ": venue head " + row[0] + " needs 'any' or 'location', not '" + row[1] + "'");
            }
            out.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        return out;
    }

    private final Set<String> titleHeads;
    private final Map<String, String> venueHeads;
    private final Metonymy metonymy;

    /** Whether a name of several words that the NLP classed {@code ner} ends in a venue's head ("Bayan Palace"). */
    private boolean venue(String label, String ner) {
        int space = label.lastIndexOf(' ');
        if (space < 0) {
            return false;
        }
        String when = venueHeads.get(label.substring(space + 1).toLowerCase(Locale.ROOT));
        return "any".equals(when) || ("location".equals(when) && !"ORGANIZATION".equals(ner));
    }

    /** The mentions of every sentence, in text order. */
    public List<Mention> recognise(AnnotatedArticle article) {
        String body = article.article().body();
        Set<GazetteerEntry> fullNamed = new LinkedHashSet<>();
        List<List<Mention>> perSentence = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            perSentence.add(names(s, body, fullNamed));
        }
        List<Mention> out = new ArrayList<>();
        Map<String, Entity> unknownPersons = new LinkedHashMap<>();
        for (int si = 0; si < article.sentences().size(); si++) {
            Sentence s = article.sentences().get(si);
            List<Mention> found = new ArrayList<>(perSentence.get(si));
            boolean[] used = new boolean[s.tokens().size()];
            for (Mention m : found) {
                for (int t = m.firstToken(); t <= m.lastToken(); t++) {
                    used[t] = true;
                }
            }
            markTitles(s, used);
            surnamesAndDemonyms(s, used, fullNamed, found);
            nerSpans(s, used, unknownPersons, found, out);
            found.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
            found.removeIf(m -> inCredit(s, m, found));
            found.replaceAll(m -> metonymy(s, m));
            out.addAll(found);
        }
        return out;
    }

    /** Longest gazetteer names, left to right. */
    private List<Mention> names(Sentence s, String body, Set<GazetteerEntry> fullNamed) {
        List<Mention> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            int matchedEnd = -1;
            GazetteerEntry matched = null;
            for (int n = Math.min(gazetteer.longestName(), toks.size() - i); n >= 1; n--) {
                if (!startsUpper(toks.get(i).word()) && !isAcronymLike(toks.get(i).word())) {
                    break;
                }
                GazetteerEntry e = pick(gazetteer.byName(join(toks, i, i + n - 1)), toks.get(i));
                if (e == null && body != null) {
                    // As printed: "Frank-Walter", "Co-operation" are one word or three depending on the tokenizer.
                    e = pick(gazetteer.byName(body.substring(toks.get(i).begin(), toks.get(i + n - 1).end())), toks.get(i));
                }
                if (e != null) {
                    matched = e;
                    matchedEnd = i + n - 1;
                    break;
                }
            }
            if (matched != null && matched.type() == EntityType.ORGANISATION && tailOfLongerName(toks, i)
                    && (out.isEmpty() || out.get(out.size() - 1).lastToken() != i - 1)) {
                // "the Supreme National Security Council": an organisation's name ending in a known one is another body
                matched = null;
            }
            if (matched != null) {
                out.add(new Mention(s.index(), i, matchedEnd, span(toks, i, matchedEnd), Entity.of(matched), Mention.Kind.NAME));
                if (matched.type() == EntityType.PERSON) {
                    fullNamed.add(matched);
                }
                i = matchedEnd + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The name of a body every state has, with the state printed right before it: "Brazilian Foreign Ministry" (a
     * demonym, as printed), "National Assembly of Kenya" ("Kenya's National Assembly"); null when no state is.
     */
    private static String ownedBody(Sentence s, List<Mention> found, int from, String body) {
        int k = from - 1;
        boolean possessive = k >= 0 && (s.token(k).word().equals("'s") || s.token(k).word().equals("\u2019s"));
        int end = possessive ? k - 1 : k;
        for (Mention m : found) {
            if (m.lastToken() == end && m.entity().type() == EntityType.STATE) {
                if (m.kind() == Mention.Kind.DEMONYM && !possessive) {
                    return joinOriginal(s.tokens(), m.firstToken(), m.lastToken()) + " " + body;
                }
                if (m.kind() != Mention.Kind.DEMONYM && possessive) {
                    return body + " of " + m.entity().label();
                }
            }
        }
        return null;
    }

    /**
     * Whether the token continues an organisation's name the NLP found starting with a capitalised word before it
     * (a word no known name ends with: the caller checks).
     */
    private static boolean tailOfLongerName(List<Token> toks, int i) {
        return i > 0 && "ORGANIZATION".equals(toks.get(i).ner()) && "ORGANIZATION".equals(toks.get(i - 1).ner())
                && toks.get(i - 1).word().matches("\\p{Lu}\\p{Ll}+");
    }

    /**
     * "(Xinhua)", "jil/rc (Reuters, AFP, dpa)": organisations alone in brackets after a dateline or at the end of a
     * story are the sources of the text, not what it is about. Brackets that spell out an acronym of the name just
     * before ("UN Assistance Mission in Afghanistan (UNAMA)") are kept.
     */
    private static boolean inCredit(Sentence s, Mention m, List<Mention> found) {
        if (m.entity().type() != EntityType.ORGANISATION) {
            return false;
        }
        int open = m.firstToken() - 1;
        while (open >= 0 && !s.token(open).word().equals("-LRB-") && !s.token(open).word().equals("(")) {
            if (!creditWord(s.token(open).word()) && !coveredByOrg(found, open)) {
                return false;
            }
            open--;
        }
        if (open < 0) {
            return false;
        }
        int close = m.lastToken() + 1;
        while (close < s.tokens().size() && !s.token(close).word().equals("-RRB-") && !s.token(close).word().equals(")")) {
            if (!creditWord(s.token(close).word()) && !coveredByOrg(found, close)) {
                return false;
            }
            close++;
        }
        if (close >= s.tokens().size()) {
            return false;
        }
        if (open > 0) {
            Mention before = null;
            for (Mention o : found) {
                if (o.lastToken() == open - 1) {
                    before = o;
                }
            }
            if (before != null && before.entity().equals(m.entity())) {
                return false;
            }
        }
        return true;
    }

    /** Between the agencies of a credit: commas, "and", slashes, and short agency codes ("dpa", "AP"). */
    private static boolean creditWord(String w) {
        return w.equals(",") || w.equals("/") || w.equalsIgnoreCase("and") || w.matches("[A-Za-z]{2,4}");
    }

    private static boolean coveredByOrg(List<Mention> found, int token) {
        return found.stream().anyMatch(o -> o.covers(token) && o.entity().type() == EntityType.ORGANISATION);
    }

    /**
     * A city that acts ("Washington draws down its forces", "re-assuring Moscow") stands for its state's government:
     * the mention names the state the gazetteer puts the city in; so does a city's possessive of a word of a government
     * ("Washington's commitment", "Moscow's top diplomat"; the words are {@code metonymy.tsv}'s). A city as the subject
     * of a copula ("Samarkand is an ancient city") or of a place's verb ("Samarkand hosted the meeting"), or in a place
     * phrase, stays the city.
     */
    private Mention metonymy(Sentence s, Mention m) {
        GazetteerEntry city = m.entity().entry();
        if (m.entity().type() != EntityType.CITY || city == null || m.kind() != Mention.Kind.NAME) {
            return m;
        }
        if (s.index() == 0 && m.firstToken() == 0 && EventExtractor.datelineEnd(s) > m.lastToken()) {
            return m; // the dateline's city ("LIMA, March 5 (Reuters) -"), however the parser hangs it on the verb
        }
        boolean acts = false;
        for (var d : s.parents(m.lastToken())) {
            if (d.governor() < 0) {
                continue;
            }
            boolean copula = s.children(d.governor()).stream().anyMatch(c -> c.relation().equals("cop"));
            String verb = s.token(d.governor()).lemma().toLowerCase(Locale.ROOT);
            if ((d.relation().equals("nsubj") && s.token(d.governor()).isVerb() && !copula && !metonymy.placeVerbs().contains(verb))
                    || (d.relation().equals("obj") && metonymy.addresseeVerbs().contains(verb))
                    || (d.relation().equals("nmod:poss") && governmentWord(s, d.governor()))) {
                acts = true;
            }
        }
        // The parser often misreads "hints Moscow will respond": a city followed by a modal or a finite verb other
        // than "be" is that verb's subject.
        if (m.lastToken() + 1 < s.tokens().size()) {
            var next = s.token(m.lastToken() + 1);
            acts |= next.pos().matches("MD|VBZ|VBD|VBP") && !next.lemma().equals("be") && !metonymy.placeVerbs().contains(next.lemma().toLowerCase(Locale.ROOT));
        }
        if (!acts) {
            return m;
        }
        for (String iri : city.locatedIn()) {
            GazetteerEntry state = gazetteer.byIri(iri).orElse(null);
            if (state != null && state.type() == EntityType.STATE) {
                return new Mention(m.sentence(), m.firstToken(), m.lastToken(), m.span(), Entity.of(state), Mention.Kind.NAME);
            }
        }
        return m;
    }

    /** Whether a possessed noun, or a noun compounded with it ("diplomacy chief"), is a word of a government. */
    private boolean governmentWord(Sentence s, int noun) {
        if (metonymy.possessedNouns().contains(s.token(noun).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return s.children(noun).stream().anyMatch(c -> c.relation().equals("compound")
                && metonymy.possessedNouns().contains(s.token(c.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    private void markTitles(Sentence s, boolean[] used) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            for (List<String> title : titles) {
                int n = title.size();
                if (i + n > toks.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < n && match; k++) {
                    match = toks.get(i + k).word().toLowerCase(Locale.ROOT).equals(title.get(k));
                }
                // "Martin Luther King": a title word that ends a person's name is part of the name.
                boolean insideName = i > 0 && "PERSON".equals(toks.get(i - 1).ner()) && "PERSON".equals(toks.get(i).ner());
                if (match && !insideName) {
                    for (int k = 0; k < n; k++) {
                        used[i + k] = true;
                    }
                }
            }
        }
    }

    private void surnamesAndDemonyms(Sentence s, boolean[] used, Set<GazetteerEntry> fullNamed, List<Mention> found) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (used[i] || !startsUpper(toks.get(i).word())) {
                continue;
            }
            Token t = toks.get(i);
            int multi = multiWordDemonym(toks, used, i);
            if (multi > i) {
                // "South African President ...", "New Zealand's": a demonym of several words, whatever the NLP said of it.
                GazetteerEntry e = gazetteer.byDemonym(joinOriginal(toks, i, multi)).iterator().next();
                boolean former = i > 0 && toks.get(i - 1).lemma().equalsIgnoreCase("former");
                found.add(new Mention(s.index(), i, multi, span(toks, i, multi), Entity.of(e), Mention.Kind.DEMONYM, former));
                for (int k = i; k <= multi; k++) {
                    used[k] = true;
                }
                i = multi;
                continue;
            }
            Set<GazetteerEntry> dem = gazetteer.byDemonym(t.word());
            if (!dem.isEmpty() && !"PERSON".equals(t.ner())) {
                GazetteerEntry e = dem.iterator().next();
                if (dem.size() == 1) {
                    boolean former = i > 0 && toks.get(i - 1).lemma().equalsIgnoreCase("former");
                    found.add(new Mention(s.index(), i, i, span(toks, i, i), Entity.of(e), Mention.Kind.DEMONYM, former));
                    used[i] = true;
                }
                continue;
            }
            if ("PERSON".equals(t.ner()) || t.isProperNoun()) {
                Set<GazetteerEntry> people = gazetteer.bySurname(t.word());
                GazetteerEntry e = null;
                if (people.size() == 1) {
                    e = people.iterator().next();
                } else if (people.size() > 1) {
                    Set<GazetteerEntry> named = new HashSet<>(people);
                    named.retainAll(fullNamed);
                    if (named.size() == 1) {
                        e = named.iterator().next();
                    }
                }
                if (e == null) {
                    // "Xi" after "Xi Jinping": the first word of a name, only for a person the article named in full.
                    Set<GazetteerEntry> first = new HashSet<>(gazetteer.byFirstWord(t.word()));
                    first.retainAll(fullNamed);
                    if (first.size() == 1) {
                        e = first.iterator().next();
                        if (fullNamed.contains(e) && !otherName(toks, used, i, e)) {
                            found.add(new Mention(s.index(), i, i, span(toks, i, i), Entity.of(e), Mention.Kind.SURNAME));
                            used[i] = true;
                            continue;
                        }
                    }
                }
                // A surname alone is a person only where the NLP says so, or the article named that person in full.
                if (e != null && ("PERSON".equals(t.ner()) || fullNamed.contains(e)) && !otherName(toks, used, i, e)) {
                    found.add(new Mention(s.index(), i, i, span(toks, i, i), Entity.of(e), Mention.Kind.SURNAME));
                    used[i] = true;
                }
            }
        }
    }

    /**
     * "Rui Costa" is not the gazetteer's António Costa: a word inside a longer person name (as the NLP reads it) names
     * the entry only when another word of that name is one of the entry's too (allowing a misspelling's first four
     * letters: "Almazbek Atamabev", "Sergey Viktorovich Lavrov").
     */
    private static boolean otherName(List<Token> toks, boolean[] used, int i, GazetteerEntry entry) {
        if (!"PERSON".equals(toks.get(i).ner())) {
            return false;
        }
        int from = i;
        while (from > 0 && !used[from - 1] && "PERSON".equals(toks.get(from - 1).ner()) && startsUpper(toks.get(from - 1).word())) {
            from--;
        }
        int to = i;
        while (to + 1 < toks.size() && !used[to + 1] && "PERSON".equals(toks.get(to + 1).ner()) && startsUpper(toks.get(to + 1).word())) {
            to++;
        }
        if (from == to) {
            return false;
        }
        List<String> words = new ArrayList<>();
        words.addAll(List.of(entry.label().split("[\\s-]+")));
        for (int k = from; k <= to; k++) {
            if (k == i) {
                continue;
            }
            String w = toks.get(k).word();
            if (w.matches("\\p{Lu}\\p{Ll}+(ovich|evich|ovna|evna)")) {
                return false; // a patronymic goes with the entry's given name: "Sergey Viktorovich"
            }
            for (String n : words) {
                if (n.equalsIgnoreCase(w) || (w.length() >= 4 && n.length() >= 4 && n.substring(0, 4).equalsIgnoreCase(w.substring(0, 4)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * "Christopher-Cam meeting", "the Russia-Africa summit", "Tonga-New Zealand ties": names joined by a hyphen into a
     * modifier name no entity; one of the parts is a name the gazetteer or the article knows. (A name that is itself
     * hyphenated, "Guinea-Bissau", was matched whole by the gazetteer before the NLP's spans are read.)
     */
    private boolean namesJoined(String label, Map<String, Entity> unknownPersons) {
        String[] parts = label.split("[-\u2010\u2011\u2013]");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || !startsUpper(part.strip())) {
                return false;
            }
        }
        for (String part : parts) {
            String p = part.strip();
            boolean known = !gazetteer.byName(p).isEmpty() || !gazetteer.bySurname(p).isEmpty() || !gazetteer.byDemonym(p).isEmpty()
                    || unknownPersons.values().stream().anyMatch(e -> e.label().endsWith(" " + p));
            if (known) {
                return true;
            }
        }
        return false;
    }

    /** The last token of a demonym of two or three capitalised words starting at the token, or -1. */
    private int multiWordDemonym(List<Token> toks, boolean[] used, int i) {
        for (int n = 3; n >= 2; n--) {
            int last = i + n - 1;
            if (last >= toks.size()) {
                continue;
            }
            boolean free = true;
            for (int k = i; k <= last; k++) {
                free &= !used[k] && startsUpper(toks.get(k).word());
            }
            if (free && gazetteer.byDemonym(joinOriginal(toks, i, last)).size() == 1) {
                return last;
            }
        }
        return -1;
    }

    private void nerSpans(Sentence s, boolean[] used, Map<String, Entity> unknownPersons, List<Mention> found, List<Mention> before) {
        List<Token> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            String ner = toks.get(i).ner();
            if (!isNameClass(ner)) {
                i++;
                continue;
            }
            int j = i;
            boolean brokenLine = false;
            while (j + 1 < toks.size() && toks.get(j + 1).ner().equals(ner)) {
                brokenLine |= s.text().substring(toks.get(j).end() - s.begin(), toks.get(j + 1).begin() - s.begin()).indexOf('\n') >= 0;
                j++;
            }
            if (brokenLine) {
                // a name does not run over a line break: "Readout / Office of the Spokesperson / February 3", the
                // lines of a header read as one name, are no one name
                i = j + 1;
                continue;
            }
            boolean partlyUsed = false;
            for (int t = i; t <= j; t++) {
                partlyUsed |= used[t];
            }
            int from = i;
            while (from <= j && LEADING_DROPS.contains(toks.get(from).word())) {
                from++;
            }
            int afterTitle = "ORGANIZATION".equals(ner) && from <= j ? nameAfterTitle(toks, from, j) : -1;
            if (afterTitle > 0 && java.util.stream.IntStream.rangeClosed(afterTitle, j).noneMatch(t -> used[t])) {
                // "National Security Adviser Tony Lake" read as one organisation: a title and a person's name.
                Entity person = personFor(joinOriginal(toks, afterTitle, j), unknownPersons);
                found.add(new Mention(s.index(), afterTitle, j, span(toks, afterTitle, j), person, Mention.Kind.NAME));
                for (int t = afterTitle; t <= j; t++) {
                    used[t] = true;
                }
                i = j + 1;
                continue;
            }
            if (!partlyUsed && from <= j && startsUpper(toks.get(from).word()) && !trailingJunk(toks.get(j).word())
                    && !GENERIC_HEADS.contains(toks.get(j).word().toLowerCase(Locale.ROOT))) {
                String label = joinOriginal(toks, from, j);
                Set<GazetteerEntry> demonymOf = gazetteer.byDemonym(label);
                if (demonymOf.size() == 1) {
                    // "Central Asian" is an adjective of a known region, not the name of an unknown place.
                    GazetteerEntry d = demonymOf.iterator().next();
                    boolean former = from > 0 && toks.get(from - 1).lemma().equalsIgnoreCase("former");
                    found.add(new Mention(s.index(), from, j, span(toks, from, j), Entity.of(d), Mention.Kind.DEMONYM, former));
                    for (int t = from; t <= j; t++) {
                        used[t] = true;
                    }
                    i = j + 1;
                    continue;
                }
                boolean titleWord = from == j && titleWords.contains(label.toLowerCase(Locale.ROOT));
                if (titleWord || ("PERSON".equals(ner) && !label.matches(".*\\p{Lu}\\p{Ll}.*")) || namesJoined(label, unknownPersons)) {
                    // "H.E.", initials: an honorific or abbreviation, not a name.
                    i = j + 1;
                    continue;
                }
                Entity known = null;
                if ("PERSON".equals(ner) && from == j) {
                    List<Mention> sofar = new ArrayList<>(before);
                    sofar.addAll(found);
                    Set<Entity> named = namedPersonsWithWord(sofar, label);
                    if (named.size() > 1) {
                        // "Kim is to meet Kim Jong Il": not the one the sentence names in full beside it
                        named.removeIf(e -> s.text().contains(e.label()));
                        if (named.size() != 1) {
                            // "Kim" after "Kim Dae-jung" and "Kim Jong Il": one of them, which is not known; no one new
                            i = j + 1;
                            continue;
                        }
                    }
                    known = named.isEmpty() ? null : named.iterator().next();
                }
                if ("ORGANIZATION".equals(ner) && genericBodies.contains(label.toLowerCase(Locale.ROOT))) {
                    String owned = ownedBody(s, found, from, label);
                    if (owned == null) {
                        // "the Foreign Ministry said", "Secretary of Treasury": no one body
                        i = j + 1;
                        continue;
                    }
                    label = owned;
                }
                Entity e = known != null ? known : switch (ner) {
                    case "PERSON" -> personFor(label, unknownPersons);
                    case "ORGANIZATION" -> Entity.unknown(venue(label, ner) ? EntityType.VENUE : EntityType.ORGANISATION, label);
                    default -> Entity.unknown(venue(label, ner) ? EntityType.VENUE : EntityType.PLACE, label);
                };
                found.add(new Mention(s.index(), from, j, span(toks, from, j), e,
                        e.label().equals(label) ? Mention.Kind.NAME : Mention.Kind.SURNAME));
                for (int t = from; t <= j; t++) {
                    used[t] = true;
                }
            }
            i = j + 1;
        }
    }

    /**
     * The persons already named in the sentences so far whose full name has the single word ("Anwar" after "Anwar
     * Ibrahim"; two for "Kim" after "Kim Dae-jung" and "Kim Jong Il").
     */
    private static Set<Entity> namedPersonsWithWord(List<Mention> found, String word) {
        Set<Entity> out = new java.util.LinkedHashSet<>();
        for (Mention m : found) {
            Entity e = m.entity();
            if (e.type() == EntityType.PERSON && e.label().contains(" ")
                    && java.util.Arrays.asList(e.label().split(" ")).contains(word)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Entity personFor(String label, Map<String, Entity> unknownPersons) {
        if (!label.contains(" ")) {
            for (Entity known : unknownPersons.values()) {
                String[] parts = known.label().split(" ");
                if (parts[parts.length - 1].equals(label)) {
                    return known;
                }
            }
        }
        return unknownPersons.computeIfAbsent(label, l -> Entity.unknown(EntityType.PERSON, l));
    }

    /**
     * Where a person's name starts in a span the NLP took for one organisation, when the span is a title ending in a
     * title head followed by two or three capitalised words ("National Security Adviser Tony Lake"); else -1.
     */
    private int nameAfterTitle(List<Token> toks, int from, int to) {
        for (int k = to - 2; k >= from; k--) {
            if (titleHeads.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
                int n = to - k;
                if (n < 2 || n > 3) {
                    return -1;
                }
                for (int t = k + 1; t <= to; t++) {
                    String w = toks.get(t).word();
                    if (!w.matches("\\p{Lu}[\\p{Ll}'’.-]+") || titleWords.contains(w.toLowerCase(Locale.ROOT))) {
                        return -1;
                    }
                }
                return k + 1;
            }
        }
        return -1;
    }

    private static boolean isNameClass(String ner) {
        return "PERSON".equals(ner) || "LOCATION".equals(ner) || "ORGANIZATION".equals(ner);
    }

    private static boolean trailingJunk(String w) {
        return !Character.isLetterOrDigit(w.charAt(w.length() - 1)) && !w.endsWith(".");
    }

    /** Among entries sharing a name, the one whose type fits the NLP's class of the first token. */
    private static GazetteerEntry pick(Set<GazetteerEntry> entries, Token first) {
        if (entries.isEmpty()) {
            return null;
        }
        if (entries.size() == 1) {
            return entries.iterator().next();
        }
        for (GazetteerEntry e : entries) {
            boolean fits = switch (first.ner()) {
                case "PERSON" -> e.type() == EntityType.PERSON;
                case "ORGANIZATION" -> e.type() == EntityType.ORGANISATION;
                case "LOCATION" -> e.type().isPlace();
                default -> false;
            };
            if (fits) {
                return e;
            }
        }
        for (EntityType pref : List.of(EntityType.STATE, EntityType.CITY, EntityType.ORGANISATION, EntityType.REGION)) {
            for (GazetteerEntry e : entries) {
                if (e.type() == pref) {
                    return e;
                }
            }
        }
        return null;
    }

    static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static boolean isAcronymLike(String w) {
        return w.length() > 1 && Character.isDigit(w.charAt(0));
    }

    private static String join(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(toks.get(k).word());
        }
        return sb.toString();
    }

    /** The words as printed, with single spaces. */
    private static String joinOriginal(List<Token> toks, int from, int to) {
        return join(toks, from, to).replace(" 's", "'s");
    }

    static Span span(List<Token> toks, int from, int to) {
        return new Span(toks.get(from).begin(), toks.get(to).end());
    }
}
