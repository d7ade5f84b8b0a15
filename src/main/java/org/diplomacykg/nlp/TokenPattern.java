package org.diplomacykg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern over a sentence's tokens (words, lemmas, tags), written in TokensRegex (CoreNLP's language for token
 * sequences), for rules that must hold when the dependency parse goes wrong. A match gives each named group
 * ({@code (?$name ...)}) as a token range [first, last].
 */
public final class TokenPattern {
    private static final Pattern GROUP = Pattern.compile("\\(\\?\\$(\\w+)");
    private final String source;
    private final TokenSequencePattern pattern;
    private final List<String> groups = new ArrayList<>();

    private TokenPattern(String source, TokenSequencePattern pattern) {
        this.source = source;
        this.pattern = pattern;
        Matcher m = GROUP.matcher(source);
        while (m.find()) {
            groups.add(m.group(1));
        }
    }

    /**
     * Compiles a TokensRegex pattern.
     *
     * @throws IllegalArgumentException when it does not parse
     */
    public static TokenPattern compile(String tokensregex) {
        try {
            return new TokenPattern(tokensregex, TokenSequencePattern.compile(tokensregex));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad token pattern '" + tokensregex + "': " + e.getMessage(), e);
        }
    }

    public String source() {
        return source;
    }

    /** Every match, each as group name → {first token, last token} (indexes from 0). */
    @SuppressWarnings("unchecked")
    public List<Map<String, int[]>> matches(Sentence sentence) {
        List<Map<String, int[]>> out = new ArrayList<>();
        if (!(sentence.backendTokens instanceof List<?> tokens)) {
            return out;
        }
        TokenSequenceMatcher m = pattern.getMatcher((List<CoreLabel>) tokens);
        while (m.find()) {
            SequenceMatchResult<edu.stanford.nlp.util.CoreMap> r = m;
            Map<String, int[]> named = new LinkedHashMap<>();
            for (String g : groups) {
                int start = r.start("$" + g);
                int end = r.end("$" + g);
                if (start >= 0 && end > start) {
                    named.put(g, new int[] {start, end - 1});
                }
            }
            out.add(named);
        }
        return out;
    }
}
