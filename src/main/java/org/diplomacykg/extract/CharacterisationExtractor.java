package org.diplomacykg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.extract.Claims.CharacterisationClaim;
import org.diplomacykg.nlp.DependencyPattern;
import org.diplomacykg.nlp.TokenPattern;
import org.diplomacykg.nlp.Sentence;

/**
 * Needs entity mentions and the parse; gives characterisations: a speaker describes a subject as something
 * ("Kerry described Kyrgyzstan as a vital partner", "Kerry said that Kazakhstan is a valued partner"). Rules from
 * {@code characterisations.tsv} name the speaker, the subject and the description; the speaker must be a named actor
 * and the subject a named entity. The description is the quoted words when it is quoted, else its phrase.
 */
public final class CharacterisationExtractor {
    /**
     * A characterisation rule: a dependency pattern ({@code quotedOnly}: it holds only when the description is in
     * quotation marks), or a token pattern for sentences the parser misreads.
     */
    public record Rule(String name, boolean quotedOnly, DependencyPattern pattern, TokenPattern tokens) {}

    private static final Set<String> PHRASE = Set.of("det", "amod", "compound", "nmod", "case", "nummod", "advmod",
            "acl", "obl", "conj", "cc", "punct", "mark", "obj", "nmod:poss", "flat", "appos");

    private final List<Rule> rules;

    public CharacterisationExtractor(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static List<Rule> loadRules(Path file) {
        List<Rule> out = new ArrayList<>();
        for (String[] row : RuleFiles.rows(file, 3)) {
            if ("tokens".equals(row[1])) {
                out.add(new Rule(row[0], false, null, TokenPattern.compile(row[2])));
            } else {
                out.add(new Rule(row[0], "quoted".equals(row[1]), DependencyPattern.compile(row[2]), null));
            }
        }
        return out;
    }

    public List<CharacterisationClaim> extract(ArticleContext ctx, List<Span> quotes) {
        List<CharacterisationClaim> out = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            for (Rule rule : rules) {
                if (rule.tokens() != null) {
                    for (Map<String, int[]> m : rule.tokens().matches(s)) {
                        CharacterisationClaim c = fromTokens(ctx, s, m, quotes, rule.name());
                        if (c != null && out.stream().noneMatch(o -> o.subject().equals(c.subject()) && o.evidence().equals(c.evidence()))) {
                            out.add(c);
                        }
                    }
                    continue;
                }
                for (Map<String, Integer> m : rule.pattern().matches(s)) {
                    Integer sp = m.get("speaker");
                    Integer su = m.get("subject");
                    Integer as = m.get("as");
                    if (sp == null || su == null || as == null || QuoteExtractor.inAnyQuote(s.token(m.get("verb")), quotes)) {
                        continue;
                    }
                    Entity speaker = ctx.entityAt(s, sp);
                    String speakerDescription = null;
                    if (speaker == null && s.token(sp).isNoun() && !s.token(sp).isProperNoun()) {
                        // "International human rights bodies list ...": unnamed, described.
                        speakerDescription = ctx.describe(s, sp);
                    }
                    Entity subject = subjectOf(ctx, s, su);
                    if ((speaker == null && speakerDescription == null) || (speaker != null && !speaker.type().isActor())
                            || subject == null || subject.equals(speaker)) {
                        continue;
                    }
                    Span quoted = quoteAt(s.token(as).begin(), quotes);
                    if (rule.quotedOnly() && quoted == null) {
                        continue;
                    }
                    String text = quoted != null ? quoted.of(ctx.body()).strip().replaceAll("[.,;:]+$", "") : phrase(ctx, s, as, su);
                    if (text.isBlank()) {
                        continue;
                    }
                    CharacterisationClaim c = new CharacterisationClaim(speaker, speakerDescription, subject, text, quoted, ctx.sentenceSpan(s), rule.name());
                    if (!out.contains(c)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private static CharacterisationClaim fromTokens(ArticleContext ctx, Sentence s, Map<String, int[]> m, List<Span> quotes, String rule) {
        int[] sp = m.get("speaker");
        int[] su = m.get("subject");
        int[] as = m.get("as");
        if (sp == null || su == null || as == null || QuoteExtractor.inAnyQuote(s.token(sp[0]), quotes)) {
            return null;
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
            description = ctx.describe(s, sp[1]);
            String range = ctx.body().substring(s.token(sp[0]).begin(), s.token(sp[1]).end());
            if (description.length() < range.length()) {
                description = ArticleContext.asDescription(range);
            }
        }
        Entity subject = subjectOf(ctx, s, su[1]);
        if (subject == null || subject.equals(speaker)) {
            return null;
        }
        Span quoted = quoteAt(s.token(as[0]).begin(), quotes);
        String text = quoted != null ? quoted.of(ctx.body()).strip()
                : ctx.body().substring(s.token(as[0]).begin(), s.token(as[1]).end()).replaceAll("[\"“”'.,;:\\s]+$", "");
        return new CharacterisationClaim(speaker, description, subject, text, quoted, ctx.sentenceSpan(s), rule);
    }

    private static final Set<String> GOVERNMENT = Set.of("government", "administration", "regime", "leadership", "cabinet");

    /** The entity a subject phrase names; "Karimov's government" names the state Karimov is of. */
    private static Entity subjectOf(ArticleContext ctx, Sentence s, int token) {
        Entity e = ctx.entityAt(s, token);
        if (e != null) {
            return e;
        }
        if (GOVERNMENT.contains(s.token(token).lemma().toLowerCase(java.util.Locale.ROOT))) {
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

    private static String phrase(ArticleContext ctx, Sentence s, int as, int subject) {
        List<Integer> phrase = new ArrayList<>(ctx.subtree(s, as, PHRASE));
        phrase.removeIf(t -> t == subject || s.token(t).word().equals("as") && t < as || s.token(t).lemma().equals("be"));
        phrase.removeIf(t -> t < as && !s.token(t).pos().matches("DT|JJ.*|RB.*|PRP\\$|CD|NN.*|VBN|VBG"));
        if (phrase.isEmpty()) {
            return "";
        }
        return ctx.text(s, phrase).replaceAll("^[\"“”'\\s]+|[\"“”'.,;:\\s]+$", "").replaceAll("\\s*[\"“”]\\s*", " ").strip();
    }
}
