package org.diplomacykg.extract;

/**
 * The kinds of diplomatic event; {@code MEETING} is decided into bilateral or multilateral by its participants, and
 * {@code ATTENDANCE}, {@code JOINING} and {@code ARRIVAL} are folded into meetings and visits by {@link EventMerger}:
 * none of them leaves the extract stage.
 */
public enum EventType {
    VISIT, MEETING, BILATERAL_MEETING, MULTILATERAL_MEETING, SPEECH, PRESS_CONFERENCE, CEREMONY, JOINT_STATEMENT,
    /** Not an event of its own: "X attended", "opened by X" adds X to the meeting the sentence refers to. */
    ATTENDANCE,
    /**
     * Not an event of its own: "after the meeting, they were joined by X" is a new meeting of the latest meeting's
     * participants and X, on that meeting's day and place.
     */
    JOINING,
    /**
     * Not an event of its own: "X arrived on Monday" with no place dates the visit the article has X on (undated, the
     * one visit of X reported before it).
     */
    ARRIVAL;

    public boolean isMeeting() {
        return this == MEETING || this == BILATERAL_MEETING || this == MULTILATERAL_MEETING;
    }
}
