package org.diplomacykg.eval;

/**
 * How well the consolidate stage joins the reports of one event made by different articles, scored on pairs of gold
 * events from different articles: a pair is "the same event" when both carry the same gold {@code key}. A pair is
 * joined when the extracted events matched to both fall in one consolidated event.
 *
 * @param goldSame      pairs of gold events the gold says are one event
 * @param joined        of those, pairs whose matched extracted events were joined (an unmatched side counts as not)
 * @param predictedSame pairs of matched gold events whose extracted events were joined
 * @param goldApart     pairs of matched gold events the gold keeps apart
 * @param keptApart     of those, pairs whose extracted events were kept apart
 */
public record Coreference(int goldSame, int joined, int predictedSame, int goldApart, int keptApart) {
    public static final Coreference NONE = new Coreference(0, 0, 0, 0, 0);

    /** Joined correctly / all joins made. */
    public double precision() {
        return predictedSame == 0 ? 1.0 : (double) joined / predictedSame;
    }

    /** Joined correctly / all pairs the gold joins. */
    public double recall() {
        return goldSame == 0 ? 1.0 : (double) joined / goldSame;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Pairs kept apart correctly / pairs the gold keeps apart. */
    public double splitAccuracy() {
        return goldApart == 0 ? 1.0 : (double) keptApart / goldApart;
    }
}
