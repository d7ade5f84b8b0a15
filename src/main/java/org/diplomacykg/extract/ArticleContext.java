package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.Dependency;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * An annotated article with its entity mentions, and the look-ups the claim extractors share: the mention at a token,
 * the entities in a part of the parse, and the person a pronoun stands for.
 */
public final class ArticleContext {
    private static final Map<String, String> PRONOUN_GENDER = Map.of(
            "he", "male", "him", "male", "his", "male", "she", "female", "her", "female");
    /** How many sentences back a pronoun may reach for its person. */
    private static final int PRONOUN_REACH = 3;

    private final AnnotatedArticle annotated;
    private final Gazetteer gazetteer;
    private final Set<String> personNouns;
    private final List<List<Mention>> bySentence = new ArrayList<>();

    public ArticleContext(AnnotatedArticle annotated, List<Mention> mentions) {
        this(annotated, mentions, null, Set.of());
    }

    /**
     * @param personNouns lemmas of nouns for people acting for a state (event-words.tsv's {@code person-nouns}): a
     *                    subject "the minister" before a pronoun is a person described, not named
     */
    public ArticleContext(AnnotatedArticle annotated, List<Mention> mentions, Gazetteer gazetteer, Set<String> personNouns) {
        this.annotated = annotated;
        this.gazetteer = gazetteer;
        this.personNouns = Set.copyOf(personNouns);
        for (int i = 0; i < annotated.sentences().size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            bySentence.get(m.sentence()).add(m);
        }
    }

    /**
     * The city of the article's wire dateline ("ASTANA (Reuters) -", "MEXICO CITY (Reuters) –", "MANILA —", "BISHKEK
     * --"): the first sentence opens with the city's name in capitals before a dash, where the story was filed. Null
     * when there is none (a title-case "Washington, DC -" may be the publisher's desk, not where things happened).
     */
    public Entity datelineCity() {
        if (sentences().isEmpty()) {
            return null;
        }
        Sentence first = sentences().get(0);
        int end = EventExtractor.datelineEnd(first);
        if (end == 0) {
            return null;
        }
        Mention m = mentionAt(0, 0);
        if (m == null || m.entity().type() != EntityType.CITY || m.kind() == Mention.Kind.DEMONYM) {
            return null;
        }
        for (int t = m.firstToken(); t <= m.lastToken(); t++) {
            String w = first.token(t).word();
            if (!w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                return null;
            }
        }
        return m.entity();
    }

    /** Words that, heading a place, put the story there ("arrived in", "talks held in", "a visit to"). */
    private static final Set<String> HAPPENING = Set.of("arrive", "visit", "travel", "fly", "land", "come", "tour",
            "hold", "meet", "gather", "open", "convene", "host", "talk", "talks", "meeting", "summit", "trip");
    /** Verbs whose subject comes from elsewhere: a visitor is no official of the host state. */
    private static final Set<String> VISITING = Set.of("arrive", "visit", "travel", "fly", "land", "come", "tour");

