package org.diplomacykg.extract;

/**
 * The kinds of entity the converter knows; {@code PLACE} is a location whose kind (city, state) is not known, and
 * {@code VENUE} a named building or site inside a city (a palace, an airport, a memorial).
 */
public enum EntityType {
    PERSON, STATE, CITY, ORGANISATION, REGION, PLACE, VENUE;

    /** Whether an entity of this type can be where an event happens. */
    public boolean isPlace() {
        return this == STATE || this == CITY || this == REGION || this == PLACE || this == VENUE;
    }

    /** Whether an entity of this type can take part in an event. */
    public boolean isActor() {
        return this == PERSON || this == STATE || this == ORGANISATION;
    }
}
