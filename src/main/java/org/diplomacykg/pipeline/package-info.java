/**
 * The pipeline: drives the stages for many articles ({@link org.diplomacykg.pipeline.Converter}, on the workers
 * of {@link org.diplomacykg.pipeline.ArticleWorkers}): article → nlp → extract → graph for each file, then the
 * reference graphs (ontology, gazetteer), as one stream of quads through consolidation
 * ({@link org.diplomacykg.consolidate.ConsolidatingStream}) into one sink: an in-memory dataset, a TriG writer, or TDB2
 * directly ({@code store.TdbStore.loadStream}, a batch of whole articles per transaction as the quads arrive). Around it,
 * the work of the commands, which only call it and print what its listeners are told:
 * {@link org.diplomacykg.pipeline.Conversion} ({@code convert}: a streamed TriG file, validated part by part by
 * {@link org.diplomacykg.pipeline.StreamValidation}), {@link org.diplomacykg.pipeline.Loading} ({@code load}: files and
 * article batches into TDB2, then the store consolidated again through the same consolidating stream), {@link org.diplomacykg.pipeline.Serving} ({@code serve}: the datasets to serve, dumps and
 * inferred graph; the dataset just converted is served, not read back), {@link org.diplomacykg.pipeline.Inferring}
 * ({@code infer}) and {@link org.diplomacykg.pipeline.BuiltDataset} (the built dataset, converted again when older than
 * an input).
 * <ul>
 * <li>Needs: article files ({@link org.diplomacykg.pipeline.Articles}), a
 *     {@link org.diplomacykg.pipeline.ConverterConfig} (base IRI, gazetteer, rules, ontology, topics) and an
 *     {@link org.diplomacykg.nlp.NlpPipeline}; {@code store}, {@code validate} and {@code reason} for the commands' work.</li>
 * <li>Gives: a {@link org.diplomacykg.pipeline.ConversionReport} with the dataset, or the quads sent to a sink; the
 *     files, databases and datasets the commands make.</li>
 * <li>Must not import: {@code server} (the commands start the server with what this gives), {@code eval}, {@code bench},
 *     {@code cli}. Servlets, Jetty, Fuseki, CoreNLP stay out (the NLP comes in as an
 *     {@link org.diplomacykg.nlp.NlpPipeline}), and picocli: nothing here parses options or prints.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.pipeline;
