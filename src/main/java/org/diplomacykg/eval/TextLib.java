package org.diplomacykg.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How {@code evaluate} compares text (GOLD-FORMAT.md, "How a claim matches"): Unicode NFKC, typographic quotes,
 * apostrophes, dashes and non-breaking spaces read as their plain forms; names further case folded and stripped of
 * accents. Tokens are the runs of letters and digits of the folded text.
 */
public final class TextLib {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextLib() {}

    /** NFKC, with typographic quotes, apostrophes, dashes and non-breaking spaces plain, white space single. */
    public static String plain(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            b.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> ' ';
                default -> c;
            });
        }
        return SPACES.matcher(b.toString()).replaceAll(" ").strip();
    }

    /** {@link #plain}, then case folded and accents stripped: the form two names are compared in. */
    public static String fold(String s) {
        String n = Normalizer.normalize(plain(s), Normalizer.Form.NFKD);
        n = MARKS.matcher(n).replaceAll("");
        return Normalizer.normalize(n, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The words of the folded text, in order. */
    public static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : NON_WORD.split(fold(s))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** How many tokens the two lists share, each token counted as often as it occurs in both (multiset intersection). */
    public static int sharedTokens(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : b) {
            counts.merge(t, 1, Integer::sum);
        }
        int shared = 0;
        for (String t : a) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                shared++;
                counts.put(t, c - 1);
            }
        }
        return shared;
    }

    /** Whether the one folded text contains the other as a run of whole tokens (either way); false when one is empty. */
    public static boolean containsEitherWay(String a, String b) {
        String x = " " + String.join(" ", tokens(a)) + " ";
        String y = " " + String.join(" ", tokens(b)) + " ";
        if (x.isBlank() || y.isBlank()) {
            return false;
        }
        return x.contains(y) || y.contains(x);
    }

    /** Text cut to at most {@code max} characters, for listing claims. */
    public static String abbreviate(String s, int max) {
        String p = plain(s);
        return p.length() <= max ? p : p.substring(0, max - 1) + "…";
    }
}
