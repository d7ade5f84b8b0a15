/**
 * Validation, a side road after the store: checks RDF against the SHACL shapes
 * ({@link org.diplomacykg.validate.Validator}) and writes the reference part of {@code docs/ontology.md} from the
 * ontology ({@link org.diplomacykg.validate.OntologyDoc}, from the {@link org.diplomacykg.graph.OntologyView} the
 * server's ontology page is written from too).
 * <ul>
 * <li>Needs: a graph or dataset, {@code ontology/diplomacy-shapes.ttl}, the ontology files; terms from
 *     {@link org.diplomacykg.graph.DKG} (stage {@code graph}).</li>
 * <li>Gives: a {@link org.diplomacykg.validate.ConformanceReport}; the generated ontology document.</li>
 * <li>Must not import: {@code reason}, {@code eval} (its peers), {@code server} or any later stage; CoreNLP,
 *     servlets, Jetty, Fuseki.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.validate;
