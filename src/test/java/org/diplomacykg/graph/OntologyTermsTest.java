package org.diplomacykg.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.TestData;
import org.junit.jupiter.api.Test;

/** The converter writes no term of our namespace that the ontology lacks, and every term there is documented. */
class OntologyTermsTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/diplomacy.ttl");

    private static boolean declared(String iri) {
        Resource r = ONTOLOGY.createResource(iri);
        return ONTOLOGY.contains(r, RDF.type, OWL.Class) || ONTOLOGY.contains(r, RDF.type, OWL.ObjectProperty)
                || ONTOLOGY.contains(r, RDF.type, OWL.DatatypeProperty) || ONTOLOGY.contains(r, RDF.type, OWL.AnnotationProperty);
    }

    @Test
    void everyVocabularyConstantIsDeclared() throws Exception {
        Set<String> missing = new TreeSet<>();
        for (Field f : DKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof RDFNode n && n.isURIResource()) {
                if (!declared(n.asResource().getURI())) {
                    missing.add(n.asResource().getURI());
                }
            }
        }
        assertTrue(missing.isEmpty(), "DKG constants missing from ontology/diplomacy.ttl: " + missing);
    }

    @Test
    void convertedSeedsUseOnlyDeclaredTerms() {
        DatasetGraph dsg = TestData.seedDataset();
        Node ontologyGraph = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "graph/ontology");
        Set<String> missing = new TreeSet<>();
        dsg.find().forEachRemaining(q -> {
            if (q.getGraph().equals(ontologyGraph)) {
                return;
            }
            check(q.getPredicate(), missing);
            if (q.getPredicate().equals(RDF.type.asNode())) {
                check(q.getObject(), missing);
            }
        });
        assertTrue(missing.isEmpty(), "terms written but not in the ontology: " + missing);
    }

    private static void check(Node n, Set<String> missing) {
        if (n.isURI() && n.getURI().startsWith(DKG.NS) && !declared(n.getURI())) {
            missing.add(n.getURI());
        }
    }

    @Test
    void everyTermHasLabelAndComment() {
        Set<String> undocumented = new TreeSet<>();
        ONTOLOGY.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(DKG.NS)
                    && (!s.hasProperty(RDFS.label) || !s.hasProperty(RDFS.comment))) {
                undocumented.add(s.getURI());
            }
        });
        assertTrue(undocumented.isEmpty(), "terms without rdfs:label or rdfs:comment: " + undocumented);
    }
}
