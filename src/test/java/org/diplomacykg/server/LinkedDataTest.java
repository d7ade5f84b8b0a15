package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.TestData;
import org.diplomacykg.graph.DKG;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.RdfFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dereferenceable IRIs over the converted seeds: 303 to a page or data document, every format, 404, hash IRIs. */
class LinkedDataTest {

    static final String BASE = ServerConfig.DEFAULT_BASE;
    static final String KERRY = BASE + "id/person/john-kerry";
    static final String KERRY_PATH = "id/person/john-kerry";

    private static DatasetGraph seeds;
    private static DkgServer server;

    @BeforeAll
    static void startServer() {
        seeds = TestData.seedDataset();
        server = DkgServer.start(seeds, testConfig());
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.close();
    }

    private static String url(String path) {
        return server.rootUrl() + path;
    }

    @Test
    void browsersAreSentToThePage() {
        HttpResponse<String> r = get(url(KERRY_PATH), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/page/" + KERRY_PATH, r.headers().firstValue("Location").orElse(""));
        assertEquals("Accept, Accept-Encoding", r.headers().firstValue("Vary").orElse(""), "the answer may also be gzipped");
        String link = r.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("</page/" + KERRY_PATH + ">; rel=\"alternate\"; type=\"text/html\""), link);
        for (RdfFormat f : RdfFormat.RDF)
            assertTrue(link.contains("</data/" + KERRY_PATH + "." + f.shortName() + ">; rel=\"alternate\"; type=\"" + f.contentType() + "\""), link);
        assertEquals(url(KERRY_PATH), server.resourceUrl(KERRY));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
        NULL                                              | ttl
        */*                                               | ttl
        text/turtle                                       | ttl
        application/ld+json                               | jsonld
        application/rdf+xml                               | rdf
        application/n-triples                             | nt
        application/trig                                  | trig
        application/n-quads                               | nq
        text/turtle, text/html;q=0.5                      | ttl
        text/html, text/turtle                            | ttl
        text/html;q=0.9, application/ld+json              | jsonld
        application/n-quads;q=0.9, text/turtle;q=0.8, */*;q=0.1 | nq
        text/html, application/n-triples;q=0.5            | page
        """)
    void acceptDecidesWhereTheIriRedirects(String accept, String expected) {
        HttpResponse<String> r = get(url(KERRY_PATH), accept);
        assertEquals(303, r.statusCode());
        String location = r.headers().firstValue("Location").orElse("");
        assertEquals(expected.equals("page") ? "/page/" + KERRY_PATH : "/data/" + KERRY_PATH + "." + expected, location);
    }

    @Test
    void nothingAcceptableIs406() {
        assertEquals(406, get(url(KERRY_PATH), "image/png").statusCode());
        assertEquals(406, get(url("data/" + KERRY_PATH), "text/html, image/png").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id/person/nobody-at-all", "page/id/person/nobody-at-all", "data/id/person/nobody-at-all.ttl",
                            "data/id/person/nobody-at-all", "id/", "page/", "nothing"})
    void unknownIrisAre404(String path) {
        assertEquals(404, get(url(path), "text/turtle").statusCode(), path);
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "JSONLD", "RDFXML", "NTRIPLES", "TRIG", "NQUADS"})
    void everyFormatParsesAndDescribesKerry(RdfFormat f) {
        HttpResponse<String> r = get(url("data/" + KERRY_PATH + "." + f.shortName()), null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(f.contentType(), contentType(r).split(";")[0]);
        assertTrue(r.headers().firstValue("Link").orElse("").contains("rel=\"alternate\""));
        DatasetGraph d = parse(r.body(), f.lang().orElseThrow());
        Node kerry = NodeFactory.createURI(KERRY);
        assertTrue(d.find(Node.ANY, kerry, RDFS.Nodes.label, NodeFactory.createLiteralLang("John Kerry", "en")).hasNext(), f + " has the label");
        assertTrue(d.find(Node.ANY, kerry, OWL2.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q22316")).hasNext(),
                   f + " has the Wikidata link");
        // Incoming: Kerry takes part in events; and the labels of linked resources come along.
        assertTrue(d.find(Node.ANY, Node.ANY, DKG.participant.asNode(), kerry).hasNext(), f + " has incoming links");
        Node us = NodeFactory.createURI(BASE + "id/state/united-states");
        assertTrue(d.find(Node.ANY, us, RDFS.Nodes.label, Node.ANY).hasNext(), f + " has labels of linked resources");
        if (f.isQuads()) {
            Set<String> graphs = new HashSet<>();
            d.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
            assertTrue(graphs.contains(BASE + "graph/gazetteer"), graphs.toString());
            assertTrue(graphs.stream().anyMatch(g -> g.startsWith(BASE + "graph/article/")), "who says what: " + graphs);
        }
    }

    @Test
    void dataWithoutExtensionIsNegotiated() {
        HttpResponse<String> r = get(url("data/" + KERRY_PATH), "application/n-quads");
        assertEquals(200, r.statusCode());
        assertEquals(WebContent.contentTypeNQuads, contentType(r).split(";")[0]);
        assertEquals("Accept, Accept-Encoding", r.headers().firstValue("Vary").orElse(""), "the answer may also be gzipped");
        assertEquals("/data/" + KERRY_PATH + ".nq", r.headers().firstValue("Content-Location").orElse(""));
        // A browser asking for data without an extension gets Turtle, not HTML.
        HttpResponse<String> b = get(url("data/" + KERRY_PATH), "text/html,*/*;q=0.8");
        assertEquals(WebContent.contentTypeTurtle, contentType(b).split(";")[0]);
    }

    @Test
    void pageShowsLabelTypesPropertiesAndIncomingLinks() {
        HttpResponse<String> r = get(url("page/" + KERRY_PATH), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/html"), contentType(r));
        String html = r.body();
        assertTrue(html.contains("<h1>John Kerry</h1>"), html);
        assertTrue(html.contains("href=\"/ontology#Person\""), "type links to the ontology");
        assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q22316\""), "sameAs links out");
        assertTrue(html.contains("href=\"/page/id/state/united-states\""), "local links go to pages");
        assertTrue(html.contains("id=\"incoming\""), "incoming links");
        assertTrue(html.contains("href=\"/data/" + KERRY_PATH + ".ttl\""), "links to the data");
        assertFalse(html.contains("<script"), "no scripts");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        // The page names the article graphs that state Kerry's post, by publisher.
        assertTrue(html.contains("EurActiv") && html.contains("commonspace.eu"), "sources named");
    }

    @Test
    void eventPageShowsParticipantsPlaceDateAndEachSourceInItsArticle() {
        String event = select("""
            PREFIX dkg: <https://w3id.org/diplomacy-kg/ontology#>
            SELECT ?e WHERE { GRAPH ?g { ?e a dkg:MultilateralMeeting ; dkg:place ?p ; dkg:date ?d ; dkg:evidence ?ev ;
                                             dkg:participant <%s> } } ORDER BY ?e LIMIT 1""".formatted(KERRY)).get(0);
        HttpResponse<String> r = get(url("page/" + event.substring(BASE.length())), "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("id=\"event\""), "event section");
        assertTrue(html.contains("<dt>Participants</dt>") && html.contains("John Kerry"), "participants");
        assertTrue(html.contains("<dt>Place</dt>") && html.contains("<dt>Date</dt>") && html.contains("2015-11-01"), "place and date");
        assertTrue(html.contains("id=\"sources\"") && html.contains("<mark>"), "evidence highlighted");
        assertTrue(html.contains("The whole article"), "inside the article body");
    }

    @Test
    void conflictsBetweenSourcesAreShownOnTheEventTheyConcern() {
        List<String> conflicted = select("""
            PREFIX dkg: <https://w3id.org/diplomacy-kg/ontology#>
            SELECT DISTINCT ?e WHERE { ?e dkg:hasConflict ?c } ORDER BY ?e""");
        if (conflicted.isEmpty()) {
            // Without consolidation the two reports keep their own places: the page shows each with its source.
            return;
        }
        String html = get(url("page/" + conflicted.get(0).substring(BASE.length())), "text/html").body();
        assertTrue(html.contains("id=\"conflicts\""), html);
        assertTrue(html.contains("sources disagree"), "the disputed value is in the event summary");
    }

    @Test
    void hashIriResolvesToItsArticlePageAndSpan() {
        String span = select("""
            PREFIX dkg: <https://w3id.org/diplomacy-kg/ontology#>
            SELECT ?s WHERE { ?s a dkg:Evidence } ORDER BY ?s LIMIT 1""").get(0);
        String doc = span.substring(0, span.indexOf('#'));
        String fragment = span.substring(span.indexOf('#') + 1);
        String path = doc.substring(BASE.length());
        // A browser sends the document IRI (no fragment) and keeps the fragment across the redirect.
        HttpResponse<String> r = get(url(path), "text/html");
        assertEquals(303, r.statusCode());
        assertEquals("/page/" + path, r.headers().firstValue("Location").orElse(""));
        // An encoded '#' reaches the server: it becomes the page's fragment.
        HttpResponse<String> enc = get(url(path + "%23" + fragment), "text/html");
        assertEquals(303, enc.statusCode());
        assertEquals("/page/" + path + "#" + fragment, enc.headers().firstValue("Location").orElse(""));
        HttpResponse<String> rdf = get(url(path + "%23" + fragment), "text/turtle");
        assertEquals("/data/" + path + ".ttl", rdf.headers().firstValue("Location").orElse(""));

        String html = get(url("page/" + path), "text/html").body();
        assertTrue(html.contains("id=\"" + fragment + "\""), "the span has an anchor on the article page");
        assertTrue(html.contains("id=\"article\"") && html.contains("<mark>"), "the body with its spans marked");
        String ttl = get(url("data/" + path + ".ttl"), null).body();
        assertTrue(ttl.contains(fragment), "the article's data describes its spans");
    }

    @Test
    void headAnswersHeadersWithoutBody() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("page/" + KERRY_PATH)))
            .timeout(Duration.ofSeconds(10)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().isEmpty());
        assertTrue(r.headers().firstValue("Link").isPresent());
    }

    @Test
    void writesAreNotAllowed() {
        for (String path : List.of(KERRY_PATH, "page/" + KERRY_PATH, "data/" + KERRY_PATH + ".ttl")) {
            int status = ServerTestLib.send("PUT", url(path), "text/turtle", "<a:b> <a:c> <a:d> .").statusCode();
            assertEquals(405, status, path);
        }
    }

    @Test
    void anotherBaseMapsToTheServerRoot() {
        String base = "http://example.org/kg/";
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(d, () -> d.add(NodeFactory.createURI(base + "graph/a"), NodeFactory.createURI(base + "id/thing/x"),
            RDFS.Nodes.label, NodeFactory.createLiteralString("X")));
        try (DkgServer s = DkgServer.start(d, testConfig().withBase(base))) {
            HttpResponse<String> r = get(s.rootUrl() + "id/thing/x", "text/turtle");
            assertEquals(303, r.statusCode());
            HttpResponse<String> ttl = get(s.rootUrl() + "data/id/thing/x.ttl", null);
            assertTrue(ttl.body().contains("<http://example.org/kg/id/thing/x>"), ttl.body());
            assertEquals(404, get(s.rootUrl() + KERRY_PATH, "text/turtle").statusCode());
            assertEquals(s.rootUrl() + "id/thing/x", s.resourceUrl(base + "id/thing/x"));
        }
    }

    private static DatasetGraph parse(String body, Lang lang) {
        DatasetGraph d = DatasetGraphFactory.create();
        // Our parser: JSON-LD names the published context, read from the class path, never fetched.
        DatasetFiles.parser(lang).source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).parse(d);
        return d;
    }

    /** The first variable's values, from the union of the seed graphs. */
    private static List<String> select(String query) {
        return Txn.calculateRead(seeds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(DkgServer.unionView(seeds))).query(query).build()) {
                ResultSet rs = qe.execSelect();
                String var = rs.getResultVars().get(0);
                List<String> out = new java.util.ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(s.getResource(var).getURI());
                }
                return out;
            }
        });
    }
}
