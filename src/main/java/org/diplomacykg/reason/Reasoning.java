package org.diplomacykg.reason;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.diplomacykg.graph.IriMinter;

/**
 * The kinds of reasoning that can be run over the asserted data (see {@link Inference}): Jena's RDFS reasoner, Jena's
 * OWL Micro rule reasoner (the Jena reasoner closest to OWL 2 RL; it does not cover all of it), or Jena's generic rule
 * reasoner with the project's rules ({@code ontology/diplomacy.rules}, which include RDFS).
 */
public enum Reasoning {
    RDFS("rdfs"),
    OWL_RL("owl-rl"),
    RULES("rules");

    private final String label;

    Reasoning(String label) {
        this.label = label;
    }

    /** The name on the command line and in the inferred graph's IRI: {@code rdfs}, {@code owl-rl}, {@code rules}. */
    public String label() {
        return label;
    }

    /** The named graph that holds this reasoner's inferred triples: {@code {base}graph/inferred/{label}}. */
    public String graphIri(String base) {
        return new IriMinter(base).inferredGraph(label);
    }

    /**
     * Reads a command-line value ({@code rdfs}, {@code owl-rl}, {@code rules}; case does not matter).
     *
     * @throws IllegalArgumentException naming the values allowed
     */
    public static Reasoning parse(String s) {
        String v = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        for (Reasoning r : values())
            if (r.label.equals(v))
                return r;
        throw new IllegalArgumentException("unknown reasoning '" + s + "': expected one of "
            + Arrays.stream(values()).map(Reasoning::label).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label;
    }
}
