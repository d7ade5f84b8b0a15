package org.diplomacykg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.extract.Claims.CharacterisationClaim;
import org.diplomacykg.extract.Claims.QuoteClaim;
import org.diplomacykg.nlp.Dependency;
import org.diplomacykg.nlp.DependencyPattern;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.TokenPattern;

/**
 * Needs entity mentions and the parse (and, for quoted claims, the article's quotes); gives characterisations: a
 * speaker describes a subject as something ("Kerry described Kyrgyzstan as a vital partner", "Kerry said that
 * Kazakhstan is a valued partner", "'Kenya is a key partner,' she said"). Rules from {@code characterisations.tsv} name
 * the speaker, the subject and the description; the speaker must be a named actor (or an unnamed one the text
 * describes) and the subject a named entity. A rule of condition {@code inquote} names no speaker: its subject and
 * description lie inside a quote, whose speaker is the speaker of the characterisation. The description is the quoted
 * words when they are just the description, else its phrase. A description that is an intent, an ability or a need
 * ("ready to", "in need of"), a plain fact ("a member of", "the capital of") or a place ("in Paris"), or that is
 * negated or under a modal, is none ({@code characterisation-predicates.tsv}).
 */
public final class CharacterisationExtractor {
    /**
     * A characterisation rule: a dependency pattern (condition {@code any}; {@code quoted}: it holds only when the
     * description is in quotation marks; {@code inquote}: subject and description inside a quote, whose speaker
     * speaks), or a token pattern ({@code tokens}) for sentences the parser misreads.
     */
    public record Rule(String name, String condition, DependencyPattern pattern, TokenPattern tokens) {
        public Rule {
            if (!Set.of("any", "quoted", "inquote", "tokens").contains(condition)) {
                throw new IllegalArgumentException("characterisation rule " + name + ": unknown condition " + condition);
            }
        }

        boolean quotedOnly() {
            return condition.equals("quoted");
        }

        boolean inQuote() {
            return condition.equals("inquote");
        }
    }

