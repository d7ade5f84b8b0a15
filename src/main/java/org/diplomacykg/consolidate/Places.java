package org.diplomacykg.consolidate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the reference data says about places and persons: which place lies in which, and whose state is whose. */
public final class Places {
    private final Map<String, Set<String>> locatedIn;
    private final Map<String, String> citizenOf;
    private final Map<String, String> types;

    /**
     * @param locatedIn place IRI → IRIs of the places it lies in (directly)
     * @param citizenOf person IRI → state IRI
     * @param types     entity IRI → local name of its class (City, State, Region, Person, ...)
     */
    public Places(Map<String, Set<String>> locatedIn, Map<String, String> citizenOf, Map<String, String> types) {
        this.locatedIn = Map.copyOf(locatedIn);
        this.citizenOf = Map.copyOf(citizenOf);
        this.types = Map.copyOf(types);
    }

    /** Whether {@code inner} lies in {@code outer}, transitively. */
    public boolean inside(String inner, String outer) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new java.util.ArrayList<>(locatedIn.getOrDefault(inner, Set.of()));
        while (!todo.isEmpty()) {
            String p = todo.remove(todo.size() - 1);
            if (p.equals(outer)) {
                return true;
            }
            if (seen.add(p)) {
                todo.addAll(locatedIn.getOrDefault(p, Set.of()));
            }
        }
        return false;
    }

    /** Same place, or one inside the other. */
    public boolean compatible(String a, String b) {
        return a.equals(b) || inside(a, b) || inside(b, a);
    }

    /** Whether both places are, or lie in, one and the same state (Samarkand and Tashkent: Uzbekistan). */
    public boolean sameState(String a, String b) {
        Set<String> states = states(a);
        states.retainAll(states(b));
        return !states.isEmpty();
    }

    private Set<String> states(String place) {
        Set<String> out = new HashSet<>();
        List<String> todo = new java.util.ArrayList<>(List.of(place));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String p = todo.remove(todo.size() - 1);
            if (seen.add(p)) {
                if ("State".equals(type(p))) {
                    out.add(p);
                }
                todo.addAll(locatedIn.getOrDefault(p, Set.of()));
            }
        }
        return out;
    }

    public String citizenOf(String person) {
        return citizenOf.get(person);
    }

    public String type(String iri) {
        return types.getOrDefault(iri, "");
    }

    /** A participant set with the states of its persons added: "Kerry" and "the United States" meet there. */
    public Set<String> sides(Set<String> participants) {
        Set<String> out = new HashSet<>(participants);
        for (String p : participants) {
            String s = citizenOf.get(p);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    static Places empty() {
        return new Places(new HashMap<>(), new HashMap<>(), new HashMap<>());
    }
}
