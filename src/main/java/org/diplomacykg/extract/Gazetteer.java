package org.diplomacykg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference entities, indexed by every name, by the surnames of persons and by demonyms.
 * Names are compared as token sequences after folding case and accents, so "Nazarbaev" and "NAZARBAEV" meet.
 */
public final class Gazetteer {
    private final Map<String, GazetteerEntry> byIri = new LinkedHashMap<>();
    private final Map<String, Set<GazetteerEntry>> byName = new HashMap<>();
    private final Map<String, Set<GazetteerEntry>> bySurname = new HashMap<>();
    private final Map<String, Set<GazetteerEntry>> byDemonym = new HashMap<>();
    private final Map<String, Set<GazetteerEntry>> byFirstName = new HashMap<>();
    private int longestName = 1;

    public Gazetteer(Collection<GazetteerEntry> entries) {
        for (GazetteerEntry e : entries) {
            byIri.put(e.iri(), e);
            for (String n : e.names()) {
                String key = fold(n);
                add(byName, key, e);
                add(byName, fold(n.replace(".", "")), e);
                longestName = Math.max(longestName, key.split(" ").length + 1);
                if (e.type() == EntityType.PERSON) {
                    String[] parts = n.trim().split("\\s+");
                    if (parts.length > 1) {
                        add(bySurname, fold(parts[parts.length - 1]), e);
                        // Family name first in Chinese, Korean, Hungarian names: "Xi" for Xi Jinping.
                        add(byFirstName, fold(parts[0]), e);
                    }
                }
            }
            for (String d : e.demonyms()) {
                add(byDemonym, fold(d), e);
            }
        }
    }

    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    private static void add(Map<String, Set<GazetteerEntry>> map, String key, GazetteerEntry e) {
        map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e);
    }

    /** Lower case, accents stripped, typographic apostrophes and dashes plain, white space single. */
    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2012', '-');
        // "Co-operation" and "Cooperation" are one spelling.
        n = n.replaceAll("(?<=\\p{L})-(?=\\p{L})", "");
        return n.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    public Collection<GazetteerEntry> entries() {
        return byIri.values();
    }

    public Optional<GazetteerEntry> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** Entries having exactly this name (any of their labels). */
    public Set<GazetteerEntry> byName(String name) {
        return byName.getOrDefault(fold(name), Set.of());
    }

    /** Persons whose surname (last word of a label) this is. */
    public Set<GazetteerEntry> bySurname(String surname) {
        return bySurname.getOrDefault(fold(surname), Set.of());
    }

    /** Persons whose name starts with this word. */
    public Set<GazetteerEntry> byFirstWord(String word) {
        return byFirstName.getOrDefault(fold(word), Set.of());
    }

    /** States and organisations with this demonym. */
    public Set<GazetteerEntry> byDemonym(String demonym) {
        return byDemonym.getOrDefault(fold(demonym), Set.of());
    }

    /** The largest number of tokens a name can have, to bound look-ups. */
    public int longestName() {
        return longestName;
    }

    /** Whether the inner entity lies in the outer one, transitively, by the gazetteer (not when they are the same). */
    public boolean inside(Entity inner, Entity outer) {
        return inner.entry() != null && outer.iri() != null
                && containers(inner.entry()).stream().anyMatch(c -> c.iri().equals(outer.iri()));
    }

    /** The entries that a place lies in, transitively. */
    public List<GazetteerEntry> containers(GazetteerEntry place) {
        List<GazetteerEntry> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(place.locatedIn());
        while (!todo.isEmpty()) {
            String iri = todo.remove(0);
            if (seen.add(iri) && byIri.containsKey(iri)) {
                GazetteerEntry c = byIri.get(iri);
                out.add(c);
                todo.addAll(c.locatedIn());
            }
        }
        return out;
    }
}
