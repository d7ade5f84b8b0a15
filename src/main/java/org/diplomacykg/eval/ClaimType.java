package org.diplomacykg.eval;

/** The kinds of claim {@code evaluate} scores, with the names they have in its table and JSON. */
public enum ClaimType {
    ENTITIES("entities"), POSTS("posts"), EVENTS("events"), QUOTES("quotes"),
    CHARACTERISATIONS("characterisations"), TOPICS("topics");

    private final String key;

    ClaimType(String key) {
        this.key = key;
    }

    /** The name in the table and the JSON ({@code "entities"}). */
    public String key() {
        return key;
    }
}