    /** Whether the token is the subject of a verb of coming ("a delegation ... arrived in Lima"): it is visiting. */
    static boolean subjectOfVisiting(Sentence s, int token) {
        return s.parents(token).stream().anyMatch(d -> d.governor() >= 0 && d.relation().startsWith("nsubj")
                && s.token(d.governor()).isVerb() && VISITING.contains(s.token(d.governor()).lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The state the story happens in, as news writes it for the officials of that state with a bare title ("President
     * William Ruto" in a story filed from Nairobi): the state of the wire dateline's city, else of the first city or
     * state the first sentence has someone arrive, visit or meet in ("arrived in Port Moresby", "talks held in
     * Manila"). Null when neither is there or the gazetteer does not place the city in a state.
     */
    /** Whether the sentence names a year before the article's ("in 2011", "in May 2015"). */
    public boolean tellsEarlierYear(Sentence s) {
        java.time.LocalDate published = annotated.article().date();
        return published != null && s.tokens().stream().anyMatch(t -> t.period() != null
                && Integer.parseInt(t.period().substring(0, 4)) < published.getYear());
    }

    public Entity hostState() {
        if (!hostStateKnown) {
            hostState = findHostState();
            hostStateKnown = true;
        }
        return hostState;
    }

    private Entity hostState;
    private boolean hostStateKnown;

    private Entity findHostState() {
        Entity city = datelineCity();
        if (city != null) {
            return stateOf(city);
        }
        if (sentences().isEmpty()) {
            return null;
        }
        Sentence first = sentences().get(0);
        for (Mention m : mentions(0)) {
            if (m.kind() == Mention.Kind.DEMONYM || m.firstToken() == 0
                    || (m.entity().type() != EntityType.CITY && m.entity().type() != EntityType.STATE)) {
                continue;
            }
            for (int t = m.firstToken(); t <= m.lastToken(); t++) {
                if (happensAt(first, t, 2)) {
                    return stateOf(m.entity());
                }
            }
        }
        return null;
    }

    /**
     * Whether the token is where something happens: in, to or at it hangs on a word of {@link #HAPPENING}, directly or
     * through a noun it names ("arrived in Kenya's capital", "arrived in the capital of Kenya").
     */
    private static boolean happensAt(Sentence s, int token, int reach) {
        for (var d : s.parents(token)) {
            if (d.governor() < 0) {
                continue;
            }
            if (d.relation().matches("(obl|nmod):(in|to|at)")
                    && HAPPENING.contains(s.token(d.governor()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            // "is scheduled to visit India", "visits Japan": the place visited
            if (d.relation().equals("obj") && s.token(d.governor()).isVerb() && s.token(d.governor()).lemma().equalsIgnoreCase("visit")) {
                return true;
            }
            if (reach > 0 && d.relation().matches("nmod:poss|nmod:of|compound|appos") && happensAt(s, d.governor(), reach - 1)) {
                return true;
            }
        }
        return false;
    }

    private Entity stateOf(Entity place) {
        if (place.type() == EntityType.STATE) {
            return place;
        }
        if (gazetteer == null || place.entry() == null) {
            return null;
        }
        return gazetteer.containers(place.entry()).stream().filter(e -> e.type() == EntityType.STATE)
                .findFirst().map(Entity::of).orElse(null);
    }

    /**
     * The persons the article has arriving, visiting or travelling somewhere: the subjects of such verbs, also of one
     * without its own subject ("said after arriving in Tokyo"), and whose visit it is ("his visit", "a visit by").
     */
    public Set<Entity> visitors() {
        Set<Entity> out = new java.util.HashSet<>();
        for (Sentence s : sentences()) {
            for (Token t : s.tokens()) {
                if (!VISITING.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                List<Integer> who = new ArrayList<>();
                for (var d : s.children(t.index())) {
                    if (d.relation().startsWith("nsubj") && t.isVerb() || d.relation().matches("nmod:poss|nmod:by|obl:by") && t.isNoun()) {
                        who.add(d.dependent());
                    }
                }
                if (who.isEmpty() && t.isVerb()) {
                    for (var up : s.parents(t.index())) {
                        if (up.governor() >= 0 && up.relation().matches("advcl.*|xcomp|conj.*|obl:(after|before|upon|on|since)")) {
                            s.children(up.governor()).stream().filter(d -> d.relation().startsWith("nsubj"))
                                    .forEach(d -> who.add(d.dependent()));
                        }
                    }
                }
                for (int w : who) {
                    Entity e = entityAt(s, w);
                    if (e != null && e.type() == EntityType.PERSON) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    /** The posts the article gives its persons; set once the posts are read, before events and quotes. */
    private List<Claims.PostClaim> posts = List.of();

    void posts(List<Claims.PostClaim> found) {
        this.posts = List.copyOf(found);
    }

    public List<Claims.PostClaim> posts() {
        return posts;
    }

    /** Titles printed with persons but with no state ({@code in} null): no posts, only who a description stands for. */
    private List<Claims.PostClaim> titled = List.of();

    void titled(List<Claims.PostClaim> found) {
        this.titled = List.copyOf(found);
    }

    public List<Claims.PostClaim> titled() {
        return titled;
    }

    /** The posts, then the stateless titles: whom a description ("the foreign minister") may stand for. */
    public List<Claims.PostClaim> holders() {
        List<Claims.PostClaim> out = new ArrayList<>(posts);
        out.addAll(titled);
        return out;
    }

    /** Nouns for a party sent by a state: "the delegation of Chile headed by X", "the Peruvian team led by Y". */
    private static final Set<String> DELEGATION_NOUNS = Set.of("delegation", "team");
    private Map<Entity, Entity> delegationHeads;
    /** The words of a "headed by" phrase that may hold its name: "His Excellency Dr. Ana Duarte". */
    private static final Set<String> HEAD_NAME = Set.of("compound", "flat", "dep", "appos", "nmod:poss");

    /**
     * The head of each state's delegation, as the article names it ("the delegation of the Republic of Chile headed by
     * Ana Duarte", "the Chilean delegation, led by Foreign Minister Ana Duarte", "Peru's delegation led by ..."): a
     * state whose delegations the article gives two different heads is left out.
     */
    public Map<Entity, Entity> delegationHeads() {
        if (delegationHeads == null) {
            Map<Entity, Entity> found = new java.util.LinkedHashMap<>();
            Set<Entity> ambiguous = new java.util.HashSet<>();
            for (Sentence s : sentences()) {
                for (Token t : s.tokens()) {
                    if (!isDelegation(s, t.index())) {
                        continue;
                    }
                    List<Entity> heads = delegationHead(s, t.index());
                    Entity state = delegationState(s, t.index());
                    if (heads.size() != 1 || state == null) {
                        continue;
                    }
                    Entity before = found.putIfAbsent(state, heads.get(0));
                    if (before != null && !before.equals(heads.get(0))) {
                        ambiguous.add(state);
                    }
                }
            }
            ambiguous.forEach(found::remove);
            delegationHeads = Map.copyOf(found);
        }
        return delegationHeads;
    }

    /** Whether the token is a noun for a state's party ("delegation", "delegations", "team"). */
    public static boolean isDelegation(Sentence s, int token) {
        Token t = s.token(token);
        return t.isNoun() && DELEGATION_NOUNS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** The persons a delegation phrase is "headed by" or "led by" (its own participle clause); empty for none. */
    public List<Entity> delegationHead(Sentence s, int delegation) {
        List<Entity> out = new ArrayList<>();
        List<Integer> verbs = new ArrayList<>();
        s.children(delegation).stream().filter(d -> d.relation().startsWith("acl")).forEach(d -> verbs.add(d.dependent()));
        // "A delegation led by X arrived": the parser may read the participle as the clause's verb
        s.parents(delegation).stream().filter(d -> d.relation().startsWith("nsubj") && d.governor() >= 0
                && s.token(d.governor()).pos().equals("VBN")).forEach(d -> verbs.add(d.governor()));
        for (int v : verbs) {
            if (!s.token(v).lemma().toLowerCase(java.util.Locale.ROOT).matches("head|lead")) {
                continue;
            }
            for (Dependency by : s.children(v)) {
                if (by.relation().matches("obl:agent|obl:by|nmod:agent")) {
                    // "headed by His Excellency Dr. Ana Duarte, Minister of State": the name within the phrase
                    for (int t : subtree(s, by.dependent(), HEAD_NAME)) {
                        Entity e = entityAt(s, t);
                        if (e != null && e.type() == EntityType.PERSON) {
                            if (!out.contains(e)) {
                                out.add(e);
                            }
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The one state a delegation phrase names ("of Chile", "from Chile", "Chilean", "Chile's"), or null. */
    public Entity delegationState(Sentence s, int delegation) {
        Entity state = null;
        for (Dependency d : s.children(delegation)) {
            if (!d.relation().matches("nmod:of|nmod:from|amod|compound|nmod:poss")) {
                continue;
            }
            Mention m = mentionAt(s.index(), d.dependent());
            if (m == null || m.entity().type() != EntityType.STATE) {
                continue;
            }
            if (state != null && !state.equals(m.entity())) {
                return null;
            }
            state = m.entity();
        }
        return state;
    }

    /** Plural nouns for the two sides of a pair: "both leaders", "the two ministers". */
    private static final Set<String> PAIR_NOUNS = Set.of("leader", "side", "minister", "president", "premier",
            "chancellor", "counterpart", "head", "diplomat", "envoy", "secretary", "official");
    /** How many sentences back a pair looks for its two persons. */
    private static final int PAIR_REACH = 3;

    /**
     * The two persons a pair phrase headed by the token stands for ("both leaders", "the two ministers", "both Ministers
     * of Foreign Affairs"): the two persons named (or pronouns resolved) last before it, in this sentence or up to three
     * before, within the paragraph; for a title noun only persons holding a post with that word in this article. Empty
     * when the phrase is no pair or the two are not clear (a third person as recent as the second).
     */
    public List<Entity> pair(Sentence s, int head) {
        Token h = s.token(head);
        String lemma = h.lemma().toLowerCase(java.util.Locale.ROOT);
        // "both have already met": "both" alone as a subject stands for the two persons named last, as "both leaders"
        boolean bare = lemma.equals("both") && s.parents(head).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
        if (!bare && (!h.pos().startsWith("NNS") && !h.pos().equals("NNPS") || !PAIR_NOUNS.contains(lemma))) {
            return List.of();
        }
        boolean counted = bare || s.children(head).stream().anyMatch(d -> {
            String w = s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
            return w.equals("both") || (d.relation().equals("nummod") && w.equals("two"));
        });
        if (!counted) {
            return List.of();
        }
        boolean title = !bare && !Set.of("leader", "side", "counterpart", "official", "diplomat", "head").contains(lemma);
        // "both foreign ministers": the modifiers are words of the post too
        List<String> words = new ArrayList<>(List.of(lemma));
        s.children(head).stream().filter(d -> d.relation().equals("amod") || d.relation().equals("compound"))
                .map(d -> s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)).forEach(words::add);
        List<Entity> found = new ArrayList<>();
        int foundIn = -1;
        for (int si = s.index(); si >= Math.max(0, s.index() - PAIR_REACH); si--) {
            Sentence at = sentences().get(si);
            if (si < s.index() && body().substring(at.end(), sentences().get(si + 1).begin()).contains("\n\n") && !found.isEmpty()) {
                break;
            }
            int from = si == s.index() ? head - 1 : at.tokens().size() - 1;
            for (int t = from; t >= 0; t--) {
                Entity e = entityAt(at, t);
                if (e == null || e.type() != EntityType.PERSON || found.contains(e) || title && !holds(e, words)) {
                    continue;
                }
                if (found.size() == 2) {
                    return foundIn == si ? List.of() : found;
                }
                found.add(e);
                foundIn = si;
            }
            if (found.size() == 2 && si < s.index()) {
                return found;
            }
        }
        return found.size() == 2 ? found : List.of();
    }

    private boolean holds(Entity person, List<String> titleWords) {
        return posts.stream().anyMatch(p -> p.person().equals(person)
                && List.of(p.title().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")).containsAll(titleWords));
    }

    public AnnotatedArticle annotated() {
        return annotated;
    }

    /** The header's publisher, or null. */
    public String publisher() {
        return annotated.article().publisher();
    }

    public String body() {
        return annotated.article().body();
    }

    public List<Sentence> sentences() {
        return annotated.sentences();
    }

    public List<Mention> mentions(int sentence) {
        return bySentence.get(sentence);
    }

    public List<Mention> allMentions() {
        List<Mention> all = new ArrayList<>();
        bySentence.forEach(all::addAll);
        return all;
    }

    /** The mention covering the token, or null. */
    public Mention mentionAt(int sentence, int token) {
        for (Mention m : bySentence.get(sentence)) {
            if (m.covers(token)) {
                return m;
            }
        }
        return null;
    }

    public Span sentenceSpan(Sentence s) {
        return new Span(s.begin(), s.end());
    }

    /**
     * The entity a token names: the mention covering it, or for a personal pronoun the person it most likely stands
     * for (the nearest earlier person named as a subject, of a fitting gender), or null when unsure.
     */
    public Entity entityAt(Sentence s, int token) {
        Mention m = mentionAt(s.index(), token);
        if (m != null && m.kind() != Mention.Kind.DEMONYM) {
            return m.entity();
        }
        String w = s.token(token).word().toLowerCase(java.util.Locale.ROOT);
        if (PRONOUN_GENDER.containsKey(w) && s.token(token).pos().startsWith("PRP")) {
            return resolvePronoun(s, token, PRONOUN_GENDER.get(w));
        }
        if (DELEGATIONS.contains(s.token(token).lemma().toLowerCase(java.util.Locale.ROOT))
                && s.children(token).stream().anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).lemma().equals("the"))) {
            return resolveDelegation(s, token);
        }
        return null;
    }

    private static final Set<String> DELEGATIONS = Set.of("delegation", "mission", "statement", "communique", "declaration");

    /**
     * "The delegation held meetings with ...", "the statement said": the body whose delegation (statement) the
     * article named before ("A United Nations Security Council delegation has wrapped up ...", "UNAMA said in a
     * statement"), within a few sentences, or null.
     */
    private Entity resolveDelegation(Sentence s, int token) {
        String lemma = s.token(token).lemma().toLowerCase(java.util.Locale.ROOT);
        for (int si = s.index(); si >= Math.max(0, s.index() - 5); si--) {
            Sentence cur = sentences().get(si);
            for (Token t : cur.tokens()) {
                if ((si == s.index() && t.index() >= token) || !t.lemma().toLowerCase(java.util.Locale.ROOT).equals(lemma)) {
                    continue;
                }
                for (Dependency d : cur.children(t.index())) {
                    if (d.relation().equals("compound") || d.relation().equals("amod") || d.relation().startsWith("nmod:of")
                            || d.relation().startsWith("nmod:from") || d.relation().startsWith("nmod:by") || d.relation().equals("nmod:poss")) {
                        Mention m = mentionAt(si, d.dependent());
                        if (m != null && m.kind() != Mention.Kind.DEMONYM && m.entity().type().isActor()) {
                            return m.entity();
                        }
                    }
                }
                // "UNAMA said in a statement", "the ministry issued a statement": the subject of the verb.
                for (Dependency up : cur.parents(t.index())) {
                    if (up.governor() >= 0 && (up.relation().equals("obl:in") || up.relation().equals("obj"))) {
                        for (Dependency d : cur.children(up.governor())) {
                            if (d.relation().equals("nsubj")) {
                                Mention m = mentionAt(si, d.dependent());
                                if (m != null && m.kind() != Mention.Kind.DEMONYM && m.entity().type().isActor()) {
                                    return m.entity();
                                }
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    private Entity resolvePronoun(Sentence s, int token, String gender) {
        Entity inPhrase = s.token(token).pos().equals("PRP$") ? phrasePerson(s, token, gender) : null;
        if (inPhrase != null) {
            return inPhrase;
        }
        if (describedSubjectBefore(s, token)) {
            // "The U.S. president would be interested ... during his visits": "his" is the unnamed president's.
            return null;
        }
        for (int si = s.index(); si >= Math.max(0, s.index() - PRONOUN_REACH); si--) {
            Sentence cur = sentences().get(si);
            Entity subjectPerson = null;
            Entity anyPerson = null;
            for (Mention m : bySentence.get(si)) {
                if (si == s.index() && m.firstToken() >= token) {
                    continue;
                }
                Entity e = m.entity();
                if (e.type() != EntityType.PERSON || !genderFits(e, gender)) {
                    continue;
                }
                anyPerson = e;
                if (isSubject(cur, m)) {
                    subjectPerson = e;
                }
            }
            if (subjectPerson != null) {
                return subjectPerson;
            }
            if (anyPerson != null && si < s.index()) {
                return null;
            }
        }
        return null;
    }

    /**
     * "ahead of the arrival of Ana Duarte for her visit": a possessive pronoun inside a noun phrase that names its
     * person before it, as the phrase's "of" or "by" (the noun it hangs on, or one that noun hangs on), is that person.
     */
    private Entity phrasePerson(Sentence s, int pronoun, String gender) {
        int cur = s.parents(pronoun).stream().filter(d -> d.relation().equals("nmod:poss") && d.governor() >= 0)
                .map(Dependency::governor).findFirst().orElse(-1);
        for (int step = 0; step < 3 && cur >= 0; step++) {
            final int at = cur;
            int up = s.parents(at).stream().filter(d -> d.governor() >= 0 && d.relation().startsWith("nmod:")
                    && s.token(d.governor()).isNoun()).map(Dependency::governor).findFirst().orElse(-1);
            if (up < 0) {
                return null;
            }
            for (Dependency d : s.children(up)) {
                Mention m = mentionAt(s.index(), d.dependent());
                if (d.relation().matches("nmod:of|nmod:by") && d.dependent() < pronoun && m != null
                        && m.entity().type() == EntityType.PERSON && genderFits(m.entity(), gender)) {
                    return m.entity();
                }
            }
            cur = up;
        }
        return null;
    }

    /**
     * Whether the sentence, before the token, has a subject that is a person described but not named ("The U.S.
     * president", "the minister"), with no person named between it and the token.
     */
    private boolean describedSubjectBefore(Sentence s, int token) {
        for (Dependency d : s.dependencies()) {
            int subj = d.dependent();
            if (!d.relation().startsWith("nsubj") || subj >= token || mentionAt(s.index(), subj) != null
                    || !s.token(subj).isNoun() || !personNouns.contains(s.token(subj).lemma().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            boolean definite = s.children(subj).stream().anyMatch(c -> c.relation().equals("det")
                    && s.token(c.dependent()).lemma().equalsIgnoreCase("the"));
            boolean namedBetween = bySentence.get(s.index()).stream()
                    .anyMatch(m -> m.firstToken() > subj && m.firstToken() < token && m.entity().type() == EntityType.PERSON);
            if (definite && !namedBetween && !appositionNamed(s, subj)) {
                return true;
            }
        }
        return false;
    }

    /** "the minister, Ana Duarte, ...": the described subject is named right beside it. */
    private boolean appositionNamed(Sentence s, int head) {
        return s.children(head).stream().anyMatch(c -> (c.relation().equals("appos") || c.relation().equals("flat")
                || c.relation().equals("compound")) && mentionAt(s.index(), c.dependent()) != null
                && mentionAt(s.index(), c.dependent()).entity().type() == EntityType.PERSON);
    }

    private static boolean genderFits(Entity e, String gender) {
        return e.entry() == null || e.entry().gender() == null || e.entry().gender().equals(gender);
    }

    /**
     * Whether the mention is a subject, or the name in a subject phrase headed by a title ("US Secretary of the
     * Treasury Tom Brandt visited ...": the parser makes the title the subject and the name its flat or appos).
     */
    private static boolean isSubject(Sentence s, Mention m) {
        for (int t = m.firstToken(); t <= m.lastToken(); t++) {
            for (Dependency d : s.parents(t)) {
                if (d.relation().startsWith("nsubj")) {
                    return true;
                }
                boolean inTitle = Set.of("compound", "flat", "appos").contains(d.relation())
                        || (d.relation().equals("nmod:of") && d.governor() >= 0 && Character.isUpperCase(s.token(d.governor()).word().charAt(0)));
                if (d.governor() >= 0 && !m.covers(d.governor()) && inTitle
                        && s.parents(d.governor()).stream().anyMatch(g -> g.relation().startsWith("nsubj"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Tokens reachable from the token downwards, following only the given relations (prefix match, e.g. "nmod" takes
     * nmod:of and nmod:from), the token itself first.
     */
    public List<Integer> subtree(Sentence s, int token, Set<String> relations) {
        return subtree(s, token, d -> relationIn(d.relation(), relations));
    }

    /** Tokens reachable from the token downwards through the dependencies {@code follow} accepts, the token itself first. */
    public static List<Integer> subtree(Sentence s, int token, java.util.function.Predicate<Dependency> follow) {
        List<Integer> out = new ArrayList<>();
        List<Integer> todo = new ArrayList<>(List.of(token));
        while (!todo.isEmpty()) {
            int t = todo.remove(0);
            if (out.contains(t)) {
                continue;
            }
            out.add(t);
            for (Dependency d : s.children(t)) {
                if (follow.test(d)) {
                    todo.add(d.dependent());
                }
            }
        }
        return out;
    }

    static boolean relationIn(String relation, Set<String> relations) {
        for (String r : relations) {
            if (relation.equals(r) || relation.startsWith(r + ":")) {
                return true;
            }
        }
        return false;
    }

    /** The entities named in the tokens, each once, in token order. */
    public List<Entity> entitiesIn(Sentence s, List<Integer> tokens) {
        List<Entity> out = new ArrayList<>();
        List<Integer> sorted = new ArrayList<>(tokens);
        sorted.sort(null);
        for (int t : sorted) {
            Entity e = entityAt(s, t);
            if (e != null && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** How a sentence describes someone it does not name: the noun phrase of the token, "a senior US official". */
    public String describe(Sentence s, int head) {
        List<Integer> np = new ArrayList<>(subtree(s, head, Set.of("det", "amod", "compound", "nmod", "case", "nummod", "advmod")));
        // "said the prime minister, on his second day of visit to Paris": what follows a comma is not the description
        int comma = java.util.stream.IntStream.range(head + 1, s.tokens().size()).filter(t -> s.token(t).word().equals(","))
                .findFirst().orElse(s.tokens().size());
        np.removeIf(t -> t >= comma);
        return asDescription(text(s, np));
    }

    /** "A senior US official said": the words as a description, not as the start of a sentence. */
    static String asDescription(String words) {
        if (words.matches("(A|An|The|International|Some|Several|Many|Other) .*")) {
            return Character.toLowerCase(words.charAt(0)) + words.substring(1);
        }
        return words;
    }

    /** The gazetteer entity with this IRI, or null. */
    public Entity gazetteerEntity(String iri) {
        return gazetteer == null ? null : gazetteer.byIri(iri).map(Entity::of).orElse(null);
    }

    /** The token's words as printed, for a phrase from the first to the last token of the list. */
    public String text(Sentence s, List<Integer> tokens) {
        int min = tokens.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = tokens.stream().mapToInt(Integer::intValue).max().orElseThrow();
        Token a = s.token(min);
        Token b = s.token(max);
        return body().substring(a.begin(), b.end());
    }
}
