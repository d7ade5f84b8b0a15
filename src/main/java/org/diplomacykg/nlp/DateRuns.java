package org.diplomacykg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day each DATE expression of a sentence stands for, from SUTime's normalised values: a day ({@code 2015-11-01}),
 * or the first day of a range ("November 1-3": SUTime gives {@code 2015-11} and {@code ******01/******03}; "from 8 to 9
 * December 2016"; {@code 2015-11-01/2015-11-03}). A multi-day event is dated by its first day. Anything vaguer
 * (a month, a year, "the next days") gives no day.
 */
final class DateRuns {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([/T].*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4}-\\d{2})");
    private static final Pattern DAY_OF_RANGE = Pattern.compile("\\*{6}(\\d{2})(/.*)?");
    private static final Pattern RANGE_WORD = Pattern.compile("to|-|–|—|and|until|through");

    /**
     * The words of {@code data/rules/date-words.tsv}: {@code aroundWeekday} may stand beside a weekday without changing
     * which day it is ("in the early hours of Tuesday"); {@code future} puts a sentence in the future, where a bare
     * weekday is the next such day.
     */
    record Words(Set<String> aroundWeekday, Set<String> future) {
        Words {
            aroundWeekday = Set.copyOf(aroundWeekday);
            future = Set.copyOf(future);
        }

        /** The lists {@code around-weekday} and {@code future} of a word-list file. */
        static Words load(java.nio.file.Path file) {
            WordLists lists = WordLists.read(file);
            return new Words(lists.get("around-weekday"), lists.get("future"));
        }
    }

    private DateRuns() {}

    /** For each token, the ISO day of the DATE expression it belongs to, or null. */
    static String[] days(List<CoreLabel> labels, Words words) {
        return days(labels, null, words);
    }

    /**
     * For each token, the ISO day of the DATE or TIME expression it belongs to ("around 7pm tonight" is a day too), or
     * null. A bare weekday ("on Tuesday", "late on Thursday night", "in the early hours of Friday") is the latest such
     * day on or before the document's date, or in a sentence about the future ("will", "is expected to") the next one
     * on or after it: SUTime reads the tense of some sentences only, and gives no day for the longer phrases.
     */
    static String[] days(List<CoreLabel> labels, LocalDate docDate, Words words) {
        String[] out = new String[labels.size()];
        boolean future = labels.stream().anyMatch(l -> words.future().contains(l.word().toLowerCase(Locale.ROOT)));
        for (int[] run : runs(labels)) {
            int i = run[0];
            int j = run[1];
            String day = bareWeekday(labels, i, j, docDate, future, words);
            if (day == null) {
                day = day(labels, i, j);
            }
            if (day == null) {
                day = writtenDay(labels, i, j);
            }
            if (day != null) {
                java.util.Arrays.fill(out, i, j, rangeStart(labels, i, day));
            }
        }
        writtenRanges(labels, docDate, out);
        return out;
    }

    /** The DATE and TIME expressions of a sentence, each as its first token and the token after its last. */
    private static List<int[]> runs(List<CoreLabel> labels) {
        List<int[]> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            if (!isTemporal(labels.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < labels.size() && isTemporal(labels.get(j))) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{2})?");

    /**
     * For each token, the year or month of the DATE expression it belongs to when that expression names no day ("in
     * 2010" gives {@code 2010}, "in May 2017" {@code 2017-05}), or null: for an expression {@code days} gives a day,
     * and for anything vaguer or wider (seasons, quarters, decades, "the next days").
     */
    static String[] periods(List<CoreLabel> labels, String[] days) {
        String[] out = new String[labels.size()];
        for (int[] run : runs(labels)) {
            java.util.Set<String> values = new java.util.HashSet<>();
            boolean day = false;
            for (int k = run[0]; k < run[1]; k++) {
                day |= days[k] != null;
                String n = labels.get(k).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                if (n != null) {
                    values.add(n);
                }
            }
            // one value, a year or a month: not "2010-2015", "2017-Q2", "the summer of 2017"
            String period = values.size() == 1 ? values.iterator().next() : null;
            if (!day && period != null && PERIOD.matcher(period).matches()) {
                java.util.Arrays.fill(out, run[0], run[1], period);
            }
        }
        return out;
    }

    private static final Pattern DAYS = Pattern.compile("(\\d{1,2})[-–](\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /**
     * A range of days written with a hyphen that NER splits, so SUTime normalises none of it: "May 7-10, 2024", "7-10
     * May 2024" (also "7 - 10"), with its year, else in the year nearest the document's date. The range's tokens get
     * its first day; tokens that already have a day keep it.
     */
    private static void writtenRanges(List<CoreLabel> labels, LocalDate docDate, String[] out) {
        for (int k = 0; k < labels.size(); k++) {
            int[] days = new int[2];
            int end = daysAt(labels, k, days);
            if (end < 0) {
                continue;
            }
            int from = k;
            int to;
            String month;
            if (k > 0 && monthName(labels.get(k - 1).word()) != null) { // "May 7-10, 2024"
                from = k - 1;
                month = labels.get(k - 1).word();
                to = end;
            } else if (end < labels.size() && monthName(labels.get(end).word()) != null) { // "7-10 May 2024"
                month = labels.get(end).word();
                to = end + 1;
            } else {
                continue;
            }
            int y = to < labels.size() && labels.get(to).word().equals(",") ? to + 1 : to;
            String year = null;
            if (y < labels.size() && YEAR.matcher(labels.get(y).word()).matches()) {
                year = labels.get(y).word();
                to = y + 1;
            }
            String day = days[0] >= days[1] ? null : year != null ? isoDay(year, monthName(month), String.valueOf(days[0]))
                    : nearestDay(docDate, monthName(month), days[0]);
            if (day == null) {
                continue;
            }
            for (int t = from; t < to; t++) {
                if (out[t] == null) {
                    out[t] = day;
                }
            }
            k = to - 1;
        }
    }

    /** A day and month without a year: in the year that puts it nearest the document's date (null without one). */
    private static String nearestDay(LocalDate docDate, String month, int day) {
        if (docDate == null) {
            return null;
        }
        String best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = docDate.getYear() - 1; year <= docDate.getYear() + 1; year++) {
            String d = isoDay(String.valueOf(year), month, String.valueOf(day));
            long distance = d == null ? Long.MAX_VALUE : Math.abs(LocalDate.parse(d).toEpochDay() - docDate.toEpochDay());
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The two days of "7-10" or "7 - 10" starting at token {@code k}, and the token after them; -1 if none. */
    private static int daysAt(List<CoreLabel> labels, int k, int[] days) {
        Matcher m = DAYS.matcher(labels.get(k).word());
        if (m.matches()) {
            days[0] = Integer.parseInt(m.group(1));
            days[1] = Integer.parseInt(m.group(2));
            return k + 1;
        }
        if (k + 2 < labels.size() && labels.get(k).word().matches("\\d{1,2}") && labels.get(k + 1).word().matches("[-–]|--")
                && labels.get(k + 2).word().matches("\\d{1,2}")) {
            days[0] = Integer.parseInt(labels.get(k).word());
            days[1] = Integer.parseInt(labels.get(k + 2).word());
            return k + 3;
        }
        return -1;
    }

    /** The full English name of a month written in full or abbreviated ("Sept.", "Apr"), or null. */
    private static String monthName(String word) {
        String w = word.replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
        if (w.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        for (java.time.Month m : java.time.Month.values()) {
            String name = m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            if (name.toLowerCase(Locale.ROOT).equals(w) || (w.length() >= 3 && name.toLowerCase(Locale.ROOT).startsWith(w)
                    && (w.length() == 3 || w.equals("sept")))) {
                return name;
            }
        }
        return null;
    }

    private static boolean isTemporal(CoreLabel l) {
        return "DATE".equals(l.ner()) || "TIME".equals(l.ner());
    }

    /** The day of a run that names one weekday and nothing else that fixes a day, or null. */
    private static String bareWeekday(List<CoreLabel> labels, int from, int to, LocalDate docDate, boolean future, Words words) {
        if (docDate == null) {
            return null;
        }
        DayOfWeek weekday = null;
        for (int k = from; k < to; k++) {
            String w = labels.get(k).word().toLowerCase(Locale.ROOT);
            DayOfWeek d = weekday(w);
            if (d != null) {
                if (weekday != null) {
                    return null;
                }
                weekday = d;
            } else if (!words.aroundWeekday().contains(w)) {
                return null;
            }
        }
        if (weekday == null) {
            return null;
        }
        boolean ahead = future && !afterPastVerb(labels, from);
        LocalDate day = ahead ? docDate.with(TemporalAdjusters.nextOrSame(weekday)) : docDate.with(TemporalAdjusters.previousOrSame(weekday));
        return day.toString();
    }

    /**
     * Whether the nearest verb before the weekday, in its clause, is in the past tense ("X, who met Y on Monday, will
     * visit Z on Friday": Monday is past though the sentence speaks of the future).
     */
    private static boolean afterPastVerb(List<CoreLabel> labels, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 8; k--) {
            String tag = labels.get(k).tag();
            String word = labels.get(k).word();
            if (word.equals(",") || word.equals(";") || tag == null) {
                return false;
            }
            if (tag.startsWith("VB") || tag.equals("MD")) {
                return tag.equals("VBD");
            }
        }
        return false;
    }

    private static DayOfWeek weekday(String w) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(w)) {
                return d;
            }
        }
        return null;
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

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?:^|\\s)(\\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+),? (\\d{4})(?:\\s|$)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?:^|\\s)([A-Z][a-z]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?:\\s|$)");

    /**
     * A day written out in full inside a run SUTime gives no value ("today, 30 June 2021": it reads the run as one
     * expression and normalises none of it): "30 June 2021" or "June 30, 2021", when the run writes exactly one.
     */
    private static String writtenDay(List<CoreLabel> labels, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            text.append(k > from ? " " : "").append(labels.get(k).word());
        }
        String run = text.toString().replace(" ,", ",");
        String found = null;
        for (Pattern p : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR)) {
            Matcher m = p.matcher(run);
            while (m.find()) {
                boolean dayFirst = p == DAY_MONTH_YEAR;
                String day = isoDay(m.group(3), dayFirst ? m.group(2) : m.group(1), dayFirst ? m.group(1) : m.group(2));
                if (day != null) {
                    if (found != null && !found.equals(day)) {
                        return null;
                    }
                    found = day;
                }
            }
        }
        return found;
    }

    private static String isoDay(String year, String monthName, String day) {
        try {
            java.time.Month month = java.time.Month.from(java.time.format.DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH).parse(monthName));
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
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
