package org.diplomacykg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * docs/ontology.md covers every term of the ontology: its generated reference equals what {@link OntologyDoc} makes
 * from the Turtle files now. Run with {@code -Ddkg.updateDocs=true} to rewrite the generated part instead.
 */
class OntologyDocTest {
    private static final Path DOC = Path.of("docs", "ontology.md");
    private static final String DKG = "https://w3id.org/diplomacy-kg/ontology#";

    private static OntologyDoc generator() {
        return OntologyDoc.read(Path.of("ontology", "diplomacy.ttl"), Path.of("ontology", "event-codes.ttl"));
    }

    @Test
    void generatedReferenceIsUpToDate() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String updated = generator().update(doc);
        if (Boolean.getBoolean("dkg.updateDocs")) {
            Files.writeString(DOC, updated, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(updated, doc, "docs/ontology.md is out of date: run mvn -B -q test -Dtest=OntologyDocTest -Ddkg.updateDocs=true");
    }

    @Test
    void everyTermHasASection() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Model m = RDFDataMgr.loadModel("ontology/diplomacy.ttl");
        Set<String> missing = new TreeSet<>();
        for (var kind : new org.apache.jena.rdf.model.Resource[] {OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty}) {
            m.listSubjectsWithProperty(RDF.type, kind).forEach(t -> {
                if (t.isURIResource() && t.getURI().startsWith(DKG) && !doc.contains("\n#### dkg:" + t.getLocalName() + "\n")) {
                    missing.add(t.getURI());
                }
            });
        }
        assertTrue(missing.isEmpty(), "terms without a section in docs/ontology.md: " + missing);
    }
}
