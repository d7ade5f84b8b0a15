package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.TestData;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.RdfFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A client that reads the default graph of a resource's data document finds the resource's statements, whatever
 * format it gets. Comunica (link traversal) sends {@link #COMUNICA_ACCEPT}, ranks N-Quads first and, like a SPARQL query
 * without {@code GRAPH}, matches the default graph only: the quad formats must have the statements there too, not only
 * in the named graphs that say which article states them.
 * <p>
 * {@link #comunicaFindsTheStatementsByLinkTraversal} runs the real Comunica over a server whose base is its own URL. It
 * is skipped, saying why, unless {@code node} runs and {@value #COMUNICA_ENV} (environment, or system property
 * {@value #COMUNICA_PROPERTY}) names a folder where {@code npm install @comunica/query-sparql-link-traversal} was run;
 * nothing is installed or downloaded by the test.
 */
class LinkTraversalTest {

    /** The {@code Accept} header of Comunica's HTTP requests (@comunica/query-sparql-link-traversal 0.5, Comunica 4). */
    static final String COMUNICA_ACCEPT = "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,"
        + "application/n-triples;q=0.8,text/turtle;q=0.6,application/rdf+xml;q=0.5,text/n3;q=0.35,application/xml;q=0.3,"
        + "image/svg+xml;q=0.3,text/xml;q=0.3,text/html;q=0.2,application/xhtml+xml;q=0.18,application/json;q=0.135,"
        + "text/shaclc;q=0.1,text/shaclc-ext;q=0.05";
    static final String COMUNICA_ENV = "DKG_COMUNICA";
    static final String COMUNICA_PROPERTY = "dkg.comunica";
    private static final long COMUNICA_TIMEOUT_SECONDS = 240;

    private static final String KERRY_PATH = "id/person/john-kerry";
    private static final String KERRY = ServerConfig.DEFAULT_BASE + KERRY_PATH;

    @RegisterExtension
    static final SeedServer SEED = new SeedServer();

    @Test
    void comunicasRequestGetsADocumentWhoseDefaultGraphDescribesTheResource() {
        assertEquals(RdfFormat.NQUADS, RdfFormat.negotiate(COMUNICA_ACCEPT, List.of(RdfFormat.values())).orElseThrow(), "Comunica ranks N-Quads first");
        DatasetGraph doc = dereference(SEED.server(), SEED.server().resourceUrl(KERRY), COMUNICA_ACCEPT);
        List<String[]> found = propertiesOf(doc, KERRY);
        assertFalse(found.isEmpty(), "SELECT ?p ?o over the document's default graph finds nothing");
        assertTrue(found.stream().anyMatch(po -> po[0].equals(RDFS.label.getURI()) && po[1].equals("John Kerry")), "the label");
        Graph turtle = parse(get(SEED.server().rootUrl() + "data/" + KERRY_PATH + ".ttl", null).body(), Lang.TURTLE).getDefaultGraph();
        assertEquals(propertiesOf(DatasetGraphFactory.wrap(turtle), KERRY).size(), found.size(), "as many statements as the Turtle");
        // The provenance stays: each statement is also in the named graph of its article.
        assertTrue(doc.listGraphNodes().hasNext(), "named graphs");
        Triple label = Triple.create(NodeFactory.createURI(KERRY), RDFS.Nodes.label, NodeFactory.createLiteralLang("John Kerry", "en"));
        assertTrue(doc.find(Node.ANY, label.getSubject(), label.getPredicate(), label.getObject()).hasNext());
        assertTrue(doc.stream().filter(q -> !q.isDefaultGraph()).map(Quad::asTriple).anyMatch(label::equals), "the label in a named graph");
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TRIG", "NQUADS"})
    void theDefaultGraphOfAQuadDocumentIsTheTripleDocument(RdfFormat f) {
        DatasetGraph quads = parse(get(SEED.server().rootUrl() + "data/" + KERRY_PATH + "." + f.shortName(), null).body(), f.lang().orElseThrow());
        Graph turtle = parse(get(SEED.server().rootUrl() + "data/" + KERRY_PATH + ".ttl", null).body(), Lang.TURTLE).getDefaultGraph();
        assertTrue(IsoMatcher.isomorphic(turtle, quads.getDefaultGraph()), f + ": the default graph differs from the Turtle document");
        Graph union = quads.getUnionGraph();
        assertTrue(IsoMatcher.isomorphic(turtle, union), f + ": the named graphs hold other statements than the default graph");
    }

    @Test
    void comunicaFindsTheStatementsByLinkTraversal() throws Exception {
        Path modules = comunicaModules();
        int port = freePort();
        String origin = "http://localhost:" + port + "/";
        try (DkgServer local = DkgServer.start(rebased(TestData.seedDataset(), origin), testConfig().withPort(port).withBase(origin))) {
            String kerry = origin + KERRY_PATH;
            List<JsonObject> out = runComunica(modules, origin, "SELECT DISTINCT ?p ?o WHERE { <" + kerry + "> ?p ?o }");
            String accept = out.get(0).getString("accept");
            Set<String> found = new HashSet<>();
            out.subList(1, out.size()).forEach(b -> found.add(b.getString("p") + " " + b.getString("o")));

            assertFalse(found.isEmpty(), "Comunica (Accept: " + accept + ") finds no statement about " + kerry);
            assertTrue(found.contains(RDFS.label.getURI() + " John Kerry"), found.toString());
            // What the Turtle document says of Kerry (blank nodes have other labels in every parse: left out).
            DatasetGraph turtle = parse(get(origin + "data/" + KERRY_PATH + ".ttl", null).body(), Lang.TURTLE);
            Set<String> expected = new HashSet<>();
            propertiesOf(turtle, kerry).stream().filter(po -> !po[1].startsWith("_:")).forEach(po -> expected.add(po[0] + " " + po[1]));
            assertTrue(found.containsAll(expected), "Comunica found " + found.size() + " of the " + expected.size()
                + " statements of the document: " + found);
        }
    }

    /** GET {@code url} with {@code accept}, following the 303, parsed by the {@code Content-Type} of the document. */
    private static DatasetGraph dereference(DkgServer s, String url, String accept) {
        HttpResponse<String> r = get(url, accept);
        assertEquals(303, r.statusCode(), r.body());
        String location = URI.create(url).resolve(r.headers().firstValue("Location").orElseThrow()).toString();
        HttpResponse<String> d = get(location, accept);
        assertEquals(200, d.statusCode(), d.body());
        Lang lang = RDFLanguages.contentTypeToLang(contentType(d).split(";")[0]);
        assertNotNull(lang, contentType(d));
        return parse(d.body(), lang);
    }

    /**
     * {@code SELECT ?p ?o WHERE { <iri> ?p ?o }} over the dataset, its default graph only, as SPARQL has it: each row
     * the property's IRI and the value (an IRI, a literal's lexical form, {@code _:label} for a blank node).
     */
    private static List<String[]> propertiesOf(DatasetGraph d, String iri) {
        List<String[]> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(d)).query("SELECT ?p ?o WHERE { <" + iri + "> ?p ?o }").build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Node o = s.get("o").asNode();
                String value = o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : "_:" + o.getBlankNodeLabel();
                rows.add(new String[] {s.getResource("p").getURI(), value});
            }
        }
        return rows;
    }

    private static DatasetGraph parse(String body, Lang lang) {
        DatasetGraph d = DatasetGraphFactory.create();
        DatasetFiles.parser(lang).fromString(body).parse(d);
        return d;
    }

    /** The dataset with its data and graph IRIs ({@code {base}id/…}, {@code {base}graph/…}) moved under {@code base}. */
    private static DatasetGraph rebased(DatasetGraph seeds, String base) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        List<Quad> quads = Txn.calculateRead(seeds, () -> seeds.stream().toList());
        Txn.executeWrite(out, () -> quads.forEach(q -> out.add(rebase(q.getGraph(), base), rebase(q.getSubject(), base),
            q.getPredicate(), rebase(q.getObject(), base))));
        return out;
    }

    private static Node rebase(Node n, String base) {
        if (!n.isURI())
            return n;
        for (String part : new String[] {"id/", "graph/"})
            if (n.getURI().startsWith(ServerConfig.DEFAULT_BASE + part))
                return NodeFactory.createURI(base + n.getURI().substring(ServerConfig.DEFAULT_BASE.length()));
        return n;
    }

    /** The {@code node_modules} folder with Comunica's link traversal; skips the test when there is none or no node. */
    private static Path comunicaModules() {
        String dir = System.getProperty(COMUNICA_PROPERTY, System.getenv(COMUNICA_ENV));
        assumeTrue(dir != null && !dir.isBlank(), COMUNICA_ENV + " is not set: to run Comunica, `npm install "
            + "@comunica/query-sparql-link-traversal` in a folder outside the project and set " + COMUNICA_ENV + " to it");
        Path modules = Path.of(dir).resolve("node_modules");
        assumeTrue(Files.isDirectory(modules.resolve("@comunica/query-sparql-link-traversal")),
            modules + " has no @comunica/query-sparql-link-traversal (npm install it there)");
        assumeTrue(nodeRuns(), "node is not on the PATH");
        return modules;
    }

    private static boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code comunica/select.cjs}: the first line is the {@code Accept} Comunica sent, then one line per solution. */
    private static List<JsonObject> runComunica(Path modules, String origin, String query) throws IOException, InterruptedException {
        Path script = Files.createTempFile("dkg-comunica", ".cjs");
        Path stdout = Files.createTempFile("dkg-comunica", ".out");
        Path stderr = Files.createTempFile("dkg-comunica", ".log");
        try (InputStream in = LinkTraversalTest.class.getClassLoader().getResourceAsStream("comunica/select.cjs")) {
            Files.write(script, in.readAllBytes());
            ProcessBuilder pb = new ProcessBuilder("node", script.toString(), origin, query)
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            pb.environment().put("NODE_PATH", modules.toString());
            Process p = pb.start();
            if (!p.waitFor(COMUNICA_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("Comunica did not finish in " + COMUNICA_TIMEOUT_SECONDS + " s: " + Files.readString(stderr));
            }
            assertEquals(0, p.exitValue(), "Comunica failed: " + Files.readString(stderr));
            List<JsonObject> lines = new ArrayList<>();
            for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8))
                if (!line.isBlank())
                    lines.add(Json.createReader(new StringReader(line)).readObject());
            assertFalse(lines.isEmpty(), "Comunica printed nothing: " + Files.readString(stderr));
            return lines;
        } finally {
            for (Path f : List.of(script, stdout, stderr))
                Files.deleteIfExists(f);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
