/**
 * The graph stage: turns one article's claims into RDF ({@link org.diplomacykg.graph.GraphBuilder}): the article's
 * named graph and its metadata (provenance of the conversion). Holds the two things every later stage shares: the IRI
 * layout, known only to {@link org.diplomacykg.graph.IriMinter} (what an IRI names, which article it belongs to), and
 * the vocabularies {@link org.diplomacykg.graph.DKG} and {@link org.diplomacykg.graph.PROV}, the only classes that
 * spell terms of those namespaces. Also reads the reference RDF (gazetteer, topic scheme) into the plain-Java types of
 * {@code extract}, and the ontology into {@link org.diplomacykg.graph.OntologyView}, the records both the server's HTML
 * page of the ontology and {@code validate}'s {@code docs/ontology.md} are written from.
 * <ul>
 * <li>Needs: {@link org.diplomacykg.extract.Claims} (stage {@code extract}), the base IRI, {@code data/gazetteer.ttl}
 *     and the topic scheme.</li>
 * <li>Gives: {@link org.diplomacykg.graph.GraphBuilder.ArticleGraphs} (Jena models), IRIs, terms, the
 *     {@link org.diplomacykg.graph.OntologyView} of an ontology.</li>
 * <li>Must not import: {@code consolidate} or any later stage, CoreNLP.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} and {@code OntologyTermsTest} check the imports and terms.
 */
package org.diplomacykg.graph;
