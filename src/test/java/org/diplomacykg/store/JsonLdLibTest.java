package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.diplomacykg.CliRun;
import org.diplomacykg.TestData;
import org.diplomacykg.graph.DKG;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON-LD context {@code ontology/context.jsonld}: every class and property of {@code ontology/diplomacy.ttl} gets
 * its short term (checked by compacting one statement per term with Titanium and reading the key back), the packaged
 * copy is the file, and RDF → compacted JSON-LD → RDF gives the same graphs for the seed dataset.
 */
class JsonLdLibTest {

    private static final Path CONTEXT_FILE = Path.of("ontology", JsonLdLib.FILE_NAME);
    private static final Path ONTOLOGY = Path.of("ontology", "diplomacy.ttl");
    private static final String BASE = "https://w3id.org/diplomacy-kg/";
    private static final Node S = NodeFactory.createURI(BASE + "id/thing/s");

    @Test
    void thePackagedContextIsTheFile() throws Exception {
        JsonObject file = Json.createReader(new StringReader(Files.readString(CONTEXT_FILE))).readObject();
        assertEquals(file, JsonLdLib.context(BASE));
        assertEquals(BASE + "context.jsonld", JsonLdLib.DEFAULT_CONTEXT_IRI);
    }

    @TestFactory
    Stream<DynamicTest> everyOntologyTermHasItsShortName() {
        Model onto = RDFDataMgr.loadModel(ONTOLOGY.toString());
        List<DynamicTest> tests = new ArrayList<>();
        onto.listSubjectsWithProperty(RDF.type).filterKeep(r -> r.isURIResource() && r.getURI().startsWith(DKG.NS))
            .toSet().stream().sorted((a, b) -> a.getURI().compareTo(b.getURI()))
            .forEach(term -> tests.add(DynamicTest.dynamicTest(term.getLocalName(), () -> assertShortName(onto, term))));
        assertTrue(tests.size() > 70, "terms of the ontology: " + tests.size());
        return tests.stream();
    }

    /** One statement with the term, compacted: its key (or type) must be the local name and its value short. */
    private static void assertShortName(Model onto, Resource term) {
        String name = term.getLocalName();
        Graph g = GraphFactory.createDefaultGraph();
        Node p = term.asNode();
        boolean isClass = onto.contains(term, RDF.type, OWL2.Class);
        boolean objectValued = onto.contains(term, RDF.type, OWL2.ObjectProperty) || onto.contains(term, RDF.type, OWL2.AnnotationProperty);
        Resource range = term.getPropertyResourceValue(RDFS.range);
        if (isClass) {
            g.add(S, RDF.Nodes.type, p);
        } else if (objectValued) {
            g.add(S, p, NodeFactory.createURI(BASE + "id/thing/o"));
        } else if (range != null && range.getURI().startsWith(XSD.NS) && !range.equals(XSD.xstring)) {
            g.add(S, p, NodeFactory.createLiteralDT(sampleLexical(range.getLocalName()), NodeFactory.getType(range.getURI())));
        } else if (range != null && range.getURI().equals(RDF.getURI() + "PlainLiteral")) {
            g.add(S, p, NodeFactory.createLiteralLang("x", "en"));
        } else {
            g.add(S, p, NodeFactory.createLiteralString("x"));
        }
        JsonObject node = onlyNode(g);
        if (isClass) {
            assertEquals(name, unwrap(node.get("type")).toString().replace("\"", ""), node.toString());
            return;
        }
        assertTrue(node.containsKey(name), "no short key " + name + " in " + node);
        JsonValue v = unwrap(node.get(name));
        if (objectValued)
            assertEquals("\"dkgid:thing/o\"", v.toString(), node.toString());
        else if (range != null && range.getURI().equals(RDF.getURI() + "PlainLiteral"))
            assertEquals("{\"en\":\"x\"}", v.toString(), node.toString());
        else
            assertEquals(JsonValue.ValueType.STRING, v.getValueType(), "value not plain: " + node);
    }

    private static String sampleLexical(String xsdType) {
        return switch (xsdType) {
            case "date" -> "2015-11-01";
            case "boolean" -> "true";
            default -> "1";
        };
    }

