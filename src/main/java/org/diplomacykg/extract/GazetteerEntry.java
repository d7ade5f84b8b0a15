package org.diplomacykg.extract;

import java.util.List;

/**
 * One reference entity of the gazetteer.
 *
 * @param iri       its IRI
 * @param type      its type
 * @param label     preferred English label
 * @param names     every name it goes by: the preferred label first, then spelling variants
 * @param demonyms  adjectives naming what belongs to it ("Uzbek"), for states and organisations
 * @param gender    "male", "female" or null, for persons (used to resolve pronouns)
 * @param citizenOf IRI of a person's state, or null
 * @param locatedIn IRIs of the places it lies in
 */
public record GazetteerEntry(String iri, EntityType type, String label, List<String> names, List<String> demonyms,
                             String gender, String citizenOf, List<String> locatedIn) {
    public GazetteerEntry {
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
        locatedIn = List.copyOf(locatedIn);
    }
}
