package org.diplomacykg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The inference engine: what each reasoner adds over a small graph, what is dropped, the dataset with the inferred graph. */
class InferenceTest {
    private static final String DKG = "https://w3id.org/diplomacy-kg/ontology#";
    private static final String ID = "https://w3id.org/diplomacy-kg/id/";
    private static final Node A = NodeFactory.createURI(ID + "person/a");
    private static final Node B = NodeFactory.createURI(ID + "person/b");
    private static final Node CITY = NodeFactory.createURI(ID + "city/c");
    private static final Node REGION = NodeFactory.createURI(ID + "region/r");
    private static final Node MET = NodeFactory.createURI(DKG + "met");
    private static final Node LOCATED_IN = NodeFactory.createURI(DKG + "locatedIn");

    /** The ontology plus: a met b; city in state in region; a is a dkg:Person. */
    private static Graph data() {
        Graph g = GraphFactory.createGraphMem();
        RDFDataMgr.loadGraph("ontology/diplomacy.ttl").find().forEachRemaining(g::add);
        RDFParser.fromString("""
            @prefix dkg: <https://w3id.org/diplomacy-kg/ontology#> .
            <https://w3id.org/diplomacy-kg/id/person/a> a dkg:Person ; dkg:met <https://w3id.org/diplomacy-kg/id/person/b> .
            <https://w3id.org/diplomacy-kg/id/city/c> dkg:locatedIn <https://w3id.org/diplomacy-kg/id/state/s> .
            <https://w3id.org/diplomacy-kg/id/state/s> dkg:locatedIn <https://w3id.org/diplomacy-kg/id/region/r> .
            """, Lang.TURTLE).parse(g);
        return g;
    }

    private static Graph infer(Reasoning r) {
        return Inference.of(r, Inference.DEFAULT_RULES).inferred(data());
    }

    @Test
    void rdfsFollowsTheAlignmentsButNotOwl() {
        Graph g = infer(Reasoning.RDFS);
        assertTrue(g.contains(A, RDF.type.asNode(), NodeFactory.createURI("https://schema.org/Person")));
        assertFalse(g.contains(B, MET, A), "RDFS knows no symmetric property");
        assertFalse(g.contains(CITY, LOCATED_IN, REGION), "RDFS knows no transitive property");
    }

    @Test
    void owlRlReadsSymmetricAndTransitiveProperties() {
        Graph g = infer(Reasoning.OWL_RL);
        assertTrue(g.contains(B, MET, A));
        assertTrue(g.contains(CITY, LOCATED_IN, REGION));
        assertTrue(g.contains(A, RDF.type.asNode(), NodeFactory.createURI("https://schema.org/Person")));
    }

    @Test
    void onlyInferredTriplesAndNoTautologies() {
        Graph asserted = data();
        for (Reasoning r : Reasoning.values()) {
            Graph g = Inference.of(r, Inference.DEFAULT_RULES).inferred(asserted);
            assertFalse(g.isEmpty(), r + " inferred nothing");
            g.find().forEachRemaining(t -> {
                assertFalse(asserted.contains(t), r + " returned an asserted triple " + t);
                assertTrue(Inference.kept(t), r + " returned a dropped triple " + t);
            });
            assertFalse(g.contains(A, RDF.type.asNode(), RDFS.Resource.asNode()));
        }
    }

    @Test
    void dropsTautologiesAndAxioms() {
        Node x = NodeFactory.createURI(DKG + "X");
        assertFalse(Inference.kept(Triple.create(x, OWL.sameAs.asNode(), x)));
        assertFalse(Inference.kept(Triple.create(x, RDFS.subClassOf.asNode(), x)));
        assertFalse(Inference.kept(Triple.create(A, RDF.type.asNode(), RDFS.Resource.asNode())));
        assertFalse(Inference.kept(Triple.create(A, RDF.type.asNode(), NodeFactory.createBlankNode())));
        assertFalse(Inference.kept(Triple.create(RDF.type.asNode(), RDFS.range.asNode(), RDFS.Class.asNode())));
        assertTrue(Inference.kept(Triple.create(x, RDFS.subClassOf.asNode(), NodeFactory.createURI(DKG + "Y"))));
        assertTrue(Inference.kept(Triple.create(A, OWL.sameAs.asNode(), B)));
    }

    @Test
    void inferredGraphBesideTheAssertedOnes() {
        DatasetGraph asserted = DatasetGraphFactory.createTxnMem();
        Node g1 = NodeFactory.createURI("https://w3id.org/diplomacy-kg/graph/article/x");
        asserted.add(g1, A, MET, B);
        Graph inferred = GraphFactory.createGraphMem();
        inferred.add(Triple.create(B, MET, A));
        String name = Reasoning.OWL_RL.graphIri("https://w3id.org/diplomacy-kg/");
        assertEquals("https://w3id.org/diplomacy-kg/graph/inferred/owl-rl", name);
        DatasetGraph both = Inference.withInferred(asserted, inferred, name);
        assertTrue(both.contains(g1, A, MET, B));
        assertTrue(both.contains(NodeFactory.createURI(name), B, MET, A));
        assertFalse(both.contains(g1, B, MET, A), "the inferred triple is in its own graph only");
        assertFalse(asserted.contains(Node.ANY, B, MET, A), "the asserted dataset is not changed");
    }

    @Test
    void parsesTheCommandLineNames() {
        assertEquals(Reasoning.RDFS, Reasoning.parse("rdfs"));
        assertEquals(Reasoning.OWL_RL, Reasoning.parse("OWL-RL"));
        assertEquals(Reasoning.RULES, Reasoning.parse("rules"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Reasoning.parse("owl"));
        assertTrue(e.getMessage().contains("rdfs, owl-rl, rules"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Inference.of(Reasoning.RULES, Path.of("no/such.rules")));
    }
}
