package org.diplomacykg.extract;

/** The kinds of diplomatic event; {@code MEETING} is decided into bilateral or multilateral by its participants. */
public enum EventType {
    VISIT, MEETING, BILATERAL_MEETING, MULTILATERAL_MEETING, SPEECH, PRESS_CONFERENCE, CEREMONY, JOINT_STATEMENT;

    public boolean isMeeting() {
        return this == MEETING || this == BILATERAL_MEETING || this == MULTILATERAL_MEETING;
    }
}
