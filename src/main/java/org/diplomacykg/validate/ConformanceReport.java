package org.diplomacykg.validate;

import java.util.List;

/**
 * The outcome of validating a graph against the SHACL shapes: whether it conforms, every result (sorted by focus
 * node, path and message, so two runs print the same), and the SHACL validation report itself as Turtle text.
 */
public record ConformanceReport(boolean conforms, List<Violation> violations, String turtle) {
    public ConformanceReport {
        violations = List.copyOf(violations);
    }

    /** One line: "conforms" or the number of results by severity. */
    public String summary() {
        if (conforms) {
            return "SHACL: conforms (0 violations)";
        }
        long v = violations.stream().filter(x -> x.severity().equals("Violation")).count();
        long w = violations.stream().filter(x -> x.severity().equals("Warning")).count();
        long i = violations.size() - v - w;
        StringBuilder sb = new StringBuilder("SHACL: does not conform: ").append(v).append(v == 1 ? " violation" : " violations");
        if (w > 0) {
            sb.append(", ").append(w).append(w == 1 ? " warning" : " warnings");
        }
        if (i > 0) {
            sb.append(", ").append(i).append(" info");
        }
        return sb.toString();
    }
}
