package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of text inside quotation marks, typographic (“…”) or straight ("…"), and copes with unbalanced
 * marks: a straight mark opens when it follows white space or an opening bracket and closes when it follows a letter
 * or punctuation; an opening mark followed by another opening mark before any close was never closed and is dropped.
 * A quotation may run over several paragraphs, as speeches do.
 */
public final class QuoteSpans {
    private QuoteSpans() {}

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
                open = m[0];
            } else if (open >= 0) {
                if (m[0] > open + 1) {
                    out.add(new Span(open + 1, m[0]));
                }
                open = -1;
            }
        }
        return out;
    }
}
