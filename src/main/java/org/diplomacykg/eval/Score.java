package org.diplomacykg.eval;

/**
 * Counts of one claim type (or all): claims extracted, gold claims, and pairs matched. A ratio over nothing counts as
 * perfect: with nothing extracted nothing was invented (precision 1), with no gold claim nothing was missed (recall 1);
 * F1 then still shows the miss (it is 0 when precision or recall is).
 */
public record Score(int extracted, int gold, int matched) {
    public static final Score ZERO = new Score(0, 0, 0);

    public Score {
        if (extracted < 0 || gold < 0 || matched < 0 || matched > extracted || matched > gold) {
            throw new IllegalArgumentException("bad counts: extracted " + extracted + ", gold " + gold + ", matched " + matched);
        }
    }

    public Score plus(Score o) {
        return new Score(extracted + o.extracted, gold + o.gold, matched + o.matched);
    }

    /** matched / extracted. */
    public double precision() {
        return extracted == 0 ? 1.0 : (double) matched / extracted;
    }

    /** matched / gold. */
    public double recall() {
        return gold == 0 ? 1.0 : (double) matched / gold;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
