package org.diplomacykg.eval;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * Pairs extracted claims with gold claims so that each is used at most once and as many pairs as possible are made
 * (maximum bipartite matching by augmenting paths). Deterministic: extracted claims are taken in order and each tries
 * the gold claims in order, so the same lists always give the same pairs.
 */
public final class Assignment {
    private Assignment() {}

    /**
     * @return for each extracted claim, the index of the gold claim it is paired with, or -1
     */
    public static int[] pair(int extracted, int gold, BiPredicate<Integer, Integer> matches) {
        boolean[][] can = new boolean[extracted][gold];
        for (int e = 0; e < extracted; e++) {
            for (int g = 0; g < gold; g++) {
                can[e][g] = matches.test(e, g);
            }
        }
        int[] goldTo = new int[gold];
        Arrays.fill(goldTo, -1);
        for (int e = 0; e < extracted; e++) {
            augment(e, can, goldTo, new boolean[gold]);
        }
        int[] out = new int[extracted];
        Arrays.fill(out, -1);
        for (int g = 0; g < gold; g++) {
            if (goldTo[g] >= 0) {
                out[goldTo[g]] = g;
            }
        }
        return out;
    }

    private static boolean augment(int e, boolean[][] can, int[] goldTo, boolean[] seen) {
        for (int g = 0; g < goldTo.length; g++) {
            if (can[e][g] && !seen[g]) {
                seen[g] = true;
                if (goldTo[g] < 0 || augment(goldTo[g], can, goldTo, seen)) {
                    goldTo[g] = e;
                    return true;
                }
            }
        }
        return false;
    }
}
