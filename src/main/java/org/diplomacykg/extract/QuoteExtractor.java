package org.diplomacykg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomacykg.extract.Claims.QuoteClaim;
import org.diplomacykg.nlp.Dependency;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Needs entity mentions, the parse and the article's posts; gives direct quotes with their speaker. The speaker is the
 * subject of a verb of saying outside the quote in the sentence that holds it ("…," Kerry told the meeting) — a
 * subject outside the quotation marks, as the parse may also give the verb a noun of the quote as subject — or of a
 * sentence ending in a colon just before it ("John Kerry stated:"), or the object of a verb of quoting ("the press
 * service quoted Blinken as saying"). A pronoun subject is resolved to a person only when sure (or to the speaker of
 * the quote before, when no other person is named between); a surname the recogniser missed is the one person of the
 * article with that surname; a description ("the US president", "the Kenyan leader") is the one person the article
 * names holding a post that fits it ({@code speaker-descriptions.tsv}), else it stays the speaker's description. A
 * sentence or paragraph that is only a quotation continues the quote just before it. With no verb of saying, no quote
 * is claimed. Short fragments in quotation marks (scare quotes, titles) are not quotes.
 */
public final class QuoteExtractor {
    /**
     * Fewer words than this in quotation marks is a phrase (a scare quote, a title), not a quote; from this many on,
     * a fragment without a finite verb is a quote too ("very real security challenges", said X).
     */
    public static final int MIN_WORDS = 4;

    private final Set<String> speechVerbs;
    private final Set<String> documents;
    private final Set<String> quotingVerbs;
    private final PostHolders holders;

    private final Set<String> titleWords;

    public QuoteExtractor(Set<String> speechVerbs) {
        this(speechVerbs, Set.of("quote", "cite"), PostHolders.Descriptions.NONE, Set.of(), Set.of());
    }

    /**
     * {@code titleWords}: the words of post titles (lower case), which a transcript label's name does not hold;
     * {@code documents}: lemmas of documents that speak for their author ({@code speaking-documents.txt}).
     */
    public QuoteExtractor(Set<String> speechVerbs, Set<String> quotingVerbs, PostHolders.Descriptions descriptions, Set<String> titleWords,
                          Set<String> documents) {
        this.documents = Set.copyOf(documents);
        this.speechVerbs = Set.copyOf(speechVerbs);
        this.quotingVerbs = Set.copyOf(quotingVerbs);
        this.holders = new PostHolders(descriptions);
        this.titleWords = Set.copyOf(titleWords);
    }

