/**
 * The consolidate stage: reads the event reports of every article graph, from quads as they pass
 * ({@link org.diplomacykg.consolidate.ConsolidatingStream}, a sink that keeps only the reports, as records; a dataset, say
 * a TDB2 store consolidated again, is sent through it graph by graph), joins the reports of one real event
 * ({@link org.diplomacykg.consolidate.Clusterer}) and writes the graph {@code graph/consolidated}: consolidated events,
 * conflicts between reports, trips ({@link org.diplomacykg.consolidate.Consolidator}). Article graphs are never
 * changed.
 * <ul>
 * <li>Needs: a stream of quads or a dataset with article graphs (each in one block, in a stream), the metadata graph (article dates) and the gazetteer graph (which place lies
 *     in which); IRIs read and minted through {@link org.diplomacykg.graph.IriMinter} (stage {@code graph}).</li>
 * <li>Gives: the consolidated graph, sent on at the end of the stream or built from a dataset; an article's
 *     {@link org.diplomacykg.consolidate.Consolidator.ArticleReports} (serialisable records, no RDF).</li>
 * <li>Must not import: {@code store} or any later stage, CoreNLP.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.consolidate;
