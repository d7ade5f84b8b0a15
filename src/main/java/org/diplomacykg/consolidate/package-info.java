/**
 * The consolidate stage: reads the event reports of every article graph of a dataset, joins the reports of one real
 * event ({@link org.diplomacykg.consolidate.Clusterer}) and writes the graph {@code graph/consolidated}: consolidated
 * events, conflicts between reports, trips ({@link org.diplomacykg.consolidate.Consolidator}). Article graphs are never
 * changed.
 * <ul>
 * <li>Needs: a dataset with article graphs, the metadata graph (article dates) and the gazetteer graph (which place lies
 *     in which); IRIs read and minted through {@link org.diplomacykg.graph.IriMinter} (stage {@code graph}).</li>
 * <li>Gives: the consolidated graph, or the summary of an article graph that consolidation needs (for streaming).</li>
 * <li>Must not import: {@code store} or any later stage, CoreNLP.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.consolidate;
