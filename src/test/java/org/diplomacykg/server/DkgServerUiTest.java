package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    void pageHidesAddDataEditAndManage() {
        HttpResponse<String> r = get(server.uiUrl(), "text/html");
        assertEquals(200, r.statusCode());
        String body = r.body();
        int style = body.indexOf("<style id=\"dkg-read-only\">");
        assertTrue(style > 0 && style < body.indexOf("</head>"), body);
        String css = body.substring(style, body.indexOf("</style>", style));
        // The dataset tabs and the top menu item (router links), and the dataset list's buttons (by their icons).
        for (String selector : new String[] {"a.nav-link[href$=\"/upload\"]", "a.nav-link[href$=\"/edit\"]",
                                             "a.nav-link[href=\"#/manage\"]", "button:has(> svg[data-icon=\"upload\"])"})
            assertTrue(css.contains(selector), selector + " in " + css);
        assertTrue(css.contains("{display:none !important}"), css);
        // What they would call is not there: no write service listed, no admin API.
        assertFalse(get(server.uiUrl() + "$/server", "application/json").body().contains("gsp-rw"));
        assertEquals(404, get(server.uiUrl() + "$/datasets", "application/json").statusCode());
    }

    @Test
    void queryViewOffersTheProjectsExamplesAndPrefixes() throws Exception {
        HttpResponse<String> view = queryView();
        assertEquals(200, view.statusCode());
        assertEquals("no-cache", view.headers().firstValue("Cache-Control").orElse(""), "an edited query shows at once");
        String js = view.body();
        assertFalse(js.contains("Selection of triples"), "Fuseki's generic examples are gone");

        // The examples: every queries/*.rq, its text as in the file.
        JsonArray examples = JSON.parseAny(between(js, "queries:", ",prefixes:[")).getAsArray();
        List<Path> files;
        try (Stream<Path> list = Files.list(ServerConfig.DEFAULT_QUERIES)) {
            files = list.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 20, files.toString());
        assertEquals(files.size(), examples.size(), examples.toString());
        for (int i = 0; i < files.size(); i++) {
            JsonObject e = examples.get(i).getAsObject();
            assertEquals(files.get(i).getFileName().toString().replace(".rq", ""), e.getString("text"));
            assertEquals(Files.readString(files.get(i)), e.getString("value"), files.get(i).toString());
        }

        // The prefix buttons, and the editor's first query declares them.
        Map<String, String> expected = Map.of("dkg", "https://w3id.org/diplomacy-kg/ontology#",
            "id", ServerConfig.DEFAULT_BASE + "id/", "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#", "xsd", "http://www.w3.org/2001/XMLSchema#",
            "owl", "http://www.w3.org/2002/07/owl#", "skos", "http://www.w3.org/2004/02/skos/core#",
            "prov", "http://www.w3.org/ns/prov#", "schema", "https://schema.org/");
        Map<String, String> buttons = new HashMap<>();
        JSON.parseAny(between(js, "],prefixes:", ",currentQueryPrefixes:")).getAsArray()
            .forEach(b -> buttons.put(b.getAsObject().getString("text"), b.getAsObject().getString("uri")));
        String start = JSON.parseAny(between(js, QueryUi.EDITOR + "value:", ",showQueryButton:")).getAsString().value();
        expected.forEach((name, ns) -> {
            assertEquals(ns, buttons.get(name), name + " in " + buttons);
            assertTrue(start.contains("PREFIX " + name + ": <" + ns + ">\n"), name + " in\n" + start);
        });
        // The first query runs as it is.
        HttpResponse<String> run = postForm(datasetUrl(server) + "/sparql", "query", start, "application/sparql-results+json");
        assertEquals(200, run.statusCode(), run.body());
    }

    /** The query view's module, found as the browser finds it: named in the UI's main module, which the page names. */
    private static HttpResponse<String> queryView() {
        Matcher main = Pattern.compile("src=\"\\./(static/index-[^\"]+\\.js)\"").matcher(get(server.uiUrl(), "text/html").body());
        assertTrue(main.find(), "the main module");
        Matcher query = Pattern.compile("\"\\./(Query-[A-Za-z0-9_-]+\\.js)\"").matcher(get(server.uiUrl() + main.group(1), null).body());
        assertTrue(query.find(), "the query view in the main module");
        return get(server.uiUrl() + "static/" + query.group(1), null);
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        assertTrue(a >= 0, from);
        int b = s.indexOf(to, a + from.length());
        assertTrue(b >= 0, to);
        return s.substring(a + from.length(), b);
    }

    @Test
    void pingStatsAndValidatorAnswer() {
        assertEquals(200, get(server.uiUrl() + "$/ping", null).statusCode());
        assertEquals(200, get(server.uiUrl() + "$/stats/" + ServerConfig.DEFAULT_DATASET, "application/json").statusCode());
        HttpResponse<String> v = postForm(server.uiUrl() + "$/validate/query", "query", "SELECT * { ?s ?p ?o }", "application/json");
        assertEquals(200, v.statusCode(), v.body());
    }
}
