package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing over HTTP changes the data or the server: no update, no graph store writes, no admin. */
class DkgServerReadOnlyTest {

    private static final String UPDATE = "INSERT DATA { GRAPH <https://example.org/graph/evil> "
        + "{ <https://example.org/s> <https://example.org/p> 'injected' } }";

    private static DatasetGraph data;
    private static long quadsAtStart;
    private static DkgServer server;

    @BeforeAll
    static void startServer() {
        data = twoGraphs();
        quadsAtStart = quadCount(data);
        server = DkgServer.start(data, testConfig());
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.close();
    }

    @AfterEach
    void dataUnchanged() {
        assertEquals(quadsAtStart, quadCount(data), "the dataset changed");
    }

    @ParameterizedTest(name = "SPARQL Update to /diplomacy{0}")
    @ValueSource(strings = {"/sparql", "/update", "/query", ""})
    void updateIsRefused(String endpoint) {
        String url = datasetUrl(server) + endpoint;
        assertClientError(send("POST", url, "application/sparql-update", UPDATE));
        assertClientError(send("POST", url, "application/x-www-form-urlencoded", "update=" + enc(UPDATE)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "PUT,    /get?default",
        "POST,   /get?default",
        "DELETE, /get?default",
        "PUT,    /data?default",
        "POST,   /data?default",
        "PUT,    ?default",
        "POST,   ?default",
        "DELETE, ?default",
        "PATCH,  ''",
        "POST,   /upload"})
    void graphStoreWritesAreRefused(String method, String path) {
        String body = "<https://example.org/s> <https://example.org/p> \"injected\" .";
        HttpResponse<String> r = send(method, datasetUrl(server) + path, "application/n-triples", body);
        assertClientError(r);
    }

    @Test
    void deleteOfANamedGraphIsRefused() {
        assertClientError(send("DELETE", datasetUrl(server) + "/get?graph=" + enc(GRAPH_A.getURI()), null, null));
        assertClientError(send("DELETE", datasetUrl(server) + "?graph=" + enc(GRAPH_A.getURI()), null, null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST,   /$/datasets?dbName=x&dbType=mem",
        "GET,    /$/datasets",
        "DELETE, /$/datasets/diplomacy",
        "POST,   /$/backup/diplomacy",
        "GET,    /$/backup/diplomacy",
        "GET,    /$/backups-list",
        "POST,   /$/compact/diplomacy",
        "GET,    /$/tasks",
        "POST,   /$/reload",
        "GET,    /$/metrics",
        "POST,   /$/server/shutdown",
        "POST,   /$/validate/update"})
    void noAdminOperations(String method, String path) {
        // At the root, and through the UI's prefix, which passes /ui/$/… on to /$/….
        for (String base : new String[] {server.rootUrl(), server.uiUrl()}) {
            HttpResponse<String> r = send(method, base + path.substring(1), "application/x-www-form-urlencoded", "");
            assertFalse(r.statusCode() >= 200 && r.statusCode() < 300, method + " " + base + path + " answered " + r.statusCode());
        }
    }

    @Test
    void corsAllowsReadsFromAnyOriginWithoutCredentials() {
        HttpRequest read = HttpRequest.newBuilder(URI.create(server.endpointUrl() + "?query=" + enc("ASK {}")))
            .header("Origin", "https://elsewhere.example").timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> r = send(read);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "reads are open to every origin");
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "no credentials for other origins");

        HttpRequest preflightPut = HttpRequest.newBuilder(URI.create(datasetUrl(server)))
            .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "PUT")
            .timeout(Duration.ofSeconds(10)).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> p = send(preflightPut);
        String allowed = p.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertFalse(allowed.contains("PUT"), "preflight allowed PUT: " + allowed);
        assertTrue(p.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "a PUT preflight gets no allowance");

        for (String method : new String[] {"DELETE", "PATCH"}) {
            HttpRequest preflight = HttpRequest.newBuilder(URI.create(server.rootUrl() + "id/person/x"))
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", method)
                .timeout(Duration.ofSeconds(10)).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
            assertFalse(send(preflight).headers().firstValue("Access-Control-Allow-Methods").orElse("").contains(method), method);
        }
        HttpRequest preflightPost = HttpRequest.newBuilder(URI.create(server.endpointUrl()))
            .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .timeout(Duration.ofSeconds(10)).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> pp = send(preflightPost);
        assertEquals("*", pp.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(pp.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(pp.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    private static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                   r.request().method() + " " + r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
    }
}
