package org.diplomacykg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The unmatched extracted claims of one type that are near misses of an unmatched gold claim ("partial"): the right
 * claim with one part missing or coarser, so that a missing date is told apart from an invented event. Each partial
 * claim is paired with a different gold claim; {@code byReason} counts what was wrong, a claim counting under each of
 * its reasons (an event may lack both its date and its city), so the reasons may add up to more than {@code count}.
 */
public record Partial(int count, Map<Reason, Integer> byReason) {
    public static final Partial NONE = new Partial(0, Map.of());

    /** What kept a near miss from matching; {@code label} for the table, {@code key} for the JSON. */
    public enum Reason {
        DATE_MISSING("date missing", "dateMissing"),
        DATE_DIFFERS("date differs", "dateDiffers"),
        PLACE_MISSING_OR_COARSER("place missing/coarser", "placeMissingOrCoarser"),
        STATE_OTHER_OR_MISSING("state other/missing", "stateOtherOrMissing"),
        TEXT_OVERLAP_SHORT("text overlap < 80%", "textOverlapShort"),
        AS_OVERLAP_SHORT("as-phrase overlap < 60%", "asOverlapShort"),
        SPEAKER_OTHER_OR_MISSING("speaker other/missing", "speakerOtherOrMissing"),
        TYPE_OTHER("type other", "typeOther");

        private final String label;
        private final String key;

        Reason(String label, String key) {
            this.label = label;
            this.key = key;
        }

        public String label() {
            return label;
        }

        public String key() {
            return key;
        }
    }

    public Partial {
        EnumMap<Reason, Integer> m = new EnumMap<>(Reason.class);
        m.putAll(byReason);
        byReason = Collections.unmodifiableMap(m);
    }

    /** This count with one more partial claim, wrong in the given ways. */
    public Partial with(Set<Reason> reasons) {
        EnumMap<Reason, Integer> m = new EnumMap<>(Reason.class);
        m.putAll(byReason);
        reasons.forEach(r -> m.merge(r, 1, Integer::sum));
        return new Partial(count + 1, m);
    }

    public Partial plus(Partial o) {
        EnumMap<Reason, Integer> m = new EnumMap<>(Reason.class);
        m.putAll(byReason);
        o.byReason.forEach((r, n) -> m.merge(r, n, Integer::sum));
        return new Partial(count + o.count, m);
    }

    public int of(Reason r) {
        return byReason.getOrDefault(r, 0);
    }
}
