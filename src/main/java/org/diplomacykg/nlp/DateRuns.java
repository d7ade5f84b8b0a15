package org.diplomacykg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day each DATE expression of a sentence stands for, from SUTime's normalised values: a day ({@code 2015-11-01}),
 * or the first day of a range ("November 1-3": SUTime gives {@code 2015-11} and {@code ******01/******03}; "from 8 to 9
 * December 2016"; {@code 2015-11-01/2015-11-03}). A multi-day event is dated by its first day. Anything vaguer
 * (a month, a year, "the next days") gives no day.
 */
final class DateRuns {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(/.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4}-\\d{2})");
    private static final Pattern DAY_OF_RANGE = Pattern.compile("\\*{6}(\\d{2})(/.*)?");
    private static final Pattern RANGE_WORD = Pattern.compile("to|-|–|—|and|until|through");

    private DateRuns() {}

    /** For each token, the ISO day of the DATE expression it belongs to, or null. */
    static String[] days(List<CoreLabel> labels) {
        String[] out = new String[labels.size()];
        int i = 0;
        while (i < labels.size()) {
            if (!"DATE".equals(labels.get(i).ner())) {
                i++;
                continue;
            }
            int j = i;
            while (j < labels.size() && "DATE".equals(labels.get(j).ner())) {
                j++;
            }
            String day = day(labels, i, j);
            if (day != null) {
                day = rangeStart(labels, i, day);
                for (int k = i; k < j; k++) {
                    out[k] = day;
                }
            }
            i = j;
        }
        return out;
    }

    private static String day(List<CoreLabel> labels, int from, int to) {
        String month = null;
        String rangeDay = null;
        for (int k = from; k < to; k++) {
            String n = labels.get(k).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (n == null) {
                continue;
            }
            Matcher d = DAY.matcher(n);
            if (d.matches()) {
                return d.group(1);
            }
            if (MONTH.matcher(n).matches()) {
                month = n;
            }
            Matcher r = DAY_OF_RANGE.matcher(n);
            if (r.matches()) {
                rangeDay = r.group(1);
            }
        }
        return month != null && rangeDay != null ? month + "-" + rangeDay : null;
    }

    /** "from 8 to 9 December 2016": the day before the range word starts the range. */
    private static String rangeStart(List<CoreLabel> labels, int dateStart, String day) {
        if (dateStart < 2 || !RANGE_WORD.matcher(labels.get(dateStart - 1).word()).matches()) {
            return day;
        }
        String number = labels.get(dateStart - 2).word();
        if (!number.matches("\\d{1,2}")) {
            return day;
        }
        int first = Integer.parseInt(number);
        int last = Integer.parseInt(day.substring(8, 10));
        return first >= 1 && first < last ? day.substring(0, 8) + String.format("%02d", first) : day;
    }
}