    private static JsonObject onlyNode(Graph g) {
        String json = new String(JsonLdLib.write(g, BASE), StandardCharsets.UTF_8);
        JsonObject doc = Json.createReader(new StringReader(json)).readObject();
        assertEquals(JsonLdLib.DEFAULT_CONTEXT_IRI, doc.getString("@context"), json);
        assertEquals("dkgid:thing/s", doc.getString("id"), json);
        return doc;
    }

    private static JsonValue unwrap(JsonValue v) {
        return v != null && v.getValueType() == JsonValue.ValueType.ARRAY && v.asJsonArray().size() == 1 ? v.asJsonArray().get(0) : v;
    }

    @Test
    void theSeedDatasetRoundTrips() {
        DatasetGraph seeds = TestData.seedDataset();
        byte[] json = Txn.calculateRead(seeds, () -> JsonLdLib.write(seeds, BASE));
        String text = new String(json, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"participant\""), "short keys");
        assertTrue(text.contains("\"type\": \"Visit\"") || text.contains("\"Visit\""), "short class names");
        // Every ontology property is a short key: none written as a compact or full IRI.
        assertFalse(Pattern.compile("\"(dkg:|" + Pattern.quote(DKG.NS) + ")\\w+\":").matcher(text).find(),
                    "an ontology property without its short key");

        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        DatasetFiles.parser(Lang.JSONLD).source(new ByteArrayInputStream(json)).parse(back);
        Txn.executeRead(seeds, () -> {
            assertEquals(seeds.stream().count(), back.stream().count());
            assertTrue(IsoMatcher.isomorphic(seeds, back), "RDF -> JSON-LD -> RDF changed the dataset");
        });
    }

    @Test
    void exportWritesTheDatasetAsJsonLd(@TempDir Path dir) throws Exception {
        DatasetGraph seeds = TestData.seedDataset();
        Path trig = dir.resolve("in.trig");
        DatasetFiles.writeTrig(seeds, trig);
        Path jsonld = dir.resolve("diplomacy.jsonld.gz");
        CliRun.Result r = CliRun.run("export", "--input", trig.toString(), "-o", dir.resolve("dumps").toString(), "--jsonld", jsonld.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains(jsonld + "  (JSON-LD, @context " + JsonLdLib.DEFAULT_CONTEXT_IRI + ")"), r.out());
        DatasetGraph back = DatasetFiles.readInMemory(jsonld);
        Txn.executeRead(seeds, () -> assertTrue(IsoMatcher.isomorphic(seeds, back), "export --jsonld changed the dataset"));
        assertEquals(2, CliRun.run("export", "--input", trig.toString(), "-o", dir.resolve("dumps").toString(),
                                   "--jsonld", jsonld.toString(), "--base", "not-an-iri").status());
    }

    @Test
    void anotherBaseMovesTheIdPrefix() {
        String base = "http://example.org/kg/";
        JsonObject ctx = JsonLdLib.context(base).getJsonObject("@context");
        assertEquals(base + "id/", ctx.getString(JsonLdLib.ID_PREFIX));
        assertEquals(DKG.NS, ctx.getString("dkg"));
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(base + "id/person/x"), DKG.participant.asNode(), NodeFactory.createURI(base + "id/event/e"));
        String json = new String(JsonLdLib.write(g, base), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"" + base + "context.jsonld\""), json);
        assertTrue(json.contains("\"dkgid:event/e\""), json);
    }

    @Test
    void writeEmbeddedCarriesTheContextForItsBase() {
        String base = "http://example.org/kg/";
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(base + "id/person/x"), DKG.participant.asNode(), NodeFactory.createURI(base + "id/event/e"));
        byte[] json = JsonLdLib.writeEmbedded(g, base);
        JsonObject doc = Json.createReader(new ByteArrayInputStream(json)).readObject();
        assertEquals(JsonLdLib.context(base).get("@context"), doc.get("@context"), "the context of that base, embedded");
        assertEquals("dkgid:person/x", doc.getString("id"));
        Graph back = GraphFactory.createDefaultGraph();
        // Our reader answers only the default base's context IRI: another base's would be refused, were it named.
        DatasetFiles.parser(Lang.JSONLD).source(new ByteArrayInputStream(json)).parse(back);
        assertTrue(IsoMatcher.isomorphic(g, back), new String(json, StandardCharsets.UTF_8));
    }
}
