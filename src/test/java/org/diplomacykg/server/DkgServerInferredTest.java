package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.datasetUrl;
import static org.diplomacykg.server.ServerTestLib.enc;
import static org.diplomacykg.server.ServerTestLib.getQuery;
import static org.diplomacykg.server.ServerTestLib.quadCount;
import static org.diplomacykg.server.ServerTestLib.send;
import static org.diplomacykg.server.ServerTestLib.testConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplomacykg.reason.Inference;
import org.diplomacykg.reason.Reasoning;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server with reasoning, started on a free port: {@code /diplomacy-inferred} answers what only the rules infer, in
 * the inferred graph of its own; {@code /diplomacy} answers exactly as a server without reasoning; the inferred dataset
 * refuses updates.
 */
class DkgServerInferredTest {
    private static final String INFERRED_GRAPH = Reasoning.RULES.graphIri(ServerConfig.DEFAULT_BASE);
    private static final String PREFIXES = "PREFIX dkg: <https://w3id.org/diplomacy-kg/ontology#>\n";
    /** Only the rules say who met whom. */
    private static final String WHO_MET = PREFIXES + "SELECT ?a ?b WHERE { ?a dkg:met ?b } ORDER BY ?a ?b";
    private static final String WHO_MET_WHERE = PREFIXES + "SELECT ?g ?a ?b WHERE { GRAPH ?g { ?a dkg:met ?b } } ORDER BY ?a ?b";
    private static final String EVERYTHING = "SELECT ?g ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } ORDER BY ?g ?s ?p ?o";

    private static DatasetGraph data;
    private static long quadsAtStart;
    private static DkgServer plain;
    private static DkgServer reasoning;

    @BeforeAll
    static void start() {
        data = DatasetGraphFactory.createTxnMem();
        Graph article = GraphFactory.createGraphMem();
        RDFParser.fromString("""
            @prefix dkg: <https://w3id.org/diplomacy-kg/ontology#> .
            <https://w3id.org/diplomacy-kg/id/event/m> a dkg:BilateralMeeting ; dkg:planned false ;
                dkg:participant <https://w3id.org/diplomacy-kg/id/person/a> , <https://w3id.org/diplomacy-kg/id/person/b> .
            """, Lang.TURTLE).parse(article);
        Txn.executeWrite(data, () -> {
            data.addGraph(NodeFactory.createURI("https://w3id.org/diplomacy-kg/graph/ontology"), RDFDataMgr.loadGraph("ontology/diplomacy.ttl"));
            data.addGraph(NodeFactory.createURI("https://w3id.org/diplomacy-kg/graph/article/x"), article);
        });
        quadsAtStart = quadCount(data);
        Graph inferred = Inference.of(Reasoning.RULES, Inference.DEFAULT_RULES).inferred(data);
        plain = DkgServer.start(data, testConfig());
        reasoning = DkgServer.start(data, testConfig(), Inference.withInferred(data, inferred, INFERRED_GRAPH));
    }

    @AfterAll
    static void stop() {
        if (plain != null)
            plain.close();
        if (reasoning != null)
            reasoning.close();
    }

    @Test
    void inferredEndpointAnswersWhatOnlyReasoningKnows() {
        assertEquals(reasoning.rootUrl() + "diplomacy-inferred/sparql", reasoning.inferredEndpointUrl());
        for (String endpoint : new String[] {reasoning.inferredEndpointUrl(), reasoning.rootUrl() + "diplomacy-inferred/query"}) {
            HttpResponse<String> r = getQuery(endpoint, WHO_MET, "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("""
                a,b\r
                https://w3id.org/diplomacy-kg/id/person/a,https://w3id.org/diplomacy-kg/id/person/b\r
                https://w3id.org/diplomacy-kg/id/person/b,https://w3id.org/diplomacy-kg/id/person/a\r
                """, r.body());
        }
        HttpResponse<String> g = getQuery(reasoning.inferredEndpointUrl(), WHO_MET_WHERE, "text/csv");
        assertEquals(3, g.body().split("\r\n").length, g.body());
        assertTrue(g.body().lines().skip(1).allMatch(l -> l.startsWith(INFERRED_GRAPH + ",")), "inferred triples are in the inferred graph only: " + g.body());
    }

    @Test
    void assertedDatasetIsUnchanged() {
        HttpResponse<String> r = getQuery(datasetUrl(reasoning) + "/sparql", WHO_MET, "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("a,b\r\n", r.body(), "no inferred triple in /diplomacy");
        for (String q : new String[] {WHO_MET, EVERYTHING}) {
            String withReasoning = getQuery(datasetUrl(reasoning) + "/sparql", q, "text/csv").body();
            String without = getQuery(datasetUrl(plain) + "/sparql", q, "text/csv").body();
            assertEquals(without, withReasoning, "/diplomacy answers the same with and without reasoning");
        }
        assertEquals(quadsAtStart, quadCount(data));
    }

    @Test
    void inferredDatasetRefusesUpdates() {
        String update = "INSERT DATA { <https://example.org/s> <https://example.org/p> 'x' }";
        for (String ep : new String[] {"/sparql", "/update", "/query", ""}) {
            String url = reasoning.rootUrl() + "diplomacy-inferred" + ep;
            int status = send("POST", url, "application/sparql-update", update).statusCode();
            assertTrue(status >= 400 && status < 500, ep + " answered " + status);
            status = send("POST", url, "application/x-www-form-urlencoded", "update=" + enc(update)).statusCode();
            assertTrue(status >= 400 && status < 500, ep + " answered " + status);
        }
        int put = send("PUT", reasoning.rootUrl() + "diplomacy-inferred/get?default", "text/turtle", "<a:s> <a:p> <a:o> .").statusCode();
        assertTrue(put >= 400 && put < 500, "PUT answered " + put);
        assertEquals(quadsAtStart, quadCount(data));
    }
}
