package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.diplomacykg.TestData;
import org.diplomacykg.graph.DKG;
import org.diplomacykg.store.Dumps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VoID, the SPARQL service description, the landing page and the dumps, over the converted seeds. */
class DescriptionsTest {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    @TempDir
    static Path dumps;

    private static DatasetGraph seeds;
    private static DkgServer server;

    @BeforeAll
    static void startServer() {
        seeds = TestData.seedDataset();
        Dumps.write(seeds, dumps);
        server = DkgServer.start(seeds, testConfig().withDumps(dumps));
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.close();
    }

    // ---- VoID

    @Test
    void voidCountsStatementsEntitiesClassesAndLinks() {
        HttpResponse<String> r = get(server.voidUrl(), null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/turtle", contentType(r).split(";")[0]);
        Model m = parse(r.body(), Lang.TURTLE);
        Resource ds = m.listSubjectsWithProperty(VOID.sparqlEndpoint).next();
        assertEquals(server.endpointUrl(), ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertTrue(ds.hasProperty(RDF.type, VOID.Dataset));
        assertEquals(Txn.calculateRead(seeds, () -> seeds.stream().count()), ds.getProperty(VOID.triples).getLong());
        assertTrue(ds.getProperty(VOID.entities).getLong() > 50, "entities");
        assertTrue(ds.getProperty(VOID.classes).getLong() > 5, "classes");
        assertEquals(ServerConfig.DEFAULT_BASE + "id/", ds.getProperty(VOID.uriSpace).getString());
        assertEquals(DKG.NS, ds.getPropertyResourceValue(VOID.vocabulary).getURI());

        long persons = count("SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?p a <" + DKG.Person.getURI() + "> } }");
        Resource personPartition = m.listResourcesWithProperty(VOID._class, DKG.Person).next();
        assertEquals(persons, personPartition.getProperty(VOID.entities).getLong());

        assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s <" + OWL2.sameAs.getURI() + "> ?o } FILTER(STRSTARTS(STR(?o), 'http://www.wikidata.org/entity/')) }"),
                     linkset(m, "Wikidata"));
        assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s <" + OWL2.sameAs.getURI() + "> ?o } FILTER(STRSTARTS(STR(?o), 'https://sws.geonames.org/')) }"),
                     linkset(m, "GeoNames"));
        assertTrue(linkset(m, "Wikidata") > 0 && linkset(m, "GeoNames") > 0);

        List<String> dumpUrls = ds.listProperties(VOID.dataDump).mapWith(s -> s.getResource().getURI()).toList();
        assertTrue(dumpUrls.contains(server.rootUrl() + "dumps/" + Dumps.NQUADS), dumpUrls.toString());
        assertTrue(dumpUrls.contains(server.rootUrl() + "dumps/" + Dumps.TRIG), dumpUrls.toString());
        // Each named graph is a subset with its own count.
        long graphs = ds.listProperties(VOID.subset).mapWith(s -> s.getResource()).filterKeep(s -> s.hasProperty(m.createProperty(SD, "name"))).toList().size();
        assertEquals(Txn.calculateRead(seeds, () -> org.apache.jena.atlas.iterator.Iter.count(seeds.listGraphNodes())), graphs);
    }

    @Test
    void voidInOtherFormats() {
        HttpResponse<String> r = get(server.voidUrl(), "application/ld+json");
        assertEquals("application/ld+json", contentType(r).split(";")[0]);
        assertFalse(parse(r.body(), Lang.JSONLD).isEmpty());
        assertEquals("application/n-triples", contentType(get(server.voidUrl() + "?format=nt", null)).split(";")[0]);
        assertEquals(406, get(server.voidUrl(), "image/png").statusCode());
    }

    private static long linkset(Model m, String title) {
        Resource target = m.listSubjectsWithProperty(org.apache.jena.vocabulary.DCTerms.title, title).next();
        Resource ls = m.listSubjectsWithProperty(VOID.objectsTarget, target).next();
        assertTrue(ls.hasProperty(RDF.type, VOID.Linkset));
        assertEquals(OWL2.sameAs, ls.getPropertyResourceValue(VOID.linkPredicate));
        return ls.getProperty(VOID.triples).getLong();
    }

    // ---- Service description

    @Test
    void getOfTheEndpointWithoutQueryIsTheServiceDescription() {
        for (String endpoint : List.of(server.endpointUrl(), datasetUrl(server) + "/query")) {
            HttpResponse<String> r = get(endpoint, null);
            assertEquals(200, r.statusCode(), endpoint + ": " + r.body());
            assertEquals("text/turtle", contentType(r).split(";")[0]);
            Model m = parse(r.body(), Lang.TURTLE);
            Resource svc = m.createResource(server.endpointUrl());
            assertTrue(svc.hasProperty(RDF.type, m.createResource(SD + "Service")), r.body());
            assertEquals(svc, svc.getPropertyResourceValue(sdp(m, "endpoint")));
            assertTrue(svc.hasProperty(sdp(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query")));
            assertTrue(svc.hasProperty(sdp(m, "feature"), m.createResource(SD + "UnionDefaultGraph")));
            assertFalse(svc.hasProperty(sdp(m, "feature"), m.createResource(SD + "BasicFederatedQuery")), "SERVICE is refused");
            assertFalse(m.contains(null, sdp(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Update")), "read only");
            Resource dataset = svc.getPropertyResourceValue(sdp(m, "defaultDataset"));
            long named = dataset.listProperties(sdp(m, "namedGraph")).toList().size();
            assertEquals(Txn.calculateRead(seeds, () -> org.apache.jena.atlas.iterator.Iter.count(seeds.listGraphNodes())), named);
        }
        HttpResponse<String> jsonld = get(server.endpointUrl(), "application/ld+json");
        assertEquals("application/ld+json", contentType(jsonld).split(";")[0]);
        assertEquals("application/n-triples", contentType(get(server.endpointUrl() + "?format=nt", null)).split(";")[0]);
        // With a query the endpoint still answers it.
        HttpResponse<String> q = getQuery(server.endpointUrl(), "ASK {}", "application/sparql-results+json");
        assertTrue(q.body().contains("\"boolean\""), q.body());
    }

    private static Property sdp(Model m, String local) {
        return m.createProperty(SD, local);
    }

    // ---- Landing page

    @Test
    void landingPageLinksTheUiEveryQueryTheOntologyAndTheDumps() throws IOException {
        HttpResponse<String> r = get(server.rootUrl(), "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("href=\"/ui/\""), "the UI");
        assertTrue(html.contains("href=\"/ontology\""), "the ontology");
        assertTrue(html.contains("href=\"/.well-known/void\""), "VoID");
        assertTrue(html.contains("href=\"/dumps/" + Dumps.NQUADS + "\"") && html.contains("href=\"/dumps/" + Dumps.TRIG + "\""), "the dumps");
        assertTrue(html.contains("href=\"/diplomacy/sparql\""), "the endpoint");
        List<Path> queries;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(queries.isEmpty());
        for (Path q : queries)
            assertTrue(html.contains("<code>" + q.getFileName() + "</code>"), q + " listed");
        // Every query runs with one click: in the UI, and on the endpoint.
        Matcher ui = Pattern.compile("href=\"(/ui/#/dataset/diplomacy/query\\?query=[^\"]+)\"").matcher(html);
        int uiLinks = 0;
        while (ui.find())
            uiLinks++;
        assertEquals(queries.size(), uiLinks);
        Matcher run = Pattern.compile("class=\"run-text\" href=\"([^\"]+)\"").matcher(html);
        int ran = 0;
        while (run.find()) {
            String href = run.group(1).replace("&amp;", "&");
            HttpResponse<String> result = get(server.rootUrl() + href.substring(1), "text/html,*/*;q=0.8");
            assertEquals(200, result.statusCode(), href + ": " + result.body());
            ran++;
        }
        assertEquals(queries.size(), ran);
        // The query text in the UI link is the file's text.
        Matcher first = Pattern.compile("href=\"/ui/#/dataset/diplomacy/query\\?query=([^\"]+)\"").matcher(html);
        assertTrue(first.find());
        assertEquals(Files.readString(queries.get(0)), URLDecoder.decode(first.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8));
        assertTrue(html.contains("href=\"/page/id/article/"), "articles to browse");
    }

    @Test
    void titlesComeFromTheHeaderComment() {
        assertEquals("Where, and on which date, was the ministerial held, according to each source?",
                     LandingServlet.title("# Q05. Where, and on which date, was the ministerial\n# held, according to each source?\n#\n# More.\nSELECT"));
        assertEquals("", LandingServlet.title("SELECT * {}"));
    }

    // ---- Dumps

    @Test
    void dumpsAreServedAsTheyAreOnDisk() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String name : Dumps.FILES) {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(server.rootUrl() + "dumps/" + name))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), name);
            assertArrayEquals(Files.readAllBytes(dumps.resolve(name)), r.body(), name);
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(name.endsWith(".gz") ? type.equals("application/gzip") : type.startsWith("text/plain"), type);
            assertTrue(r.headers().firstValue("Content-Encoding").isEmpty(), "sent as the gzip file, not decompressed on the way");
        }
        assertEquals(200, get(server.rootUrl() + "dumps/", "text/html").statusCode());
        assertEquals(404, get(server.rootUrl() + "dumps/pom.xml", null).statusCode());
        int up = get(server.rootUrl() + "dumps/..%2Fpom.xml", null).statusCode();
        assertTrue(up >= 400 && up < 500, "status " + up);
        try (DkgServer none = DkgServer.start(TestData.seedDataset(), testConfig())) {
            assertEquals(404, get(none.rootUrl() + "dumps/" + Dumps.NQUADS, null).statusCode());
        }
    }

    private static long count(String select) {
        return Txn.calculateRead(seeds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(seeds)).query(select).build()) {
                RDFNode n = qe.execSelect().next().get("n");
                return n.asLiteral().getLong();
            }
        });
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(m);
        return m;
    }
}
