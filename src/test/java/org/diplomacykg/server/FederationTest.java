package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.diplomacykg.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Federation for real: the documented query {@value #QUERY} joins the seed graph with a Wikidata-shaped endpoint.
 * A second, plain embedded Fuseki on loopback serves {@value #SAMPLE} (a few true statements in Wikidata's shape,
 * written for this test) and counts the requests it gets; the query's {@code SERVICE <https://query.wikidata.org/sparql>}
 * is pointed at it. With {@code allowService} our server answers the joined rows ({@value #EXPECTED}); without it the
 * query is refused and the sample endpoint gets no request.
 */
class FederationTest {

    static final String QUERY = "queries/federated/01-capitals-of-visited-states.rq";
    static final String SAMPLE = "src/test/resources/federation/wikidata-sample.ttl";
    static final String EXPECTED = "src/test/resources/federation/01-capitals-of-visited-states.csv";
    static final String WIKIDATA_ENDPOINT = "https://query.wikidata.org/sparql";

    private static FusekiServer wikidata;
    private static final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void startSampleEndpoint() {
        DatasetGraph sample = RDFDataMgr.loadDatasetGraph(SAMPLE);
        Filter counter = (req, resp, chain) -> {
            requests.incrementAndGet();
            chain.doFilter(req, resp);
        };
        wikidata = FusekiServer.create().fusekiModules(FusekiModules.empty()).loopback(true).port(0)
            .add("/wikidata", sample)
            .addFilter("/*", counter)
            .build().start();
    }

    @AfterAll
    static void stopSampleEndpoint() {
        if (wikidata != null)
            wikidata.stop();
    }

    @BeforeEach
    void resetCount() {
        requests.set(0);
    }

    private static String sampleEndpoint() {
        return "http://127.0.0.1:" + wikidata.getHttpPort() + "/wikidata/sparql";
    }

    /** The documented query with its Wikidata SERVICE pointed at the sample endpoint. */
    private static String federatedQuery() throws IOException {
        Query documented = QueryFactory.create(Files.readString(Path.of(QUERY)));
        Node wikidataNode = NodeFactory.createURI(WIKIDATA_ENDPOINT);
        Node local = NodeFactory.createURI(sampleEndpoint());
        AtomicInteger services = new AtomicInteger();
        Query local1 = QueryTransformOps.transform(documented, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementService el, Node service, Element sub) {
                assertEquals(wikidataNode, service, "the documented query calls Wikidata's endpoint");
                services.incrementAndGet();
                return new ElementService(local, sub, el.getSilent());
            }
        });
        assertEquals(1, services.get(), "one SERVICE in " + QUERY);
        return local1.serialize();
    }

    private static List<String> lines(String csv) {
        return csv.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void withAllowServiceTheQueryJoinsTheGraphWithTheEndpoint() throws IOException {
        try (DkgServer server = DkgServer.start(TestData.seedDataset(), testConfig().withAllowService(true))) {
            HttpResponse<String> r = postForm(server.endpointUrl(), "query", federatedQuery(), "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            List<String> expected = lines(Files.readString(Path.of(EXPECTED)));
            assertEquals(expected, lines(r.body()));
            // As the query's comment says: one SERVICE call per state, its entity bound (rows = states here).
            assertEquals(expected.size() - 1, requests.get(), "requests to the sample endpoint");
        }
    }

    @Test
    void withoutAllowServiceTheQueryIsRefusedWithoutAConnection() throws IOException {
        try (DkgServer server = DkgServer.start(TestData.seedDataset(), testConfig())) {
            HttpResponse<String> r = postForm(server.endpointUrl(), "query", federatedQuery(), "text/csv");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 600, "SERVICE answered " + r.statusCode() + ": " + r.body());
            assertTrue(r.body().contains("SERVICE"), "the error names SERVICE: " + r.body());
            assertEquals(0, requests.get(), "the refused query reached the sample endpoint");
        }
    }

    @Test
    void theSampleEndpointAnswersDirectly() {
        // The request counter counts: a query sent straight to the sample endpoint is seen.
        HttpResponse<String> r = getQuery(sampleEndpoint(),
            "SELECT ?c WHERE { <http://www.wikidata.org/entity/Q265> <http://www.wikidata.org/prop/direct/P36> ?c }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("http://www.wikidata.org/entity/Q269"), r.body());
        assertEquals(1, requests.get());
    }
}
