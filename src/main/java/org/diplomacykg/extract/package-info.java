/**
 * The extract stage: finds the claims of an annotated article with the rule files ({@code data/rules}) and the
 * gazetteer: entities, posts, events, quotes, characterisations and topics, each with the span of text it came from
 * ({@link org.diplomacykg.extract.Extractor}).
 * <ul>
 * <li>Needs: an {@link org.diplomacykg.nlp.AnnotatedArticle} (stage {@code nlp}), a plain-Java
 *     {@link org.diplomacykg.extract.Gazetteer} and {@link org.diplomacykg.extract.TopicScheme} (read from RDF by
 *     stage {@code graph}), the rule files.</li>
 * <li>Gives: {@link org.diplomacykg.extract.Claims}, plain Java records without IRIs of their own (an entity carries the
 *     gazetteer's IRI when it has one).</li>
 * <li>Must not import: {@code graph} or any later stage, Jena, CoreNLP.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.extract;
