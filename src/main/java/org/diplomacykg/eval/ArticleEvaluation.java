package org.diplomacykg.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How one article's extracted claims compare with its gold: per claim type the counts, and the claims left unmatched
 * on each side, written for a person to read ({@code missed}: gold claims not extracted; {@code invented}: extracted
 * claims the gold lacks).
 */
public record ArticleEvaluation(String article, Map<ClaimType, TypeResult> byType) {
    public ArticleEvaluation {
        byType = Map.copyOf(new EnumMap<>(byType));
    }

    /** {@code partial}: how many of the invented claims are near misses of a missed gold claim ({@link Partial}). */
    public record TypeResult(Score score, List<String> missed, List<String> invented, Partial partial) {
        public TypeResult {
            missed = List.copyOf(missed);
            invented = List.copyOf(invented);
        }

        public TypeResult(Score score, List<String> missed, List<String> invented) {
            this(score, missed, invented, Partial.NONE);
        }
    }

    public TypeResult result(ClaimType type) {
        return byType.get(type);
    }
}
