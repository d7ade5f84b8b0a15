package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.diplomacykg.TestData;
import org.diplomacykg.graph.DKG;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.JsonLdLib;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published JSON-LD context ({@code /context.jsonld}) and the JSON-LD documents that name it: a resource's data
 * document and the ontology use short keys and give the same RDF as their Turtle.
 */
class JsonLdContextServerTest {

    private static final String KERRY_PATH = "id/person/john-kerry";

    private static DkgServer server;

    @BeforeAll
    static void startServer() {
        server = DkgServer.start(TestData.seedDataset(), testConfig());
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.close();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void theContextIsPublishedAtTheRoot() {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.contextUrl())).timeout(Duration.ofSeconds(20))
            .header("Origin", "https://example.org").GET().build();
        HttpResponse<String> r = send(req);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/ld+json", contentType(r).split(";")[0]);
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "readable from other origins");
        assertEquals(JsonLdLib.context(ServerConfig.DEFAULT_BASE), json(r.body()));
        assertEquals(server.rootUrl() + "context.jsonld", server.contextUrl());
    }

    @Test
    void aDataDocumentUsesShortKeysAndRoundTrips() {
        HttpResponse<String> r = get(server.rootUrl() + "data/" + KERRY_PATH + ".jsonld", null);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject doc = json(r.body());
        assertEquals(JsonLdLib.DEFAULT_CONTEXT_IRI, doc.getString("@context"), "the context by reference");
        String body = r.body();
        assertTrue(body.contains("\"id\": \"dkgid:person/john-kerry\""), body);
        assertTrue(body.contains("\"participant\""), "incoming links with their short key");
        assertTrue(body.contains("\"wd:Q22316\""), "owl:sameAs as a compact IRI");
        assertTrue(body.contains("\"en\": \"John Kerry\""), "labels in a language map");
        assertFalse(body.contains(DKG.NS), "no full ontology IRIs");

        HttpResponse<String> ttl = get(server.rootUrl() + "data/" + KERRY_PATH + ".ttl", null);
        assertTrue(IsoMatcher.isomorphic(parse(body, Lang.JSONLD), parse(ttl.body(), Lang.TURTLE)),
                   "JSON-LD and Turtle of the same resource differ");
    }

    @Test
    void theOntologyInJsonLdNamesTheContext() {
        HttpResponse<String> r = get(server.ontologyUrl() + "?format=jsonld", null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(JsonLdLib.DEFAULT_CONTEXT_IRI, json(r.body()).getString("@context"));
        assertTrue(r.body().contains("\"id\": \"dkg:Visit\""), "classes by compact IRI");
        HttpResponse<String> ttl = get(server.ontologyUrl() + "?format=ttl", null);
        assertTrue(IsoMatcher.isomorphic(parse(r.body(), Lang.JSONLD), parse(ttl.body(), Lang.TURTLE)));
    }

    @Test
    void noDatasetMayTakeTheContextsPath() {
        assertThrows(IllegalArgumentException.class, () -> testConfig().withDatasetName(JsonLdLib.FILE_NAME));
    }

    private static DatasetGraph parse(String body, Lang lang) {
        DatasetGraph d = DatasetGraphFactory.create();
        DatasetFiles.parser(lang).fromString(body).parse(d);
        return d;
    }
}
