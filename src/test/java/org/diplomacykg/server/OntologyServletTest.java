package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.graph.DKG;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.RdfFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ontology served at its IRI ({@code /ontology}), with content negotiation, on a real server. */
class OntologyServletTest {

    private static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static DkgServer server;

    @BeforeAll
    static void startServer() {
        // The default ontology setting: ontology/diplomacy.ttl of the working directory (the project).
        server = DkgServer.start(twoGraphs(), testConfig());
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.close();
    }

    /** Both ontology files, as the server merges them. */
    private static Model expected() {
        Model m = RDFDataMgr.loadModel(ServerConfig.DEFAULT_ONTOLOGY.toString());
        RDFDataMgr.read(m, ServerConfig.DEFAULT_ONTOLOGY.resolveSibling(ServerConfig.EVENT_CODES_FILE).toString());
        return m;
    }

    private static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        // Our parser: JSON-LD names the published context, read from the class path, never fetched.
        DatasetFiles.parser(lang).fromString(r.body()).base(DKG.ONTOLOGY_IRI).parse(m);
        return m;
    }

    @Test
    void turtleDeclaresTheOntology() {
        HttpResponse<String> r = get(server.ontologyUrl(), "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/turtle;charset=utf-8", contentType(r).replace(" ", "").toLowerCase());
        Model m = parse(r, Lang.TURTLE);
        assertTrue(m.contains(m.createResource(DKG.ONTOLOGY_IRI), RDF.type, OWL2.Ontology), r.body());
        assertTrue(m.contains(DKG.Visit, RDF.type, OWL2.Class));
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES"})
    void everyRdfFormatCarriesBothOntologyFiles(RdfFormat format) {
        HttpResponse<String> r = get(server.ontologyUrl(), format.contentType());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(format.contentType()), contentType(r));
        assertTrue(contentType(r).toLowerCase().contains("charset=utf-8"), contentType(r));
        Model served = parse(r, format.lang().orElseThrow());
        assertTrue(served.isIsomorphicWith(expected()), format + ": the served graph differs from the ontology files");
    }

    @Test
    void browserGetsAnHtmlPageWithAnAnchorPerTerm() {
        HttpResponse<String> r = get(server.ontologyUrl(), FIREFOX);
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/html"), contentType(r));
        assertTrue(contentType(r).toLowerCase().contains("charset=utf-8"), contentType(r));
        String html = r.body();
        assertTrue(html.contains("<title>Diplomacy knowledge graph ontology</title>"), html);
        assertTrue(html.contains("id=\"Visit\""), "anchor for /ontology#Visit");
        assertTrue(html.contains("href=\"#Event\""), "Visit links to its super-class on the page");
        assertTrue(html.contains("0.2.0"), "version");
        assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent());
        // Every class and property of the namespace has its anchor.
        Model m = expected();
        for (Resource kind : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty))
            m.listSubjectsWithProperty(RDF.type, kind).filterKeep(t -> t.isURIResource() && t.getURI().startsWith(DKG.NS))
                .forEach(t -> assertTrue(html.contains("id=\"" + t.getLocalName() + "\""), "anchor for " + t));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        text/turtle, text/html;q=0.5      | text/turtle
        text/html;q=0.5, text/turtle      | text/turtle
        text/html, text/turtle;q=0.5      | text/html
        */*                               | text/turtle
        text/html;q=0, */*                | text/turtle
        application/rdf+xml;q=1, text/html;q=0.9 | application/rdf+xml
        """)
    void weightsDecide(String accept, String expectedType) {
        HttpResponse<String> r = get(server.ontologyUrl(), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(contentType(r).startsWith(expectedType), accept + " gave " + contentType(r));
    }

    @Test
    void noAcceptHeaderGivesTurtle() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.ontologyUrl())).timeout(Duration.ofSeconds(20)).GET().build());
        assertEquals(200, r.statusCode());
        // Java's HttpClient sends no Accept header of its own.
        assertTrue(contentType(r).startsWith("text/turtle"), contentType(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "image/png, */*;q=0", "application/json"})
    void nothingAcceptableIs406(String accept) {
        HttpResponse<String> r = get(server.ontologyUrl(), accept);
        assertEquals(406, r.statusCode(), r.body());
        assertTrue(r.body().contains("text/turtle"), "lists what is available: " + r.body());
        assertEquals("Accept, Accept-Encoding", r.headers().firstValue("Vary").orElse(""), "the answer may also be gzipped");
    }

    @Test
    void varyAndLinkHeaders() {
        HttpResponse<String> r = get(server.ontologyUrl(), "text/turtle");
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), r.headers().toString());
        String links = String.join(", ", r.headers().allValues("Link"));
        for (RdfFormat f : OntologyServlet.FORMATS)
            assertTrue(links.contains("</ontology?format=" + f.shortName() + ">; rel=\"alternate\"; type=\"" + f.contentType() + "\""), links);
        HttpResponse<String> html = get(server.ontologyUrl(), "text/html");
        assertEquals("Accept, Accept-Encoding", html.headers().firstValue("Vary").orElse(""), "the answer may also be gzipped");
    }

    @Test
    void formatParameterOverridesAccept() {
        HttpResponse<String> r = get(server.ontologyUrl() + "?format=jsonld", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/ld+json"), contentType(r));
        parse(r, Lang.JSONLD);
        HttpResponse<String> bad = get(server.ontologyUrl() + "?format=png", "text/html");
        assertEquals(400, bad.statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/0.2.0", "/event-codes", "/cameo", "/plover"})
    void otherIrisOfTheDocumentAnswer(String suffix) {
        HttpResponse<String> r = get(server.ontologyUrl() + suffix, "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(parse(r, Lang.TURTLE).contains(null, OWL2.versionIRI, parse(r, Lang.TURTLE)
            .createResource(DKG.ONTOLOGY_IRI + "/0.2.0")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/0.1.0", "/nothing", "/"})
    void otherPathsAre404(String suffix) {
        assertEquals(404, get(server.ontologyUrl() + suffix, "text/turtle").statusCode());
    }

    @Test
    void headHasHeadersButNoBody() {
        HttpResponse<String> get = get(server.ontologyUrl(), FIREFOX);
        HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(server.ontologyUrl())).timeout(Duration.ofSeconds(20))
            .header("Accept", FIREFOX).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(contentType(get), contentType(head));
        assertEquals("Accept", head.headers().firstValue("Vary").orElse(""));
        assertEquals(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                     head.headers().firstValueAsLong("Content-Length").orElse(-1));
        HttpResponse<String> head406 = send(HttpRequest.newBuilder(URI.create(server.ontologyUrl())).timeout(Duration.ofSeconds(20))
            .header("Accept", "image/png").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(406, head406.statusCode());
        assertEquals("", head406.body());
    }

    @Test
    void writesAreNotAllowed() {
        HttpResponse<String> r = ServerTestLib.send("POST", server.ontologyUrl(), "text/turtle", "<a> <b> <c> .");
        assertEquals(405, r.statusCode());
    }

    @Test
    void missingOntologyFileIs404AndSparqlStillWorks(@TempDir Path dir) {
        try (DkgServer s = DkgServer.start(twoGraphs(), testConfig().withOntology(dir.resolve("missing.ttl")))) {
            assertEquals(404, get(s.ontologyUrl(), "text/turtle").statusCode());
            assertEquals(404, get(s.ontologyUrl(), FIREFOX).statusCode());
            HttpResponse<String> q = getQuery(s.endpointUrl(), "ASK { ?s ?p ?o }", "application/sparql-results+json");
            assertEquals(200, q.statusCode(), q.body());
            assertTrue(q.body().contains("true"), q.body());
        }
    }

    @Test
    void noOntologyConfiguredIs404() {
        try (DkgServer s = DkgServer.start(twoGraphs(), testConfig().withOntology(null))) {
            assertEquals(404, get(s.ontologyUrl(), "text/turtle").statusCode());
        }
    }

    @Test
    void ontologyWithoutEventCodesIsServedAlone(@TempDir Path dir) throws Exception {
        Path ttl = Files.copy(ServerConfig.DEFAULT_ONTOLOGY, dir.resolve("diplomacy.ttl"));
        try (DkgServer s = DkgServer.start(twoGraphs(), testConfig().withOntology(ttl))) {
            HttpResponse<String> r = get(s.ontologyUrl(), "text/turtle");
            assertEquals(200, r.statusCode());
            assertTrue(parse(r, Lang.TURTLE).isIsomorphicWith(RDFDataMgr.loadModel(ttl.toString())));
            assertEquals(404, get(s.ontologyUrl() + "/cameo", "text/turtle").statusCode());
        }
    }

    @Test
    void brokenOntologyFileStopsTheStart(@TempDir Path dir) throws Exception {
        Path ttl = Files.writeString(dir.resolve("diplomacy.ttl"), "@prefix : <http://example.org/> . :a :b ");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> DkgServer.start(twoGraphs(), testConfig().withOntology(ttl)).close());
        assertTrue(e.getMessage().contains(ttl.toString()), e.getMessage());
    }

    @Test
    void aDatasetCannotTakeTheOntologyPath() {
        assertThrows(IllegalArgumentException.class, () -> testConfig().withDatasetName(OntologyServlet.PATH_SEGMENT));
        assertEquals(OntologyServlet.PATH_SEGMENT, testConfig().withOntology(null).withDatasetName("ontology").datasetName());
        assertEquals(ServerConfig.DEFAULT_ONTOLOGY, ServerConfig.defaults().ontology());
    }
}
