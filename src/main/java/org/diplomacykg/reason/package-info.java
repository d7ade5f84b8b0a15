/**
 * Reasoning, a side road after the store: runs one of Jena's reasoners over the asserted data and keeps what it
 * adds, as the graph {@code graph/inferred/{reasoner}} ({@link org.diplomacykg.reason.Inference},
 * {@link org.diplomacykg.reason.Reasoning}); the experiments compare query answers with and without it
 * ({@link org.diplomacykg.reason.Experiments}).
 * <ul>
 * <li>Needs: a dataset, the ontology and {@code ontology/diplomacy.rules}; the inferred graph's name from
 *     {@link org.diplomacykg.graph.IriMinter} (stage {@code graph}); the union default graph view of {@code store}.</li>
 * <li>Gives: the inferred graph, and a dataset view with it that {@code server} can serve.</li>
 * <li>Must not import: {@code validate}, {@code eval} (its peers), {@code server} or any later stage; CoreNLP,
 *     servlets, Jetty, Fuseki. {@link org.diplomacykg.reason.Experiments} queries through the view the endpoint
 *     answers with, {@link org.diplomacykg.store.UnionDefaultGraphView} (stage {@code store}).</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.reason;
