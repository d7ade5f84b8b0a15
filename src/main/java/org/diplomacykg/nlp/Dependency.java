package org.diplomacykg.nlp;

/**
 * A typed dependency between two tokens of a sentence (Universal Dependencies, enhanced++ form).
 *
 * @param relation  the relation, e.g. {@code nsubj}, {@code obl:with}, {@code conj:and}
 * @param governor  index of the head token
 * @param dependent index of the dependent token
 */
public record Dependency(String relation, int governor, int dependent) {}
