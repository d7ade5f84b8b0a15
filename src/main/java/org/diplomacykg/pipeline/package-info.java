/**
 * The pipeline: drives the stages for many articles ({@link org.diplomacykg.pipeline.Converter}, on the workers
 * of {@link org.diplomacykg.pipeline.ArticleWorkers}): article → nlp → extract → graph for each file, then the
 * reference graphs (ontology, gazetteer) and consolidation, into an in-memory dataset or a stream of quads.
 * <ul>
 * <li>Needs: article files, a {@link org.diplomacykg.pipeline.ConverterConfig} (base IRI, gazetteer, rules, ontology,
 *     topics) and an {@link org.diplomacykg.nlp.NlpPipeline}.</li>
 * <li>Gives: a {@link org.diplomacykg.pipeline.ConversionReport} with the dataset, or the quads sent to a stream.</li>
 * <li>Must not import: {@code bench}, {@code cli}; it uses no {@code store}, {@code server}, {@code validate},
 *     {@code reason}, {@code eval} today. Servlets, Jetty, Fuseki, CoreNLP stay out (the NLP comes in as an
 *     {@link org.diplomacykg.nlp.NlpPipeline}).</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.pipeline;
