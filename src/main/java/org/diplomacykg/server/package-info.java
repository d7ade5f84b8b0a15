/**
 * The server stage, last of the flow: serves a dataset over HTTP with Fuseki
 * ({@link org.diplomacykg.server.DkgServer}): the SPARQL endpoint with the union of the named graphs as default graph,
 * the Linked Data IRIs (303 to {@code /page/…} and {@code /data/…}), the ontology, the JSON-LD context, VoID and the
 * service description, the dumps. Its HTML pages are the jte templates of {@code src/main/jte}, compiled into this
 * package at build time ({@link org.diplomacykg.server.Pages}).
 * <ul>
 * <li>Needs: a dataset (in memory or TDB2, from {@code store}), optionally with the inferred graph (from
 *     {@code reason}, made by {@code pipeline.Serving}, given by {@code cli}), and a
 *     {@link org.diplomacykg.server.ServerConfig}; IRIs and terms from {@code graph}; the RDF formats and the content
 *     negotiation rule from {@code store} ({@link org.diplomacykg.store.RdfFormat}).</li>
 * <li>Gives: HTTP answers.</li>
 * <li>Must not import: {@code pipeline}, {@code bench}, {@code cli}; {@code validate}, {@code reason}, {@code eval};
 *     CoreNLP. Servlets, Jetty and Fuseki are this package's (and {@code bench}'s and {@code cli}'s, which start
 *     servers); so is jte.</li>
 * </ul>
 * See {@code docs/architecture.md}; {@code ArchitectureTest} checks the imports.
 */
package org.diplomacykg.server;
