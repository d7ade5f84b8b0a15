package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Over-long queries are refused with 413 and a message, by GET, form POST and direct POST; normal ones still answer. */
class RequestSizeFilterTest {
    private static final String SMALL = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    /** A query of about {@code bytes} bytes: a normal one with a long comment. */
    private static String longQuery(int bytes) {
        return SMALL + " # " + "x".repeat(bytes);
    }

    @Test
    void overTheDefaultLimitIs413AndANormalQueryIs200() {
        try (DkgServer s = DkgServer.start(twoGraphs(), testConfig())) {
            String endpoint = s.endpointUrl();
            String q = longQuery((int) ServerConfig.DEFAULT_MAX_QUERY_BYTES);
            HttpResponse<String> get = send("GET", endpoint + "?query=" + enc(q), null, null);
            assertEquals(413, get.statusCode(), get.body());
            assertTrue(get.body().contains("at most " + ServerConfig.DEFAULT_MAX_QUERY_BYTES + " bytes"), get.body());
            HttpResponse<String> form = send("POST", endpoint, "application/x-www-form-urlencoded", "query=" + enc(q));
            assertEquals(413, form.statusCode(), form.body());
            HttpResponse<String> direct = send("POST", endpoint, "application/sparql-query", q);
            assertEquals(413, direct.statusCode(), direct.body());
            assertTrue(direct.body().contains("request body"), direct.body());

            assertEquals(200, getQuery(endpoint, SMALL, "application/sparql-results+json").statusCode());
            assertEquals(200, postForm(endpoint, "query", SMALL, "application/sparql-results+json").statusCode());
            assertEquals(200, post(endpoint, "application/sparql-query", SMALL, "application/sparql-results+json").statusCode());
        }
    }

    @Test
    void theLimitIsConfigurableAndAQueryJustUnderItAnswers() {
        try (DkgServer s = DkgServer.start(twoGraphs(), testConfig().withMaxQueryBytes(200))) {
            String endpoint = s.endpointUrl();
            String under = longQuery(100);
            assertEquals(200, post(endpoint, "application/sparql-query", under, "application/sparql-results+json").statusCode());
            assertEquals(413, send("POST", endpoint, "application/sparql-query", longQuery(250)).statusCode());
            assertEquals(413, send("GET", endpoint + "?query=" + enc(longQuery(250)), null, null).statusCode());
        }
    }

    @Test
    void aBodyOfUnknownLengthIs411() throws Exception {
        try (DkgServer s = DkgServer.start(twoGraphs(), testConfig())) {
            // A publisher of unknown length makes the client send the body chunked.
            HttpRequest r = HttpRequest.newBuilder(URI.create(s.endpointUrl())).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(SMALL.getBytes())))
                .build();
            HttpResponse<String> resp = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(r, HttpResponse.BodyHandlers.ofString());
            assertEquals(411, resp.statusCode(), resp.body());
        }
    }

    @Test
    void aNonPositiveLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> testConfig().withMaxQueryBytes(0));
    }
}
