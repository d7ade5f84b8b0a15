package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the spans of text inside quotation marks, typographic (“…”) or straight ("…"), and copes with unbalanced
 * marks: a straight mark opens when it follows white space or an opening bracket and closes when it follows a letter
 * or punctuation; an opening mark followed by another opening mark before any close, or by none, was never closed: it
 * is dropped, unless its line ends in an attribution set off by a comma ("…Nuku'alofa, Peters said."), where the
 * quotation ends at that comma. A quotation may run over several paragraphs, as speeches do.
 */
public final class QuoteSpans {
    private QuoteSpans() {}

    /** A line's end ", the Foreign Minister said." or ", said Ana Duarte.": an attribution after the unclosed words. */
    private static final Pattern ATTRIBUTION_END = Pattern.compile(
            ",\\s+(?:[^,\"\u201C\u201D\\n]{1,80}?\\s+(?:said|says|added|adds|stated|noted|explained)|(?:said|says|added|adds)\\s+[^,.\"\u201C\u201D\\n]{1,80}?)\\s*\\.[ \\t]*$",
            Pattern.MULTILINE);

    /** The spans of the quoted words, without the marks, in text order. */
    public static List<Span> find(String text) {
        List<int[]> marks = new ArrayList<>(); // {offset, +1 open / -1 close}
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                marks.add(new int[] {i, 1});
            } else if (c == '\u201D') {
                marks.add(new int[] {i, -1});
            } else if (c == '"') {
                char before = i == 0 ? ' ' : text.charAt(i - 1);
                boolean opens = Character.isWhitespace(before) || "([{—–-".indexOf(before) >= 0;
                marks.add(new int[] {i, opens ? 1 : -1});
            }
        }
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int[] m : marks) {
            if (m[1] == 1) {
                if (open >= 0) {
                    unclosed(text, open, out);
                }
                open = m[0];
            } else if (open >= 0) {
                if (m[0] > open + 1) {
                    out.add(new Span(open + 1, m[0]));
                }
                open = -1;
            }
        }
        if (open >= 0) {
            unclosed(text, open, out);
        }
        out.sort(java.util.Comparator.comparingInt(Span::begin));
        return out;
    }

    /** The words of an opening mark never closed, when its line ends in an attribution after a comma. */
    private static void unclosed(String text, int open, List<Span> out) {
        int lineEnd = text.indexOf('\n', open);
        String line = text.substring(open, lineEnd < 0 ? text.length() : lineEnd);
        Matcher m = ATTRIBUTION_END.matcher(line);
        if (m.find() && m.start() > 1) {
            out.add(new Span(open + 1, open + m.start()));
        }
    }
}
