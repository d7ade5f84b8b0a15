package org.diplomacykg.validate;

/**
 * One SHACL validation result, as plain strings: the focus node and the path (IRIs in full, or {@code _:b0} for a
 * blank node; the path is empty for a constraint on the node itself), the message, the severity ({@code Violation},
 * {@code Warning} or {@code Info}), the constraint component (e.g. {@code MinCountConstraintComponent}, or the IRI of
 * a SPARQL constraint) and the offending value when there is one (else empty).
 */
public record Violation(String focusNode, String path, String message, String severity, String constraint, String value) {
    /** One line for people: severity, focus node, path, message. */
    public String describe() {
        StringBuilder sb = new StringBuilder(severity).append(": ").append(focusNode);
        if (!path.isEmpty()) {
            sb.append(" ").append(path);
        }
        sb.append(": ").append(message);
        if (!value.isEmpty()) {
            sb.append(" (value: ").append(value).append(")");
        }
        return sb.toString();
    }
}
