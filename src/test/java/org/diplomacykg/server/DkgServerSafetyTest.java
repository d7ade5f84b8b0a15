package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The result-row limit, and SPARQL Update when it is turned on: separate endpoint, LOAD refused, same origin only. */
class DkgServerSafetyTest {

    private static final String INSERT = "INSERT DATA { GRAPH <https://example.org/graph/added> "
        + "{ <https://example.org/id/new> <http://www.w3.org/2000/01/rdf-schema#label> 'added' } }";

    @Test
    void rowsAreCutAtTheLimit() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(d, () -> {
            for (int i = 0; i < 20; i++)
                d.add(GRAPH_A, NodeFactory.createURI("https://example.org/s" + i), RDFS.Nodes.label, NodeFactory.createLiteralString("s" + i));
        });
        try (DkgServer s = DkgServer.start(d, testConfig().withMaxRows(5))) {
            assertEquals(5, rows(s, "SELECT * { ?s ?p ?o }"));
            assertEquals(3, rows(s, "SELECT * { ?s ?p ?o } LIMIT 3"));
            assertEquals(5, rows(s, "SELECT * { ?s ?p ?o } LIMIT 50"));
            assertEquals(5, rows(s, "SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 2"));
            // Aggregates count everything: the limit is on the rows returned.
            HttpResponse<String> count = getQuery(s.endpointUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "application/sparql-results+json");
            assertTrue(count.body().contains("\"20\""), count.body());
            HttpResponse<String> ttl = getQuery(s.endpointUrl(), "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(5, ttl.body().lines().filter(l -> !l.isBlank()).count(), ttl.body());
        }
    }

    @Test
    void limitIsAddedOnlyWhereNeeded() {
        assertFalse(DkgQueryProcessor.limited(QueryFactory.create("ASK { ?s ?p ?o }"), 10).hasLimit());
        assertEquals(3, DkgQueryProcessor.limited(QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 3"), 10).getLimit());
        assertEquals(10, DkgQueryProcessor.limited(QueryFactory.create("SELECT * { ?s ?p ?o }"), 10).getLimit());
        assertEquals(10, DkgQueryProcessor.limited(QueryFactory.create("DESCRIBE ?s { ?s ?p ?o } LIMIT 99"), 10).getLimit());
        // Every HAVING condition stays (Jena 5.6.0's Query.cloneQuery() would lose the second one).
        Query having = DkgQueryProcessor.limited(QueryFactory.create(
            "SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (COUNT(*) > 1) (COUNT(*) < 3)"), 10);
        assertTrue(having.toString().contains("< 3"), having.toString());
    }

    @Test
    void onlySparql11IsAccepted() {
        try (DkgServer s = DkgServer.start(twoGraphs(), testConfig())) {
            // Valid ARQ, invalid SPARQL 1.1.
            HttpResponse<String> r = getQuery(s.endpointUrl(), "SELECT * { ?s ?p ?o } GROUP BY ?s", "application/sparql-results+json");
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("SPARQL 1.1"), r.body());
            assertEquals(200, getQuery(s.endpointUrl(), "SELECT ?s { ?s ?p ?o } GROUP BY ?s", "application/sparql-results+json").statusCode());
        }
    }

    private static long rows(DkgServer s, String query) {
        HttpResponse<String> r = getQuery(s.endpointUrl(), query, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().size();
    }

    @Test
    void updateIsOffByDefault() {
        try (DkgServer s = DkgServer.start(twoGraphs(), testConfig())) {
            HttpResponse<String> r = send("POST", s.updateUrl(), "application/sparql-update", INSERT);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        }
    }

    @Test
    void updateOnItsOwnEndpointWhenTurnedOn() {
        DatasetGraph d = twoGraphs();
        try (DkgServer s = DkgServer.start(d, testConfig().withUpdate(true))) {
            // Not at the query endpoint.
            assertTrue(send("POST", s.endpointUrl(), "application/sparql-update", INSERT).statusCode() >= 400);
            HttpResponse<String> r = send("POST", s.updateUrl(), "application/sparql-update", INSERT);
            assertEquals(2, r.statusCode() / 100, r.body());
            assertTrue(Txn.calculateRead(d, () -> d.contains(NodeFactory.createURI("https://example.org/graph/added"), Node.ANY, Node.ANY, Node.ANY)));
            // The query endpoint sees it through the union default graph.
            HttpResponse<String> q = getQuery(s.endpointUrl(), "ASK { <https://example.org/id/new> ?p 'added' }", "application/sparql-results+json");
            assertTrue(q.body().contains("true"), q.body());
            // The form encoding works too, and the service description says where updates go.
            assertEquals(2, send("POST", s.updateUrl(), "application/x-www-form-urlencoded",
                                 "update=" + enc("DELETE DATA { GRAPH <https://example.org/graph/added> { <https://example.org/id/new> <http://www.w3.org/2000/01/rdf-schema#label> 'added' } }"))
                .statusCode() / 100);
            assertTrue(get(s.endpointUrl(), "text/turtle").body().contains("SPARQL11Update"));
        }
    }

    @Test
    void updateWorksOnTdb2WithTheUnionDefaultGraph() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        fill(tdb);
        try (DkgServer s = DkgServer.start(tdb, testConfig().withUpdate(true))) {
            assertEquals(2, send("POST", s.updateUrl(), "application/sparql-update", INSERT).statusCode() / 100);
            HttpResponse<String> q = getQuery(s.endpointUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "application/sparql-results+json");
            assertTrue(q.body().contains("\"4\""), q.body());
        }
    }

    @Test
    void loadIsRefusedWithoutAConnection() throws Exception {
        try (DkgServer s = DkgServer.start(twoGraphs(), testConfig().withUpdate(true));
             ServerSocket trap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            trap.setSoTimeout(1500);
            AtomicBoolean connected = new AtomicBoolean(false);
            Thread t = new Thread(() -> {
                try {
                    trap.accept().close();
                    connected.set(true);
                } catch (SocketTimeoutException e) {
                    // no connection: what the test wants
                } catch (Exception e) {
                    // closed
                }
            });
            t.start();
            HttpResponse<String> r = send("POST", s.updateUrl(), "application/sparql-update",
                                          "LOAD <http://127.0.0.1:" + trap.getLocalPort() + "/data.jsonld>");
            t.join();
            assertEquals(403, r.statusCode(), r.body());
            assertFalse(connected.get(), "the server fetched the URL");
            assertEquals(403, send("POST", s.updateUrl(), "application/sparql-update", "LOAD <file:///etc/passwd>").statusCode());
        }
    }

    @Test
    void updateFromAnotherOriginIsRefusedAndGetsNoCors() {
        try (DkgServer s = DkgServer.start(twoGraphs(), testConfig().withUpdate(true))) {
            HttpRequest fromElsewhere = HttpRequest.newBuilder(URI.create(s.updateUrl())).timeout(Duration.ofSeconds(10))
                .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(INSERT))).build();
            HttpResponse<String> r = send(fromElsewhere);
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            HttpRequest preflight = HttpRequest.newBuilder(URI.create(s.updateUrl())).timeout(Duration.ofSeconds(10))
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
            assertTrue(send(preflight).headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }
}
