package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Queries over HTTP: methods, endpoints, result formats, and the union default graph. */
class DkgServerQueryTest {

    /** No GRAPH clause: sees the default graph only, which must be the union of the named graphs. */
    private static final String SUBJECTS = "SELECT DISTINCT ?s WHERE { ?s ?p ?o }";

    private static DkgServer server;

    @BeforeAll
    static void startServer() {
        server = DkgServer.start(twoGraphs(), testConfig());
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.close();
    }

    @Test
    void selectByGetAnswersJsonOverTheUnionOfNamedGraphs() {
        HttpResponse<String> r = getQuery(server.endpointUrl(), SUBJECTS, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith("application/sparql-results+json"), contentType(r));
        assertEquals(Set.of(ONLY_IN_A, ONLY_IN_B), subjects(r.body(), ResultSetLang.RS_JSON));
    }

    @Test
    void selectByPostFormAndByPostBodyAnswerJson() {
        HttpResponse<String> form = postForm(server.endpointUrl(), "query", SUBJECTS, "application/sparql-results+json");
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(Set.of(ONLY_IN_A, ONLY_IN_B), subjects(form.body(), ResultSetLang.RS_JSON));

        HttpResponse<String> direct = post(server.endpointUrl(), "application/sparql-query", SUBJECTS, "application/sparql-results+json");
        assertEquals(200, direct.statusCode(), direct.body());
        assertEquals(Set.of(ONLY_IN_A, ONLY_IN_B), subjects(direct.body(), ResultSetLang.RS_JSON));
    }

    @ParameterizedTest(name = "query at /diplomacy{0}")
    @ValueSource(strings = {"/sparql", "/query", ""})
    void everyQueryEndpointAnswers(String endpoint) {
        HttpResponse<String> r = getQuery(datasetUrl(server) + endpoint, SUBJECTS, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Set.of(ONLY_IN_A, ONLY_IN_B), subjects(r.body(), ResultSetLang.RS_JSON));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "application/sparql-results+xml,  XML",
        "text/csv,                        CSV",
        "text/tab-separated-values,       TSV",
        "application/sparql-results+json, JSON"})
    void resultFormatsByAccept(String accept, String format) {
        HttpResponse<String> r = getQuery(server.endpointUrl(), SUBJECTS, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(accept), "asked " + accept + ", got " + contentType(r));
        assertEquals(Set.of(ONLY_IN_A, ONLY_IN_B), subjects(r.body(), resultsLang(format)));
    }

    @Test
    void namedGraphsStayApart() {
        String q = "SELECT ?s WHERE { GRAPH <" + GRAPH_B.getURI() + "> { ?s ?p ?o } }";
        HttpResponse<String> r = getQuery(server.endpointUrl(), q, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Set.of(ONLY_IN_B), subjects(r.body(), ResultSetLang.RS_JSON));
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
    void constructInRdfFormats(String accept) {
        HttpResponse<String> r = getQuery(server.endpointUrl(), "CONSTRUCT WHERE { ?s ?p ?o }", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(accept), "asked " + accept + ", got " + contentType(r));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), RDFLanguages.contentTypeToLang(accept)).parse(g);
        assertEquals(3, g.size(), r.body());
    }

    @Test
    void readOnlyGraphStoreGivesTheUnionAsDefaultAndNamedGraphsByName() {
        HttpResponse<String> dft = get(datasetUrl(server) + "/get?default", "application/n-triples");
        assertEquals(200, dft.statusCode(), dft.body());
        assertEquals(3, dft.body().lines().filter(l -> !l.isBlank()).count(), dft.body());

        HttpResponse<String> named = get(datasetUrl(server) + "?graph=" + enc(GRAPH_A.getURI()), "application/n-triples");
        assertEquals(200, named.statusCode(), named.body());
        assertEquals(2, named.body().lines().filter(l -> !l.isBlank()).count(), named.body());
    }

    @Test
    void scriptFunctionsAreRefused() {
        String q = "SELECT ?x WHERE { BIND(<http://jena.apache.org/ARQ/jsFunction#toUpperCase>('kerry') AS ?x) }";
        HttpResponse<String> r = getQuery(server.endpointUrl(), q, "text/csv");
        assertFalse(r.body().contains("KERRY"), r.body());
    }

    /** The store stage may hand over TDB2: queries must still reach TDB2's engine, which does the union itself. */
    @Test
    void unionDefaultGraphOnTdb2() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        fill(tdb);
        try (DkgServer tdbServer = DkgServer.start(tdb, testConfig())) {
            HttpResponse<String> r = getQuery(tdbServer.endpointUrl(), SUBJECTS, "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(Set.of(ONLY_IN_A, ONLY_IN_B), subjects(r.body(), ResultSetLang.RS_JSON));

            HttpResponse<String> dft = get(datasetUrl(tdbServer) + "/get?default", "application/n-triples");
            assertEquals(200, dft.statusCode(), dft.body());
            assertEquals(3, dft.body().lines().filter(l -> !l.isBlank()).count(), dft.body());
        } finally {
            tdb.close();
        }
        assertFalse(tdb.getContext().isDefined(TDB2.symUnionDefaultGraph),
                    "the caller's dataset context is left alone");
    }

    private static Lang resultsLang(String format) {
        return switch (format) {
            case "XML" -> ResultSetLang.RS_XML;
            case "CSV" -> ResultSetLang.RS_CSV;
            case "TSV" -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
    }

    /** Values of ?s; CSV carries no term types, so IRIs come back as plain strings there. */
    private static Set<String> subjects(String body, Lang format) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), format);
        Set<String> out = new HashSet<>();
        rs.forEachRemaining(row -> {
            RDFNode s = row.get("s");
            out.add(s.isURIResource() ? s.asResource().getURI() : s.asLiteral().getLexicalForm());
        });
        return out;
    }
}
