package org.diplomacykg.extract;

/**
 * The kinds of diplomatic event; {@code MEETING} is decided into bilateral or multilateral by its participants, and
 * {@code ATTENDANCE} is folded into a meeting by {@link EventMerger}: neither leaves the extract stage.
 */
public enum EventType {
    VISIT, MEETING, BILATERAL_MEETING, MULTILATERAL_MEETING, SPEECH, PRESS_CONFERENCE, CEREMONY, JOINT_STATEMENT,
    /** Not an event of its own: "X attended", "opened by X" adds X to the meeting the sentence refers to. */
    ATTENDANCE;

    public boolean isMeeting() {
        return this == MEETING || this == BILATERAL_MEETING || this == MULTILATERAL_MEETING;
    }
}
