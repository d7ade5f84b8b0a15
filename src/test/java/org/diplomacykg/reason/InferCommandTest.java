package org.diplomacykg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplomacykg.CliRun;
import org.diplomacykg.store.DatasetFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code infer}: writes only the inferred triples, in the syntax of the extension; the experiments table; exit codes. */
class InferCommandTest {
    private static final String ID = "https://w3id.org/diplomacy-kg/id/";
    private static final Node A = NodeFactory.createURI(ID + "person/a");
    private static final Node B = NodeFactory.createURI(ID + "person/b");
    private static final Node MET = NodeFactory.createURI("https://w3id.org/diplomacy-kg/ontology#met");

    @TempDir
    static Path dir;
    static Path data;

    /** A built dataset: the ontology graph and one article graph where a met b. */
    @BeforeAll
    static void data() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.addGraph(NodeFactory.createURI("https://w3id.org/diplomacy-kg/graph/ontology"), RDFDataMgr.loadGraph("ontology/diplomacy.ttl"));
        Graph article = GraphFactory.createGraphMem();
        RDFParser.fromString("<" + A.getURI() + "> a <https://w3id.org/diplomacy-kg/ontology#Person> ; <" + MET.getURI() + "> <" + B.getURI() + "> .",
                             Lang.TURTLE).parse(article);
        dsg.addGraph(NodeFactory.createURI("https://w3id.org/diplomacy-kg/graph/article/x"), article);
        data = dir.resolve("built.trig");
        DatasetFiles.writeTrig(dsg, data);
    }

    @Test
    void writesOnlyTheInferredTriples() {
        Path out = dir.resolve("owl.nt");
        CliRun.Result r = CliRun.run("infer", "--reasoning", "owl-rl", "--data", data.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("owl-rl: "), r.out());
        Graph g = RDFDataMgr.loadGraph(out.toString());
        assertTrue(g.contains(B, MET, A), "the symmetric statement is inferred");
        assertFalse(g.contains(A, MET, B), "the asserted statement is not repeated");
    }

    @Test
    void namedGraphInQuadSyntaxes() {
        Path out = dir.resolve("rules.trig");
        CliRun.Result r = CliRun.run("infer", "--reasoning", "rules", "--data", data.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
        Node graph = NodeFactory.createURI("https://w3id.org/diplomacy-kg/graph/inferred/rules");
        assertTrue(dsg.contains(graph, B, MET, A));
        assertEquals(1, dsg.size(), "one named graph");
    }

    @Test
    void experimentsTable() throws IOException {
        Path queries = Files.createDirectories(dir.resolve("q"));
        Files.writeString(queries.resolve("01-met.rq"), "SELECT ?x WHERE { ?x <" + MET.getURI() + "> <" + A.getURI() + "> }", StandardCharsets.UTF_8);
        CliRun.Result r = CliRun.run("infer", "--experiments", queries.toString(), "--data", data.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("| query | reasoner | rows | inference ms | query ms |"), r.out());
        assertTrue(r.out().matches("(?s).*\\| 01-met\\.rq \\| none \\| 0 \\|.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\| 01-met\\.rq \\| owl-rl \\| 1 \\|.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\| 01-met\\.rq \\| rules \\| 1 \\|.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\| 01-met\\.rq \\| rdfs \\| 0 \\|.*"), r.out());
    }

    @Test
    void badUsageAndFailures() throws IOException {
        assertEquals(2, CliRun.run("infer", "--reasoning", "owl", "--data", data.toString(), "-o", dir.resolve("x.ttl").toString()).status());
        assertEquals(2, CliRun.run("infer", "--reasoning", "rdfs", "--data", data.toString()).status(), "no output");
        assertEquals(2, CliRun.run("infer", "--reasoning", "rdfs", "--data", data.toString(), "-o", dir.resolve("x.txt").toString()).status());
        assertEquals(2, CliRun.run("infer", "--reasoning", "rules", "--inference-rules", dir.resolve("none.rules").toString(),
                                   "--data", data.toString(), "-o", dir.resolve("x.ttl").toString()).status(), "rules file missing");
        Path broken = dir.resolve("broken.trig");
        Files.writeString(broken, "<a> <b> .", StandardCharsets.UTF_8);
        assertEquals(1, CliRun.run("infer", "--reasoning", "rdfs", "--data", broken.toString(), "-o", dir.resolve("x.ttl").toString()).status());
        assertFalse(Files.exists(dir.resolve("x.ttl")), "nothing written on failure");
        CliRun.Result help = CliRun.run("infer", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--reasoning=rdfs|owl-rl|rules"), help.out());
    }
}
