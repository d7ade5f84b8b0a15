/**
 * Evaluation, a side road after the store: compares the claims the converter extracts with gold files
 * ({@code GOLD-FORMAT.md}; {@link org.diplomacykg.eval.Evaluator}, {@link org.diplomacykg.eval.ClaimMatcher}) and scores
 * how the consolidate stage joins reports of one event ({@link org.diplomacykg.eval.CoreferenceScorer}).
 * <ul>
 * <li>Needs: articles ({@code article}), an extractor of claims ({@code extract}, given by {@code pipeline}), the
 *     gazetteer and topics ({@code graph}), the {@link org.diplomacykg.consolidate.Clusterer} ({@code consolidate}),
 *     gold files.</li>
 * <li>Gives: an {@link org.diplomacykg.eval.Evaluation}, as a table or JSON.</li>
 * <li>Must not import: {@code validate}, {@code reason} (its peers), {@code server}, {@code pipeline}, {@code bench},
 *     {@code cli}; CoreNLP, servlets, Jetty, Fuseki.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.eval;