    public static Set<String> loadVerbs(Path file) {
        Set<String> out = new HashSet<>();
        for (String[] row : RuleFiles.rows(file, 1)) {
            out.add(row[0].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The quotes of the article. Quoted words that are the description of a characterisation ({@code taken}) are
     * that characterisation, not a quote of their own.
     */
    public List<QuoteClaim> extract(ArticleContext ctx, List<Span> quoteSpans, List<Span> taken) {
        return extract(ctx, quoteSpans, taken, List.of());
    }

    /** As above, with the article's posts, to which descriptions of speakers resolve. */
    public List<QuoteClaim> extract(ArticleContext ctx, List<Span> quoteSpans, List<Span> taken, List<Claims.PostClaim> posts) {
        List<QuoteClaim> out = new ArrayList<>(TranscriptQuotes.extract(ctx, titleWords));
        List<QuoteClaim> prose = new ArrayList<>(); // the quotes outside transcript turns, in text order
        String body = ctx.body();
        for (Span q : quoteSpans) {
            if (out.stream().anyMatch(t -> t.quote().begin() <= q.begin() && q.end() <= t.quote().end())) {
                continue; // quoted words inside a transcript turn belong to that turn's speaker
            }
            // An ellipsis that opens a quotation marks words left out, not words said.
            String text = body.substring(q.begin(), q.end()).strip().replaceFirst("^(\\.{2,}|…)\\s*", "");
            if (!isQuote(text) || taken.stream().anyMatch(t -> t.begin() <= q.begin() && q.end() <= t.end())) {
                continue;
            }
            QuoteClaim claim = attribute(ctx, q, text, quoteSpans, posts, prose);
            if (claim == null) {
                claim = continuation(ctx, q, text, prose);
            }
            if (claim != null) {
                out.add(claim);
                prose.add(claim);
            }
        }
        return out;
    }

    /** The spans long enough to be quotes rather than phrases in quotation marks. */
    public static List<Span> realQuotes(String body, List<Span> spans) {
        return spans.stream().filter(q -> words(q.of(body)) >= MIN_WORDS).toList();
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static boolean isQuote(String text) {
        return words(text) >= MIN_WORDS;
    }

    private QuoteClaim attribute(ArticleContext ctx, Span q, String text, List<Span> quoteSpans, List<Claims.PostClaim> posts,
                                 List<QuoteClaim> prior) {
        List<Sentence> around = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            // Only sentences holding quoted words: a closing mark alone does not tie the next sentence to the quote.
            boolean holdsQuotedWords = s.tokens().stream()
                    .anyMatch(t -> t.begin() >= q.begin() && t.end() <= q.end() && Character.isLetterOrDigit(t.word().charAt(0)));
            if (holdsQuotedWords) {
                around.add(s);
            }
        }
        // Nearest first: the sentence where the quote ends (attribution usually follows), then where it starts.
        List<Sentence> order = new ArrayList<>();
        for (int i = around.size() - 1; i >= 0; i--) {
            order.add(around.get(i));
        }
        for (Sentence s : order) {
            QuoteClaim c = fromVerb(ctx, s, q, text, quoteSpans, "speech-verb-in-sentence", posts, prior);
            if (c != null) {
                return c;
            }
        }
        // "John Kerry stated:" and the quote after it: the last sentence before the quote, with nothing between.
        Sentence prev = null;
        for (Sentence s : ctx.sentences()) {
            if (s.end() <= q.begin()) {
                prev = s;
            }
        }
        if (prev != null && prev.text().strip().endsWith(":")
                && ctx.body().substring(prev.end(), q.begin()).replaceAll("[\\s\"\u201C\u2018']", "").isEmpty()) {
            return fromVerb(ctx, prev, q, text, quoteSpans, "speech-verb-before-colon", posts, prior);
        }
        return null;
    }

    private QuoteClaim fromVerb(ArticleContext ctx, Sentence s, Span q, String text, List<Span> quoteSpans, String rule,
                                List<Claims.PostClaim> posts, List<QuoteClaim> prior) {
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (quotingVerbs.contains(lemma) && !inAnyQuote(t, quoteSpans)) {
                // "quoted NAME as saying", whatever the parse made of it ("quoted" as a modifier of the name).
                int named = quotedNameAsSaying(ctx, s, t.index());
                if (named >= 0) {
                    return speakerClaim(ctx, s, named, q, text, "quoted-as-saying", posts, prior);
                }
            }
            if (!t.isVerb() || inAnyQuote(t, quoteSpans)) {
                continue;
            }
            if (quotingVerbs.contains(lemma)) {
                int quoted = quotedAsSaying(ctx, s, t.index(), quoteSpans);
                if (quoted >= 0) {
                    return speakerClaim(ctx, s, quoted, q, text, "quoted-as-saying", posts, prior);
                }
                continue;
            }
            if (!speechVerbs.contains(lemma)) {
                continue;
            }
            int subject = subjectOf(s, t.index(), quoteSpans);
            if (subject < 0) {
                subject = invertedSubject(ctx, s, t.index(), quoteSpans);
            }
            if (subject < 0) {
                continue;
            }
            return speakerClaim(ctx, s, subject, q, text, rule, posts, prior);
        }
        return null;
    }

    /** The quote with the speaker the token names or describes. */
    private QuoteClaim speakerClaim(ArticleContext ctx, Sentence s, int subject, Span q, String text, String rule,
                                    List<Claims.PostClaim> posts, List<QuoteClaim> prior) {
        Entity speaker = ctx.entityAt(s, subject);
        Span evidence = ctx.sentenceSpan(s);
        if (speaker != null && speaker.type().isActor()) {
            return new QuoteClaim(text, q, speaker, null, evidence, rule);
        }
        Token st = s.token(subject);
        if (st.pos().startsWith("PRP")) {
            Entity previous = previousSpeaker(ctx, st, prior);
            if (previous != null) {
                return new QuoteClaim(text, q, previous, null, evidence, rule + "+pronoun-previous-speaker");
            }
            // A pronoun we could not resolve with confidence: the quote stands, its speaker stays unknown.
            return new QuoteClaim(text, q, null, null, evidence, rule);
        }
        Entity bySurname = st.pos().equals("NNP") && ctx.mentionAt(s.index(), subject) == null
                && s.children(subject).stream().noneMatch(d -> d.relation().equals("compound") || d.relation().equals("det"))
                ? personBySurname(ctx, st.word()) : null;
        if (bySurname != null) {
            return new QuoteClaim(text, q, bySurname, null, evidence, rule + "+surname");
        }
        Entity holder = holders.holder(ctx, s, subject, posts);
        if (holder != null) {
            return new QuoteClaim(text, q, holder, null, evidence, rule + "+description-post");
        }
        Entity author = authorOf(ctx, s, subject);
        if (author != null) {
            return new QuoteClaim(text, q, author, null, evidence, rule + "+document-author");
        }
        return new QuoteClaim(text, q, null, ctx.describe(s, subject), evidence, rule);
    }

    /**
     * "A later summary of the meeting by the State Department said ...": the body or person a document is by (or of:
     * "a statement of the Foreign Ministry") speaks through it; null for another subject.
     */
    private Entity authorOf(ArticleContext ctx, Sentence s, int subject) {
        if (!documents.contains(s.token(subject).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        // ("a summary of the meeting by X": the by-phrase may hang on the document's of-phrase)
        List<Integer> heads = new ArrayList<>(List.of(subject));
        s.children(subject).stream().filter(d -> d.relation().equals("nmod:of")).forEach(d -> heads.add(d.dependent()));
        for (int h : heads) {
            for (var d : s.children(h)) {
                if (d.relation().equals("nmod:by") || h == subject && d.relation().equals("nmod:poss")) {
                    Entity e = ctx.entityAt(s, d.dependent());
                    if (e != null && e.type().isActor()) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "X quoted Y as saying": the object of the verb of quoting (outside the quote), when "as" and a verb of saying
     * follow it; -1 otherwise.
     */
    /** "quoted NAME as saying" read off the words: the name's token, or -1. */
    private int quotedNameAsSaying(ArticleContext ctx, Sentence s, int verb) {
        Mention m = ctx.mentionAt(s.index(), verb + 1);
        if (m == null || m.firstToken() != verb + 1 || m.entity().type() != EntityType.PERSON || m.lastToken() + 2 >= s.tokens().size()) {
            return -1;
        }
        return asSaying(s, m.lastToken() + 1) ? verb + 1 : -1;
    }

    /** Whether the token is "as" and the next one a verb of saying ("as saying", "as telling"). */
    private boolean asSaying(Sentence s, int as) {
        return as + 1 < s.tokens().size() && s.token(as).word().equalsIgnoreCase("as")
                && speechVerbs.contains(s.token(as + 1).lemma().toLowerCase(Locale.ROOT));
    }

    private int quotedAsSaying(ArticleContext ctx, Sentence s, int verb, List<Span> quoteSpans) {
        for (Dependency d : s.children(verb)) {
            if (!d.relation().equals("obj") || inAnyQuote(s.token(d.dependent()), quoteSpans)) {
                continue;
            }
            Mention m = ctx.mentionAt(s.index(), d.dependent());
            int last = m != null ? Math.max(m.lastToken(), d.dependent()) : d.dependent();
            for (int k = last + 1; k + 1 < s.tokens().size() && k <= last + 2; k++) {
                if (asSaying(s, k) && s.token(k + 1).isVerb()) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    /**
     * "he said" after a quote of a named person, when the parse-level resolution was unsure: that person, when the
     * pronoun fits their gender and no other person is named between that quote's sentence and the pronoun (outside
     * quotation marks), within a few paragraphs.
     */
    private static Entity previousSpeaker(ArticleContext ctx, Token pronoun, List<QuoteClaim> prior) {
        String gender = switch (pronoun.word().toLowerCase(Locale.ROOT)) {
            case "he" -> "male";
            case "she" -> "female";
            default -> null;
        };
        if (gender == null || prior.isEmpty()) {
            return null;
        }
        QuoteClaim last = prior.get(prior.size() - 1);
        Entity speaker = last.speaker();
        if (speaker == null || speaker.type() != EntityType.PERSON || last.evidence().end() > pronoun.begin()
                || (speaker.entry() != null && speaker.entry().gender() != null && !speaker.entry().gender().equals(gender))) {
            return null;
        }
        String between = ctx.body().substring(last.evidence().end(), pronoun.begin());
        if (between.split("\\n[ \\t]*\\n", -1).length > 3) {
            return null; // more than two paragraph breaks: too far
        }
        return otherPersonBetween(ctx, last, pronoun.begin()) ? null : speaker;
    }

    /** Whether a person other than the claim's speaker is named after its sentence and before the offset, outside quotes. */
    private static boolean otherPersonBetween(ArticleContext ctx, QuoteClaim last, int offset) {
        List<Span> spans = QuoteSpans.find(ctx.body());
        for (Mention m : ctx.allMentions()) {
            if (m.entity().type() == EntityType.PERSON && !m.entity().equals(last.speaker())
                    && m.span().begin() >= last.evidence().end() && m.span().end() <= offset
                    && spans.stream().noneMatch(sp -> sp.begin() <= m.span().begin() && m.span().end() <= sp.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation that is a sentence or a paragraph of its own, with no verb of saying, right after a quote in the same
     * paragraph or the one before, continues it: the same speaker (or description), when no other person is named
     * between.
     */
    private static QuoteClaim continuation(ArticleContext ctx, Span q, String text, List<QuoteClaim> prior) {
        if (prior.isEmpty()) {
            return null;
        }
        QuoteClaim last = prior.get(prior.size() - 1);
        if ((last.speaker() == null && last.speakerDescription() == null) || last.quote().end() > q.begin()) {
            return null;
        }
        String body = ctx.body();
        Sentence first = null;
        Sentence end = null;
        for (Sentence s : ctx.sentences()) {
            if (s.begin() <= q.begin() && q.begin() < s.end()) {
                first = s;
            }
            if (s.begin() < q.end() && q.end() <= s.end()) {
                end = s;
            }
        }
        if (first == null || end == null) {
            return null;
        }
        int paraStart = Math.max(body.lastIndexOf("\n", q.begin()), 0);
        String lead = body.substring(Math.max(first.begin(), paraStart), q.begin());
        String trail = body.substring(q.end(), end.end());
        String marks = "[\\s\"'\u201C\u201D\u2018\u2019.,;:!?\u2026]*";
        if (!lead.matches(marks) || !trail.matches(marks)) {
            return null;
        }
        String between = body.substring(last.quote().end(), q.begin());
        if (between.split("\\n[ \\t]*\\n", -1).length > 2) {
            return null; // not the same or the next paragraph
        }
        if (last.speaker() != null && otherPersonBetween(ctx, last, q.begin())) {
            return null;
        }
        if (last.speaker() == null) {
            for (Mention m : ctx.allMentions()) {
                if (m.entity().type() == EntityType.PERSON && m.span().begin() >= last.evidence().end() && m.span().end() <= q.begin()) {
                    return null;
                }
            }
        }
        return new QuoteClaim(text, q, last.speaker(), last.speakerDescription(), ctx.sentenceSpan(first), "continues-previous-quote");
    }

    /** The one person of the article whose name ends in this word ("Eke", "DUARTE"), or null. */
    static Entity personBySurname(ArticleContext ctx, String word) {
        Entity found = null;
        for (Mention m : ctx.allMentions()) {
            Entity e = m.entity();
            if (e.type() != EntityType.PERSON || e.equals(found)) {
                continue;
            }
            String[] parts = e.label().split("\\s+");
            if (parts.length >= 2 && parts[parts.length - 1].equalsIgnoreCase(word)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * "…," said Duarte: a name right after a verb of saying that follows the closing mark, which the parse may attach
     * as a complement rather than as the subject; the name's token, or -1.
     */
    private static int invertedSubject(ArticleContext ctx, Sentence s, int verb, List<Span> quoteSpans) {
        if (verb == 0 || !inAnyQuote(s.token(verb - 1), quoteSpans) && !s.token(verb - 1).word().matches("[\"”’'',]|''")) {
            return -1;
        }
        for (Dependency d : s.children(verb)) {
            if (d.dependent() <= verb || !d.relation().matches("xcomp|obj|dep|appos")) {
                continue;
            }
            Mention m = ctx.mentionAt(s.index(), d.dependent());
            if (m != null && m.entity().type() == EntityType.PERSON && m.firstToken() == verb + 1) {
                return d.dependent();
            }
            // '…," said Duarte's spokesman': a noun phrase right after the verb (its speaker, named or described).
            if (m == null && s.token(d.dependent()).isNoun() && !d.relation().equals("xcomp") && phraseFrom(s, verb + 1, d.dependent())) {
                return d.dependent();
            }
        }
        // The parse lost the name ("said Yoon Sock Joong" with "Sock" read as a verb): a person's name that follows the
        // verb and ends at a comma or the sentence's end is its speaker, not a part of a longer phrase ("said Duarte's
        // spokesman", "said Duarte aide Rui Costa").
        Mention m = ctx.mentionAt(s.index(), verb + 1);
        if (m != null && m.entity().type() == EntityType.PERSON && m.firstToken() == verb + 1) {
            int after = m.lastToken() + 1;
            if (after >= s.tokens().size() || s.token(after).word().matches("[,.;]")) {
                return verb + 1;
            }
        }
        return -1;
    }

    /** Whether the words from {@code first} up to the noun {@code head} are one noun phrase: no verb or punctuation. */
    private static boolean phraseFrom(Sentence s, int first, int head) {
        if (head < first) {
            return false;
        }
        for (int i = first; i < head; i++) {
            Token t = s.token(i);
            if (t.isVerb() || !Character.isLetterOrDigit(t.word().charAt(0)) && !t.pos().equals("POS")) {
                return false;
            }
        }
        return true;
    }

    /** The verb's first subject outside every quotation (the parse may give it a noun of the quote as well). */
    private static int subjectOf(Sentence s, int verb, List<Span> quoteSpans) {
        for (Dependency d : s.children(verb)) {
            if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) && !inAnyQuote(s.token(d.dependent()), quoteSpans)) {
                return d.dependent();
            }
        }
        return -1;
    }

    static boolean inAnyQuote(Token t, List<Span> spans) {
        for (Span sp : spans) {
            if (t.begin() >= sp.begin() && t.end() <= sp.end()) {
                return true;
            }
        }
        return false;
    }
}
