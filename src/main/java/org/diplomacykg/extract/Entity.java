package org.diplomacykg.extract;

import java.util.Objects;

/**
 * An entity an article names: either a gazetteer entry (then {@code iri} is its reference IRI) or a name the NLP
 * found that the gazetteer lacks ({@code iri} null; the graph stage mints one from type and label).
 */
public record Entity(EntityType type, String label, String iri, GazetteerEntry entry) {
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
    }

    public static Entity of(GazetteerEntry e) {
        return new Entity(e.type(), e.label(), e.iri(), e);
    }

    public static Entity unknown(EntityType type, String label) {
        return new Entity(type, label, null, null);
    }

    public boolean inGazetteer() {
        return entry != null;
    }

    /** Identity for joining mentions: the IRI when known, else type and label. */
    public String key() {
        return iri != null ? iri : type + ":" + label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Entity other && key().equals(other.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return label + "(" + type + ")";
    }
}
