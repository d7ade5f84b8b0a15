/**
 * The NLP stage: annotates an article with sentences, tokens, parts of speech, lemmas, named entities, dates and
 * dependencies, through {@link org.diplomacykg.nlp.NlpPipeline}; {@link org.diplomacykg.nlp.CoreNlpPipeline} is the
 * project's one door to Stanford CoreNLP.
 * <ul>
 * <li>Needs: an {@link org.diplomacykg.article.Article} (stage {@code article}); the word lists of
 *     {@code data/rules/date-words.tsv} ({@link org.diplomacykg.nlp.WordLists}).</li>
 * <li>Gives: an {@link org.diplomacykg.nlp.AnnotatedArticle} of plain Java records
 *     ({@link org.diplomacykg.nlp.Sentence}, {@link org.diplomacykg.nlp.Token}, {@link org.diplomacykg.nlp.Dependency}),
 *     so no later stage sees a CoreNLP type.</li>
 * <li>Must not import: {@code extract} or any later stage, Jena. Only this package (and {@code bench}, which
 *     measures CoreNLP's own pipeline) imports {@code edu.stanford.nlp}.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.nlp;
