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

/** The Fuseki query UI and the read-only server paths it calls. */
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
    void rootServesTheUi() {
        HttpResponse<String> r = get(server.uiUrl(), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/html"), contentType(r));
        assertTrue(r.body().contains("<div id=\"app\"") || r.body().contains("Fuseki"), r.body());
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
