/**
 * The graph stage: turns one article's claims into RDF ({@link org.diplomacykg.graph.GraphBuilder}): the article's
 * named graph and its metadata (provenance of the conversion). Holds the two things every later stage shares: the IRI
 * layout, known only to {@link org.diplomacykg.graph.IriMinter} (what an IRI names, which article it belongs to), and
 * the vocabularies {@link org.diplomacykg.graph.DKG} and {@link org.diplomacykg.graph.PROV}, the only classes that
 * spell terms of those namespaces. Also reads the reference RDF (gazetteer, topic scheme) into the plain-Java types of
 * {@code extract}.
 * <ul>
 * <li>Needs: {@link org.diplomacykg.extract.Claims} (stage {@code extract}), the base IRI, {@code data/gazetteer.ttl}
 *     and the topic scheme.</li>
 * <li>Gives: {@link org.diplomacykg.graph.GraphBuilder.ArticleGraphs} (Jena models), IRIs, terms.</li>
 * <li>Must not import: {@code consolidate} or any later stage, CoreNLP.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} and {@code OntologyTermsTest} check the imports and terms.
 */
package org.diplomacykg.graph;
