package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.IsoMatcher;
import org.diplomacykg.graph.DKG;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.JsonLdLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published JSON-LD context ({@code /context.jsonld}) and the JSON-LD documents the server answers with it: a
 * resource's data document and the ontology use short keys, carry the context itself (not its w3id IRI, which a
 * reader without the network cannot load), and give the same RDF as their Turtle when read by a JSON-LD reader that
 * loads nothing, as {@code riot} does offline.
 */
class JsonLdContextServerTest {

    private static final String KERRY_PATH = "id/person/john-kerry";

    @RegisterExtension
    static final SeedServer SEED = new SeedServer();

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void theContextIsPublishedAtTheRoot() {
        HttpRequest req = HttpRequest.newBuilder(URI.create(SEED.server().contextUrl())).timeout(Duration.ofSeconds(20))
            .header("Origin", "https://example.org").GET().build();
        HttpResponse<String> r = send(req);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/ld+json", contentType(r).split(";")[0]);
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "readable from other origins");
        assertEquals(JsonLdLib.context(ServerConfig.DEFAULT_BASE), json(r.body()));
        assertEquals(SEED.server().rootUrl() + "context.jsonld", SEED.server().contextUrl());
    }

    @Test
    void aDataDocumentUsesShortKeysAndRoundTrips() {
        HttpResponse<String> r = get(SEED.server().rootUrl() + "data/" + KERRY_PATH + ".jsonld", null);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject doc = json(r.body());
        assertEquals(JsonLdLib.context(ServerConfig.DEFAULT_BASE).get("@context"), doc.get("@context"), "the context embedded");
        String body = r.body();
        assertTrue(body.contains("\"id\": \"dkgid:person/john-kerry\""), body);
        assertTrue(body.contains("\"participant\""), "incoming links with their short key");
        assertTrue(body.contains("\"wd:Q22316\""), "owl:sameAs as a compact IRI");
        assertTrue(body.contains("\"en\": \"John Kerry\""), "labels in a language map");
        assertFalse(Json.createObjectBuilder(doc).remove("@context").build().toString().contains(DKG.NS),
                    "no full ontology IRIs outside the context");

        HttpResponse<String> ttl = get(SEED.server().rootUrl() + "data/" + KERRY_PATH + ".ttl", null);
        assertTrue(IsoMatcher.isomorphic(parse(body, Lang.JSONLD), parse(ttl.body(), Lang.TURTLE)),
                   "JSON-LD and Turtle of the same resource differ");
    }

    @Test
    void theOntologyInJsonLdNamesTheContext() {
        HttpResponse<String> r = get(SEED.server().ontologyUrl() + "?format=jsonld", null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(JsonLdLib.context(ServerConfig.DEFAULT_BASE).get("@context"), json(r.body()).get("@context"), "the context embedded");
        assertTrue(r.body().contains("\"id\": \"dkg:Visit\""), "classes by compact IRI");
        HttpResponse<String> ttl = get(SEED.server().ontologyUrl() + "?format=ttl", null);
        assertTrue(IsoMatcher.isomorphic(parse(r.body(), Lang.JSONLD), parse(ttl.body(), Lang.TURTLE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/" + KERRY_PATH + ".jsonld", "ontology?format=jsonld"})
    void servedJsonLdIsReadWithoutLoadingAnything(String path) {
        HttpResponse<String> r = get(SEED.server().rootUrl() + path, "application/ld+json");
        assertEquals(200, r.statusCode(), r.body());
        List<String> asked = new ArrayList<>();
        DatasetGraph offline = DatasetGraphFactory.create();
        RDFParser.create().lang(Lang.JSONLD).fromString(r.body()).context(loadingNothing(asked)).parse(offline);
        assertEquals(List.of(), asked, "the reader was asked to load documents");
        HttpResponse<String> ttl = get(SEED.server().rootUrl() + path.replace("jsonld", "ttl"), null);
        assertEquals(200, ttl.statusCode(), ttl.body());
        assertTrue(IsoMatcher.isomorphic(offline, parse(ttl.body(), Lang.TURTLE)), path + ": JSON-LD read offline differs from the Turtle");
        assertFalse(offline.isEmpty());
    }

    @Test
    void noDatasetMayTakeTheContextsPath() {
        assertThrows(IllegalArgumentException.class, () -> testConfig().withDatasetName(JsonLdLib.FILE_NAME));
    }

    /**
     * A JSON-LD reader's settings with a document loader that loads nothing: every URL it is asked for (a remote
     * {@code @context}, even the project's own) is added to {@code asked} and refused, as it would be without network.
     */
    private static Context loadingNothing(List<String> asked) {
        JsonLdOptions opts = new JsonLdOptions((url, options) -> {
            asked.add(String.valueOf(url));
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + url);
        });
        Context cxt = new Context();
        cxt.set(LangJSONLD11.JSONLD_OPTIONS, opts);
        return cxt;
    }

    private static DatasetGraph parse(String body, Lang lang) {
        DatasetGraph d = DatasetGraphFactory.create();
        DatasetFiles.parser(lang).fromString(body).parse(d);
        return d;
    }
}
