package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The query time limit: a query past it gets an error status instead of holding the server. */
class DkgServerTimeoutTest {

    private static final Node BIG = NodeFactory.createURI("https://example.org/graph/big");

    /** 3000^3 rows, all to be sorted before the first one can be sent. */
    private static final String HEAVY = "SELECT * WHERE { GRAPH <" + BIG.getURI() + "> { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } } ORDER BY RAND()";

    @Test
    void heavyQueryIsCancelledAtTheLimit() {
        DatasetGraph dsg = twoGraphs();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 3000; i++)
                dsg.add(BIG, NodeFactory.createURI("https://example.org/id/" + i), RDF.Nodes.value, NodeFactory.createLiteralString("v" + i));
        });
        try (DkgServer server = DkgServer.start(dsg, testConfig().withTimeout(Duration.ofMillis(200)))) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = getQuery(server.endpointUrl(), HEAVY, "application/sparql-results+json");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(ms < 10_000, "took " + ms + " ms to give up");
        }
    }

    @Test
    void lightQueryPassesWithTheDefaultLimit() {
        try (DkgServer server = DkgServer.start(twoGraphs(), testConfig())) {
            HttpResponse<String> r = getQuery(server.endpointUrl(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("n\r\n3\r\n", r.body());
        }
    }
}