    private static final Set<String> PHRASE = Set.of("det", "amod", "compound", "nmod", "case", "nummod", "advmod",
            "acl", "obl", "conj", "cc", "punct", "mark", "obj", "nmod:poss", "flat", "appos");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "hardly");
    /** Relations by which a predicate hangs on the clause that says it (a main clause, or a clause of saying). */
    private static final Set<String> MAIN = Set.of("root", "ccomp", "parataxis", "conj");

    private final List<Rule> rules;
    /** Lemmas of predicates that are no description: intents, abilities, needs, plain facts. */
    private final Set<String> excluded;

    public CharacterisationExtractor(List<Rule> rules) {
        this(rules, Set.of());
    }

    public CharacterisationExtractor(List<Rule> rules, Set<String> excluded) {
        this.rules = List.copyOf(rules);
        this.excluded = Set.copyOf(excluded);
    }

    /** The rules of {@code characterisations.tsv} with the excluded predicates of {@code characterisation-predicates.tsv}. */
    public static CharacterisationExtractor load(Path rulesDir) {
        Path predicates = rulesDir.resolve("characterisation-predicates.tsv");
        return new CharacterisationExtractor(loadRules(rulesDir.resolve("characterisations.tsv")),
                Files.exists(predicates) ? loadExcluded(predicates) : Set.of());
    }

    public static List<Rule> loadRules(Path file) {
        List<Rule> out = new ArrayList<>();
        for (String[] row : RuleFiles.rows(file, 3)) {
            if ("tokens".equals(row[1])) {
                out.add(new Rule(row[0], row[1], null, TokenPattern.compile(row[2])));
            } else {
                out.add(new Rule(row[0], row[1], DependencyPattern.compile(row[2]), null));
            }
        }
        return out;
    }

    /** Reads {@code characterisation-predicates.tsv} (kind: intent or fact, lemma). */
    public static Set<String> loadExcluded(Path file) {
        Set<String> out = new HashSet<>();
        for (String[] row : RuleFiles.rows(file, 2)) {
            if (!Set.of("intent", "fact").contains(row[0])) {
                throw new IllegalArgumentException(file + ": unknown kind " + row[0]);
            }
            out.add(row[1].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The characterisations said outside quotes (rules other than {@code inquote}). */
    public List<CharacterisationClaim> extract(ArticleContext ctx, List<Span> quotes) {
        List<CharacterisationClaim> out = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            for (Rule rule : rules) {
                if (rule.inQuote()) {
                    continue;
                }
                if (rule.tokens() != null) {
                    for (Map<String, int[]> m : rule.tokens().matches(s)) {
                        CharacterisationClaim c = fromTokens(ctx, s, m, quotes, rule.name());
                        if (c != null && out.stream().noneMatch(o -> o.subjectLabel().equals(c.subjectLabel()) && o.evidence().equals(c.evidence()))) {
                            out.add(c);
                        }
                    }
                    continue;
                }
                for (Map<String, Integer> m : rule.pattern().matches(s)) {
                    Integer sp = m.get("speaker");
                    Integer su = m.get("subject");
                    Integer as = m.get("as");
                    Integer verb = m.get("verb");
                    if (sp == null || su == null || as == null || (verb != null && QuoteExtractor.inAnyQuote(s.token(verb), quotes))
                            || !describes(s, as) || (verb != null && negated(s, verb)) || (verb != null && !nearestSubject(s, verb, sp))) {
                        continue;
                    }
                    Entity speaker = ctx.entityAt(s, sp);
                    String speakerDescription = null;
                    if (speaker == null && s.token(sp).isNoun() && !s.token(sp).isProperNoun()) {
                        // "International human rights bodies list ...": unnamed, described.
                        speakerDescription = ctx.describe(s, sp);
                    }
                    Entity subject = pairedSubject(s, su) ? null : subjectOf(ctx, s, su, false);
                    String subjectDescription = subject == null ? describedSubject(ctx, s, su) : null;
                    if ((speaker == null && speakerDescription == null) || (speaker != null && !speaker.type().isActor())
                            || (subject == null && subjectDescription == null) || (subject != null && subject.equals(speaker))) {
                        continue;
                    }
                    Span quoted = quoteAt(s.token(as).begin(), quotes);
                    if (quoted != null && quoted.contains(s.token(su).begin())) {
                        quoted = null; // the quote is the whole clause, subject and all: the description is its phrase
                    }
                    if (rule.quotedOnly() && quoted == null) {
                        continue;
                    }
                    String text = quoted != null ? quoted.of(ctx.body()).strip().replaceAll("[.,;:]+$", "") : phrase(ctx, s, as, su, sp);
                    if (text.isBlank()) {
                        continue;
                    }
                    add(out, new CharacterisationClaim(speaker, speakerDescription, subject, subjectDescription, text, quoted,
                            ctx.sentenceSpan(s), rule.name()));
                }
            }
        }
        return out;
    }

    /**
     * The characterisations inside the article's quotes (rules {@code inquote}): "Kenya is a key partner", "we see
     * Kenya as a key partner" in words quoted of a speaker, a named subject in a main clause; none where a claim of
     * {@code found} already characterises that subject in that sentence.
     */
    public List<CharacterisationClaim> extractQuoted(ArticleContext ctx, List<QuoteClaim> quotes, List<CharacterisationClaim> found) {
        List<CharacterisationClaim> out = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            for (Rule rule : rules) {
                if (!rule.inQuote()) {
                    continue;
                }
                for (Map<String, Integer> m : rule.pattern().matches(s)) {
                    Integer su = m.get("subject");
                    Integer as = m.get("as");
                    Integer verb = m.get("verb");
                    if (su == null || as == null) {
                        continue;
                    }
                    int head = verb != null ? verb : as;
                    QuoteClaim q = quoteHolding(quotes, s.token(su).begin(), s.token(as).begin(), s.token(head).begin());
                    if (q == null || (q.speaker() == null && q.speakerDescription() == null) || !describes(s, as)
                            || !mainClause(s, clauseOf(s, head), q.quote()) || negated(s, head)
                            || (verb != null && !firstPersonOrNone(s, verb))) {
                        continue;
                    }
                    Entity subject = pairedSubject(s, su) ? null : subjectOf(ctx, s, su, true);
                    String subjectDescription = subject == null ? describedSubject(ctx, s, su) : null;
                    if ((subject == null && subjectDescription == null) || (subject != null && subject.equals(q.speaker()))) {
                        continue;
                    }
                    String text = phrase(ctx, s, as, su, -1);
                    Span evidence = ctx.sentenceSpan(s);
                    if (text.isBlank() || found.stream().anyMatch(c -> c.subjectLabel().equals(subject != null ? subject.label() : subjectDescription)
                            && c.evidence().equals(evidence))) {
                        continue;
                    }
                    add(out, new CharacterisationClaim(q.speaker(), q.speaker() == null ? q.speakerDescription() : null, subject,
                            subjectDescription, text, null, evidence, rule.name()));
                }
            }
        }
        return out;
    }

    private static void add(List<CharacterisationClaim> out, CharacterisationClaim c) {
        if (c != null && out.stream().noneMatch(o -> o.subjectLabel().equals(c.subjectLabel()) && o.evidence().equals(c.evidence())
                && java.util.Objects.equals(o.speaker(), c.speaker()) && o.as().equals(c.as()))) {
            out.add(c);
        }
    }

    /** Relations of the words that name a described subject: its modifiers, conjuncts and the phrases they head. */
    private static final Set<String> SUBJECT_PHRASE = Set.of("det", "amod", "compound", "nmod", "case", "nummod", "conj", "cc",
            "flat", "acl", "obj", "advmod");
    /** Modifiers that make a common noun a description of its own ("the bilateral relationship", not "the issue"). */
    private static final Set<String> CONTENT = Set.of("amod", "compound", "nmod", "conj", "acl", "flat");

    /**
     * The words naming a subject that is no one entity, when they say what it is on their own: a pair or list ("the
     * United States and Brazil"; the first conjunct only, as the parse gives each conjunct the predicate), or a common
     * noun with a modifier of content ("Brazilian cooperation in trade", "the bilateral relationship"), or a name the
     * NLP found but no entity holds. Null for a pronoun, a bare noun that points back ("the issue", "the move"), one
     * modified only by a possessive pronoun ("our relationship"), or a capitalised word no name ("Times are
     * different"); a relative clause and what follows a comma are left out.
     */
    private static String describedSubject(ArticleContext ctx, Sentence s, int head) {
        var t = s.token(head);
        if (!t.isNoun() || s.parents(head).stream().anyMatch(d -> d.relation().startsWith("conj"))) {
            return null;
        }
        boolean content = s.children(head).stream().anyMatch(d -> ArticleContext.relationIn(d.relation(), CONTENT)
                && !d.relation().equals("acl:relcl") && !s.token(d.dependent()).pos().matches("PRP.*|WDT|WP.*|DT|CD"));
        if (!content && !(t.isProperNoun() && !"O".equals(t.ner()))) {
            return null;
        }
        List<Integer> np = new ArrayList<>(ArticleContext.subtree(s, head, d -> ArticleContext.relationIn(d.relation(), SUBJECT_PHRASE)
                && !d.relation().equals("acl:relcl") && (d.governor() != head || !d.relation().equals("obj"))));
        int comma = java.util.stream.IntStream.range(head + 1, s.tokens().size()).filter(i -> s.token(i).word().matches("[,;:]|--"))
                .findFirst().orElse(s.tokens().size());
        np.removeIf(i -> i >= comma || s.token(i).pos().matches("``|''"));
        int first = np.stream().mapToInt(Integer::intValue).min().orElse(head);
        int last = np.stream().mapToInt(Integer::intValue).max().orElse(head);
        for (int i = first; i <= last; i++) {
            if (!np.contains(i)) {
                return null; // the phrase is not one run of words: the parse strays
            }
        }
        String text = ArticleContext.asDescription(ctx.text(s, np)).replaceAll("^[\"“”'\\s]+|[\"“”'.,;:\\s]+$", "");
        return text.isBlank() ? null : text;
    }

    /**
     * Whether the speaker is the verb's subject nearest before it, when the parse gives the verb several ("When
     * welcoming X and the delegation, Y mentioned that ...": Y, not X or the delegation). Subjects joined by "and" to
     * the nearest one speak with it.
     */
    private static boolean nearestSubject(Sentence s, int verb, int speaker) {
        if (s.children(verb).stream().noneMatch(d -> d.relation().equals("nsubj") && d.dependent() == speaker)) {
            return true; // the speaker is no active subject ("was described by Y as"): nothing to choose
        }
        // "When welcoming X and the delegation, Eke mentioned": a name right before the verb, past a comma after the
        // speaker and not set beside it ("X, Kenya's Foreign Minister, said"), is the verb's subject the parse lost.
        int before = verb - 1;
        while (before > speaker && s.token(before).pos().matches("RB.*|MD")) {
            before--;
        }
        if (before > speaker && s.token(before).pos().matches("NNP.*|PRP")) {
            int named = before;
            boolean comma = java.util.stream.IntStream.range(speaker + 1, named).anyMatch(t -> s.token(t).word().equals(","));
            boolean beside = s.parents(named).stream().anyMatch(d -> d.governor() == speaker)
                    || s.parents(speaker).stream().anyMatch(d -> d.governor() == named)
                    || s.children(speaker).stream().anyMatch(d -> d.relation().matches("appos|conj.*")
                            && nameTokens(s, d.dependent()).contains(named));
            if (comma && !beside) {
                return false;
            }
        }
        int nearest = -1;
        for (Dependency d : s.children(verb)) {
            int t = d.dependent();
            if (d.relation().equals("nsubj") && t < verb && t > nearest) {
                nearest = t;
            }
        }
        if (nearest < 0 || speaker == nearest) {
            return true;
        }
        int head = nearest;
        return s.parents(speaker).stream().anyMatch(d -> d.relation().startsWith("conj") && d.governor() == head)
                || s.parents(head).stream().anyMatch(d -> d.relation().startsWith("conj") && d.governor() == speaker);
    }

    /** The tokens of the phrase a token heads (its name and modifiers), for telling what stands beside a speaker. */
    private static List<Integer> nameTokens(Sentence s, int head) {
        List<Integer> out = new ArrayList<>(List.of(head));
        for (Dependency d : s.children(head)) {
            if (d.relation().matches("compound|flat|amod|nmod.*|det")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** A subject joined to another ("Kenya and Ghana are ..."): the parse gives each conjunct the predicate. */
    private static boolean pairedSubject(Sentence s, int subject) {
        return s.children(subject).stream().anyMatch(d -> d.relation().startsWith("conj"))
                || s.parents(subject).stream().anyMatch(d -> d.relation().startsWith("conj"));
    }

    private static QuoteClaim quoteHolding(List<QuoteClaim> quotes, int... offsets) {
        for (QuoteClaim q : quotes) {
            boolean all = true;
            for (int o : offsets) {
                all &= q.quote().contains(o);
            }
            if (all) {
                return q;
            }
        }
        return null;
    }

    /**
     * Whether the predicate describes: not an intent, ability or need ("ready to help", "in need of"), not a plain fact
     * ("a member of", "the capital of"), not a place or state reached by a preposition ("in Paris"), not a verb, not
     * under a modal ("could be a partner").
     */
    private boolean describes(Sentence s, int as) {
        var t = s.token(as);
        if (excluded.contains(t.lemma().toLowerCase(Locale.ROOT)) || excluded.contains(t.word().toLowerCase(Locale.ROOT))
                || t.pos().matches("VB|VBD|VBG|VBP|VBZ|MD|PRP.*|WDT|WP|EX|CD|IN|TO|RB.*")) {
            return false;
        }
        for (Dependency d : s.children(as)) {
            String r = d.relation();
            var c = s.token(d.dependent());
            if (r.equals("xcomp") || r.equals("acl:to") || r.equals("advcl:to") || r.equals("csubj")) {
                return false; // "ready to provide", "the first to sign"
            }
            if (r.equals("case") && !c.word().equalsIgnoreCase("as") && !c.word().equalsIgnoreCase("like")) {
                return false; // "in need of", "in Paris", "among the issues"
            }
            if (r.equals("aux") && c.pos().equals("MD")) {
                return false;
            }
            if (r.equals("advmod") && NEGATIONS.contains(c.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean negated(Sentence s, int head) {
        return s.children(head).stream().anyMatch(d -> (d.relation().equals("advmod") || d.relation().equals("neg"))
                && NEGATIONS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))
                || d.relation().equals("aux") && s.token(d.dependent()).pos().equals("MD"));
    }

    /**
     * Whether the clause is said as such: the root, or a clause of saying or its conjunct, not a condition, a reason or
     * a relative clause ("if Kenya is a partner", "because ..."); the clause it hangs on lies outside the quote or is
     * itself said as such.
     */
    private static boolean mainClause(Sentence s, int head, Span quote) {
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("mark") && !s.token(d.dependent()).word().equalsIgnoreCase("that")) {
                return false;
            }
        }
        List<Dependency> up = s.parents(head).stream().filter(d -> !d.relation().equals("ref")).toList();
        if (up.isEmpty()) {
            return true;
        }
        for (Dependency d : up) {
            if (d.relation().equals("dep") && d.governor() >= 0 && s.token(d.governor()).pos().matches("``|''|-LRB-|:")) {
                continue; // hung on an opening quotation mark: the parser's root
            }
            if (!ArticleContext.relationIn(d.relation(), MAIN)) {
                return false;
            }
            if (d.governor() >= 0 && d.relation().startsWith("conj") && quote.contains(s.token(d.governor()).begin())
                    && !mainClause(s, d.governor(), quote)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The clause an infinitive belongs to ("gave us an opportunity to observe Kenya as ...": the giving), else the
     * token itself.
     */
    private static int clauseOf(Sentence s, int head) {
        int t = head;
        for (int step = 0; step < 3; step++) {
            var up = s.parents(t).stream().filter(d -> d.governor() >= 0 && Set.of("xcomp", "advcl:to", "acl:to", "acl").contains(d.relation())).findFirst();
            if (up.isEmpty()) {
                break;
            }
            t = up.get().governor();
            if (s.token(t).isNoun()) {
                int noun = t;
                var verb = s.parents(noun).stream().filter(d -> d.governor() >= 0 && s.token(d.governor()).isVerb()).findFirst();
                if (verb.isEmpty()) {
                    break;
                }
                t = verb.get().governor();
            }
        }
        return t;
    }

    /** "We see Kenya as ...", "I regard ...", or no subject ("to observe Kenya as ..."): the quote's speaker's view. */
    private static boolean firstPersonOrNone(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().startsWith("nsubj")) {
                return s.token(d.dependent()).word().toLowerCase(Locale.ROOT).matches("i|we");
            }
        }
        return true;
    }

    private CharacterisationClaim fromTokens(ArticleContext ctx, Sentence s, Map<String, int[]> m, List<Span> quotes, String rule) {
        int[] sp = m.get("speaker");
        int[] su = m.get("subject");
        int[] as = m.get("as");
        if (sp == null || su == null || as == null || QuoteExtractor.inAnyQuote(s.token(sp[0]), quotes)) {
            return null;
        }
        for (int t = as[0]; t <= as[1]; t++) {
            String lemma = s.token(t).lemma().toLowerCase(Locale.ROOT);
            if (excluded.contains(lemma) || NEGATIONS.contains(lemma) || s.token(t).pos().equals("MD")) {
                return null;
            }
        }
        if (s.token(as[0]).pos().matches("TO|VB|VBD|VBP|VBZ|VBG")
                || s.token(as[0]).word().toLowerCase(Locale.ROOT).matches("in|at|on|from|into|with|for|by|under|within")) {
            return null; // "in need of", "to host"
        }
        Entity speaker = null;
        for (int t = sp[0]; t <= sp[1]; t++) {
            Entity e = ctx.entityAt(s, t);
            if (e != null && e.type().isActor()) {
                speaker = e;
            }
        }
        String description = null;
        if (speaker == null) {
            if (s.token(sp[1]).pos().startsWith("PRP")) {
                return null; // a pronoun for no one sure
            }
            description = ctx.describe(s, sp[1]);
            String range = ctx.body().substring(s.token(sp[0]).begin(), s.token(sp[1]).end());
            if (description.length() < range.length()) {
                description = ArticleContext.asDescription(range);
            }
        }
        Entity subject = subjectOf(ctx, s, su[1], false);
        if (subject == null || subject.equals(speaker)) {
            return null;
        }
        Span quoted = quoteAt(s.token(as[0]).begin(), quotes);
        String text = quoted != null ? quoted.of(ctx.body()).strip()
                : ctx.body().substring(s.token(as[0]).begin(), s.token(as[1]).end()).replaceAll("[\"“”'.,;:\\s]+$", "");
        return new CharacterisationClaim(speaker, description, subject, null, text, quoted, ctx.sentenceSpan(s), rule);
    }

    private static final Set<String> GOVERNMENT = Set.of("government", "administration", "regime", "leadership", "cabinet");

    /**
     * The entity a subject phrase names; "Karimov's government" names the state Karimov is of. {@code named}: only a
     * name, no pronoun resolved.
     */
    private static Entity subjectOf(ArticleContext ctx, Sentence s, int token, boolean named) {
        Mention mention = ctx.mentionAt(s.index(), token);
        Entity e = named ? (mention != null && mention.kind() != Mention.Kind.DEMONYM && mention.kind() != Mention.Kind.PRONOUN ? mention.entity() : null)
                : ctx.entityAt(s, token);
        if (e != null) {
            return e;
        }
        if (GOVERNMENT.contains(s.token(token).lemma().toLowerCase(Locale.ROOT))) {
            for (var d : s.children(token)) {
                if (d.relation().equals("nmod:poss") || d.relation().equals("compound")) {
                    Entity owner = ctx.entityAt(s, d.dependent());
                    if (owner != null && owner.type() == EntityType.STATE) {
                        return owner;
                    }
                    if (owner != null && owner.type() == EntityType.PERSON && owner.entry() != null && owner.entry().citizenOf() != null) {
                        return ctx.gazetteerEntity(owner.entry().citizenOf());
                    }
                }
            }
        }
        return null;
    }

    private static Span quoteAt(int offset, List<Span> quotes) {
        for (Span q : quotes) {
            if (q.begin() <= offset && offset < q.end()) {
                return q;
            }
        }
        return null;
    }

    /**
     * The description's phrase: the predicate with its modifiers, without the subject, the speaker ("... by Y"), the
     * verb "be", and clauses joined to it ("an ally and together we are ..."); up to a semicolon or dash.
     */
    private static String phrase(ArticleContext ctx, Sentence s, int as, int subject, int speaker) {
        List<Integer> phrase = new ArrayList<>();
        List<Integer> todo = new ArrayList<>(List.of(as));
        while (!todo.isEmpty()) {
            int t = todo.remove(0);
            if (phrase.contains(t) || t == subject || t == speaker) {
                continue;
            }
            phrase.add(t);
            for (Dependency d : s.children(t)) {
                int c = d.dependent();
                boolean nounClause = d.relation().equals("ccomp") && s.token(t).isNoun(); // "a region that charts ..."
                if (!ArticleContext.relationIn(d.relation(), PHRASE) && !nounClause || c == speaker) {
                    continue;
                }
                if (d.relation().startsWith("conj") && (s.token(c).pos().startsWith("VB") && !s.token(c).pos().equals("VBN")
                        || s.children(c).stream().anyMatch(x -> x.relation().startsWith("nsubj") || x.relation().equals("cop")))) {
                    continue; // another clause: "an ally, and together we are tackling ..."
                }
                todo.add(c);
            }
        }
        phrase.removeIf(t -> s.token(t).word().equals("as") && t < as || s.token(t).lemma().equals("be"));
        phrase.removeIf(t -> t < as && !s.token(t).pos().matches("DT|JJ.*|RB.*|PRP\\$|CD|NN.*|VBN|VBG|POS|HYPH"));
        if (speaker > as) {
            phrase.removeIf(t -> t > speaker); // "... as a partner by Y in Nairobi": the words after the speaker are no description
        }
        // Punctuation hanging on the predicate at the sentence's end ("Germany is an ally and we are ... ."): the phrase
        // spans its words, not the clauses up to that mark.
        int lastWord = phrase.stream().filter(t -> !s.token(t).pos().matches("\\p{Punct}+|-[LR]RB-|``|''"))
                .mapToInt(Integer::intValue).max().orElse(-1);
        phrase.removeIf(t -> t > lastWord);
        if (phrase.isEmpty()) {
            return "";
        }
        String text = ctx.text(s, phrase);
        text = text.split("\\s*;\\s*|\\s+(--|—|–)\\s+")[0];
        return text.replaceAll("^[\"“”'\\s,]+|[\"“”'.,;:\\s]+$", "").replaceAll("\\s*[\"“”]\\s*", " ").strip()
                .replaceAll("\\s+(as|and|or|but)$", "");
    }
}
