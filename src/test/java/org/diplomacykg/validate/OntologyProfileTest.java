package org.diplomacykg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDatatype;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWL2RLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.profiles.violations.UseOfIllegalDataRange;

/**
 * The ontology files against the OWL API's profile checkers: every triple maps to OWL (nothing left unparsed, no
 * entity whose kind the parser had to guess), the files are OWL 2 DL, and OWL 2 RL but for the axioms that
 * docs/ontology.md lists: xsd:date, which OWL 2's datatype map lacks, declared and used as the range of dkg:date and
 * dkg:validAt. No violation is filtered otherwise; a new one fails this test.
 */
class OntologyProfileTest {
    private static final String DKG = "https://w3id.org/diplomacy-kg/ontology#";
    private static final IRI XSD_DATE = IRI.create("http://www.w3.org/2001/XMLSchema#date");

    private static OWLOntology load(String file) throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        return m.loadOntologyFromOntologyDocument(new File(file));
    }

    /** The RL violations we accept, with the reason in docs/ontology.md ("OWL 2 profile"). */
    private static Set<OWLAxiom> acceptedOutsideRl(String file, OWLDataFactory df) {
        if (!file.endsWith("diplomacy.ttl")) {
            return Set.of();
        }
        OWLDatatype date = df.getOWLDatatype(XSD_DATE);
        return Set.of(df.getOWLDeclarationAxiom(date),
                df.getOWLDataPropertyRangeAxiom(df.getOWLDataProperty(IRI.create(DKG + "date")), date),
                df.getOWLDataPropertyRangeAxiom(df.getOWLDataProperty(IRI.create(DKG + "validAt")), date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ontology/diplomacy.ttl", "ontology/event-codes.ttl"})
    void everyTripleIsOwlAndEveryEntityDeclared(String file) throws Exception {
        OWLOntology o = load(file);
        OWLOntologyLoaderMetaData meta = o.getOWLOntologyManager().getOntologyFormat(o).getOntologyLoaderMetaData()
                .orElseThrow();
        assertEquals(List.of(), meta.getUnparsedTriples().map(Object::toString).toList(), "triples the OWL parser could not map");
        assertTrue(meta.getGuessedDeclarations().isEmpty(), "entities without a declaration: " + meta.getGuessedDeclarations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ontology/diplomacy.ttl", "ontology/event-codes.ttl"})
    void isOwl2Dl(String file) throws Exception {
        List<OWLProfileViolation> v = new OWL2DLProfile().checkOntology(load(file)).getViolations();
        assertTrue(v.isEmpty(), () -> v.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ontology/diplomacy.ttl", "ontology/event-codes.ttl"})
    void isOwl2RlButForXsdDate(String file) throws Exception {
        OWLOntology o = load(file);
        List<OWLProfileViolation> v = new OWL2RLProfile().checkOntology(o).getViolations();
        String all = v.stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertTrue(v.stream().allMatch(x -> x instanceof UseOfIllegalDataRange r && r.getExpression().isOWLDatatype()
                        && XSD_DATE.equals(r.getExpression().asOWLDatatype().getIRI())),
                "violations other than xsd:date:\n" + all);
        Set<OWLAxiom> outside = v.stream().map(OWLProfileViolation::getAxiom).collect(Collectors.toSet());
        assertEquals(acceptedOutsideRl(file, o.getOWLOntologyManager().getOWLDataFactory()), outside, all);
    }
}
