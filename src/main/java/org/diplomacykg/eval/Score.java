package org.diplomacykg.eval;

/**
 * Counts of one claim type (or all): claims extracted, gold claims, the extracted claims that meet a gold claim
 * ({@code matchedExtracted}) and the gold claims met by an extracted one ({@code matchedGold}). Where each claim
 * matches at most one on the other side (every type but quotes) the two are the number of pairs and equal; a quote
 * may meet several gold quotes (a long speech the gold took sentence by sentence), so there they differ. Precision is
 * matchedExtracted / extracted, recall matchedGold / gold. A ratio over nothing counts as perfect: with nothing
 * extracted nothing was invented (precision 1), with no gold claim nothing was missed (recall 1); F1 then still shows
 * the miss (it is 0 when precision or recall is).
 */
public record Score(int extracted, int gold, int matchedExtracted, int matchedGold) {
    public static final Score ZERO = new Score(0, 0, 0, 0);

    public Score {
        if (extracted < 0 || gold < 0 || matchedExtracted < 0 || matchedGold < 0 || matchedExtracted > extracted
                || matchedGold > gold || (matchedExtracted == 0) != (matchedGold == 0)) {
            throw new IllegalArgumentException("bad counts: extracted " + extracted + ", gold " + gold
                    + ", matched extracted " + matchedExtracted + ", matched gold " + matchedGold);
        }
    }

    /** Counts of a one-to-one matching: {@code matched} pairs. */
    public Score(int extracted, int gold, int matched) {
        this(extracted, gold, matched, matched);
    }

    /**
     * The pairs of a one-to-one matching; where one claim may meet several, the smaller of {@link #matchedExtracted}
     * and {@link #matchedGold} (so that matched / extracted and matched / gold never overstate precision or recall).
     */
    public int matched() {
        return Math.min(matchedExtracted, matchedGold);
    }

    public Score plus(Score o) {
        return new Score(extracted + o.extracted, gold + o.gold, matchedExtracted + o.matchedExtracted,
                matchedGold + o.matchedGold);
    }

    /** matchedExtracted / extracted. */
    public double precision() {
        return extracted == 0 ? 1.0 : (double) matchedExtracted / extracted;
    }

    /** matchedGold / gold. */
    public double recall() {
        return gold == 0 ? 1.0 : (double) matchedGold / gold;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
