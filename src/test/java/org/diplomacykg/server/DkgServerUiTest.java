package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Fuseki query UI (at {@code /ui/}) and the read-only server paths it calls, below its own path. */
class DkgServerUiTest {

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
    void uiIsServedAtUi() {
        assertTrue(server.uiUrl().endsWith("/ui/"), server.uiUrl());
        HttpResponse<String> r = get(server.uiUrl(), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/html"), contentType(r));
        assertTrue(r.body().contains("<div id=\"app\"") || r.body().contains("Fuseki"), r.body());
        // Its scripts are referenced relative to the page: ./static/…
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        HttpResponse<String> js = get(server.uiUrl() + m.group(1), null);
        assertEquals(200, js.statusCode());
        assertTrue(contentType(js).startsWith("text/javascript"), contentType(js));
    }

    @Test
    void uiWithoutSlashRedirectsAndUnknownFilesAre404() {
        HttpResponse<String> r = get(server.rootUrl() + "ui", null);
        assertEquals(301, r.statusCode());
        assertEquals("/ui/", r.headers().firstValue("Location").orElse(""));
        assertEquals(404, get(server.uiUrl() + "static/nothing.js", null).statusCode());
        int up = get(server.uiUrl() + "static/%2e%2e/index.html", null).statusCode();
        assertTrue(up >= 400 && up < 500, "status " + up);
    }

    @Test
    void uiQueriesReachTheDatasetBelowItsPath() {
        // The UI posts its queries to {its path}/{dataset}/sparql.
        HttpResponse<String> r = postForm(server.uiUrl() + ServerConfig.DEFAULT_DATASET + "/sparql", "query",
                                          "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"3\""), r.body());
        assertEquals(200, getQuery(datasetUrl(server) + "/sparql", "ASK {}", "application/sparql-results+json").statusCode());
    }

    @Test
    void serverStatusNamesTheDatasetAndItsQueryEndpointFirst() {
        HttpResponse<String> r = get(server.uiUrl() + "$/server", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonArray datasets = JSON.parse(r.body()).get("datasets").getAsArray();
        assertEquals(1, datasets.size(), r.body());
        JsonObject ds = datasets.get(0).getAsObject();
        assertEquals("/" + ServerConfig.DEFAULT_DATASET, ds.getString("ds.name"));
        // The UI sends queries to the first endpoint of the "query" service.
        JsonObject query = ds.get("ds.services").getAsArray().stream().map(v -> v.getAsObject())
            .filter(s -> "query".equals(s.getString("srv.type"))).findFirst().orElseThrow();
        assertEquals("sparql", query.get("srv.endpoints").getAsArray().get(0).getAsString().value());
        assertFalse(r.body().contains("\"update\""), "no update service listed: " + r.body());
    }

    @Test
    void pingStatsAndValidatorAnswer() {
        assertEquals(200, get(server.uiUrl() + "$/ping", null).statusCode());
        assertEquals(200, get(server.uiUrl() + "$/stats/" + ServerConfig.DEFAULT_DATASET, "application/json").statusCode());
        HttpResponse<String> v = postForm(server.uiUrl() + "$/validate/query", "query", "SELECT * { ?s ?p ?o }", "application/json");
        assertEquals(200, v.statusCode(), v.body());
    }
}
