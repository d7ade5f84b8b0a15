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
 * Needs entity mentions and the parse; gives direct quotes with their speaker. The speaker is the subject of a verb
 * of saying outside the quote in the sentence that holds it ("…," Kerry told the meeting), or of a sentence ending in
 * a colon just before it ("John Kerry stated:"). A pronoun subject is resolved to a person only when sure; a subject
 * that names nobody ("a senior US official") becomes the speaker's description; with no verb of saying, no quote is
 * claimed. Short fragments in quotation marks (scare quotes, titles) are not quotes.
 */
public final class QuoteExtractor {
    /** Fewer words than this in quotation marks is a phrase (a scare quote, a title), not a quote. */
    public static final int MIN_WORDS = 4;
    /** A quote without a finite verb must be at least this long to be more than a phrase. */
    public static final int MIN_WORDS_VERBLESS = 8;

    private final Set<String> speechVerbs;

    public QuoteExtractor(Set<String> speechVerbs) {
        this.speechVerbs = Set.copyOf(speechVerbs);
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
        List<QuoteClaim> out = new ArrayList<>(TranscriptQuotes.extract(ctx));
        String body = ctx.body();
        for (Span q : quoteSpans) {
            if (out.stream().anyMatch(t -> t.quote().begin() <= q.begin() && q.end() <= t.quote().end())) {
                continue; // quoted words inside a transcript turn belong to that turn's speaker
            }
            // An ellipsis that opens a quotation marks words left out, not words said.
            String text = body.substring(q.begin(), q.end()).strip().replaceFirst("^(\\.{2,}|…)\\s*", "");
            if (!isQuote(ctx, q, text) || taken.stream().anyMatch(t -> t.begin() <= q.begin() && q.end() <= t.end())) {
                continue;
            }
            QuoteClaim claim = attribute(ctx, q, text, quoteSpans);
            if (claim != null) {
                out.add(claim);
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

    private static boolean isQuote(ArticleContext ctx, Span q, String text) {
        int n = words(text);
        if (n < MIN_WORDS) {
            return false;
        }
        if (n >= MIN_WORDS_VERBLESS) {
            return true;
        }
        for (Sentence s : ctx.sentences()) {
            for (Token t : s.tokens()) {
                if (t.begin() >= q.begin() && t.end() <= q.end() && t.pos().matches("VBD|VBZ|VBP|MD")) {
                    return true;
                }
            }
        }
        return false;
    }

    private QuoteClaim attribute(ArticleContext ctx, Span q, String text, List<Span> quoteSpans) {
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
            QuoteClaim c = fromVerb(ctx, s, q, text, quoteSpans, "speech-verb-in-sentence");
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
            return fromVerb(ctx, prev, q, text, quoteSpans, "speech-verb-before-colon");
        }
        return null;
    }

    private QuoteClaim fromVerb(ArticleContext ctx, Sentence s, Span q, String text, List<Span> quoteSpans, String rule) {
        for (Token t : s.tokens()) {
            if (!t.isVerb() || !speechVerbs.contains(t.lemma().toLowerCase(Locale.ROOT)) || inAnyQuote(t, quoteSpans)) {
                continue;
            }
            int subject = subjectOf(s, t.index());
            if (subject < 0) {
                continue;
            }
            Entity speaker = ctx.entityAt(s, subject);
            Span evidence = ctx.sentenceSpan(s);
            if (speaker != null && speaker.type().isActor()) {
                return new QuoteClaim(text, q, speaker, null, evidence, rule);
            }
            Token st = s.token(subject);
            if (st.pos().startsWith("PRP")) {
                // A pronoun we could not resolve with confidence: the quote stands, its speaker stays unknown.
                return new QuoteClaim(text, q, null, null, evidence, rule);
            }
            return new QuoteClaim(text, q, null, ctx.describe(s, subject), evidence, rule);
        }
        return null;
    }

    private static int subjectOf(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
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
