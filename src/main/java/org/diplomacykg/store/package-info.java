/**
 * The store stage: datasets at rest. Files ({@link org.diplomacykg.store.DatasetFiles}: TriG, N-Quads, JSON-LD …,
 * written atomically), the dumps ({@link org.diplomacykg.store.Dumps}), the JSON-LD context and writer
 * ({@link org.diplomacykg.store.JsonLdLib}) and TDB2 on disk ({@link org.diplomacykg.store.TdbStore}: a sink of quads that
 * writes one article batch per write transaction as they arrive, whether from a file or from the converter); the RDF formats a document is written in, with their content types,
 * and the content negotiation between them ({@link org.diplomacykg.store.RdfFormat}, used by {@code server}); the
 * read-only view whose default graph is the union of the named graphs, which the endpoint answers with and the
 * reasoning experiments query ({@link org.diplomacykg.store.UnionDefaultGraphView}).
 * <ul>
 * <li>Needs: datasets or quad streams made by {@code pipeline}; {@code graph} (graph names through
 *     {@link org.diplomacykg.graph.IriMinter}). It runs no stage: consolidating a store again is {@code pipeline}'s.</li>
 * <li>Gives: files, dumps, an open TDB2 dataset; {@link org.diplomacykg.store.RdfFormat};
 *     {@link org.diplomacykg.store.UnionDefaultGraphView}.</li>
 * <li>Must not import: {@code validate}, {@code reason}, {@code eval}, {@code server} or any later stage; CoreNLP,
 *     servlets, Jetty, Fuseki.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.store;
