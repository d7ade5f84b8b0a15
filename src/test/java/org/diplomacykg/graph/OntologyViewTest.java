package org.diplomacykg.graph;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.diplomacykg.graph.OntologyView.Concept;
import org.diplomacykg.graph.OntologyView.Expression;
import org.diplomacykg.graph.OntologyView.Iri;
import org.diplomacykg.graph.OntologyView.Kind;
import org.diplomacykg.graph.OntologyView.Match;
import org.diplomacykg.graph.OntologyView.Term;
import org.diplomacykg.graph.OntologyView.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ontology read into the records that both its HTML page and {@code docs/ontology.md} are written from: the
 * project's ontology with its event codes, as the server reads them, and a small ontology for the corner cases.
 */
class OntologyViewTest {

    private static OntologyView view;

    @BeforeAll
    static void read() {
        Model m = RDFDataMgr.loadModel("ontology/diplomacy.ttl");
        Resource ontology = m.createResource(DKG.ONTOLOGY_IRI);
        RDFDataMgr.read(m, "ontology/event-codes.ttl");
        view = OntologyView.of(m, ontology);
    }

    private static Term term(Kind kind, String localName) {
        return view.terms(kind).stream().filter(t -> t.localName().equals(localName)).findFirst().orElseThrow(() -> new AssertionError(localName));
    }

    private static Iri dkg(String localName) {
        return new Iri(DKG.NS + localName, "dkg:" + localName);
    }

    @Test
    void headerIsTheOntologysOwn() {
        OntologyView.Header h = view.header();
        assertEquals(DKG.ONTOLOGY_IRI, h.iri());
        assertEquals("Diplomacy knowledge graph ontology", h.displayTitle());
        assertEquals(Optional.of("0.2.0"), h.version());
        assertEquals(List.of(new Iri(DKG.ONTOLOGY_IRI + "/0.2.0", DKG.ONTOLOGY_IRI + "/0.2.0")), h.versionIris());
        assertEquals(DKG.NS, h.namespace());
        assertEquals(Optional.of("dkg"), h.prefix());
        assertEquals(List.of(new Text("2026-11-25")), h.about(DCTerms.modified).orElseThrow().values());
        assertEquals(List.of(DKG.ONTOLOGY_IRI + "/event-codes"), h.others().stream().map(OntologyView.OtherOntology::iri).toList());
    }

    @Test
    void termsByKindWithTheirAnchors() {
        List<String> classes = view.terms(Kind.CLASS).stream().map(Term::localName).toList();
        assertTrue(classes.contains("Visit") && classes.contains("Place"), classes.toString());
        assertFalse(classes.contains("place"), "a property is no class");
        assertEquals("Place", term(Kind.CLASS, "Place").anchor());
        assertEquals("place", term(Kind.OBJECT_PROPERTY, "place").anchor());
        assertTrue(view.isClass(DKG.NS + "Place") && !view.isClass(DKG.NS + "place"));
        assertEquals(Optional.of("Visit"), view.anchor(DKG.NS + "Visit"));
        assertEquals(List.of(Kind.CLASS, Kind.OBJECT_PROPERTY, Kind.DATATYPE_PROPERTY, Kind.ANNOTATION_PROPERTY),
            view.groups().stream().map(OntologyView.Group::kind).toList());
    }

    @Test
    void aTermWithItsRelationsAnnotationsAndExample() {
        Term visit = term(Kind.CLASS, "Visit");
        assertTrue(visit.superClasses().contains(dkg("Event")), visit.superClasses().toString());
        assertEquals(List.of(new Iri("https://w3id.org/diplomacy-kg/ontology/cameo#042", "cameo:042"),
            new Iri("https://w3id.org/diplomacy-kg/ontology/cameo#043", "cameo:043")), visit.annotation(DKG.cameoCode));
        assertEquals(List.of("class"), visit.kinds());
        assertEquals(1, visit.examples().size());
        Term event = term(Kind.CLASS, "Event");
        assertTrue(event.subClasses().contains(dkg("Visit")), event.subClasses().toString());
        assertTrue(event.domainOf().contains(dkg("participant")), event.domainOf().toString());
        Term met = term(Kind.OBJECT_PROPERTY, "met");
        assertEquals(List.of("symmetric"), met.characteristics());
        assertEquals(List.of("object property", "symmetric"), met.kinds());
    }

    @Test
    void anonymousClassesAndChainsAreExpressions() {
        assertEquals(List.of(new Expression("and", List.of(dkg("Event"), new Expression("value", List.of(dkg("planned"), new Text("true")))))),
            term(Kind.CLASS, "PlannedEvent").equivalentClasses());
        assertEquals(List.of(List.of(new Expression("inverse", List.of(dkg("holder"))), dkg("post"))),
            term(Kind.OBJECT_PROPERTY, "holdsPost").chains());
    }

    @Test
    void conceptsOfTheSchemes() {
        assertEquals(List.of("cameo", "plover"), view.schemes().stream().map(s -> s.iri().substring(s.iri().lastIndexOf('/') + 1)).toList());
        Concept visit = view.concept("https://w3id.org/diplomacy-kg/ontology/cameo#042").orElseThrow();
        assertEquals("042", visit.code());
        assertEquals("Make a visit", visit.label());
        assertEquals(List.of(new Iri("https://w3id.org/diplomacy-kg/ontology/cameo#04", "cameo:04")), visit.broader());
        assertEquals(List.of(new Match("http://www.w3.org/2004/02/skos/core#closeMatch", "close match",
            new Iri("https://w3id.org/diplomacy-kg/ontology/plover#CONSULT-visit", "plover:CONSULT-visit"))), visit.matches());
        assertEquals("closeMatch", visit.matches().get(0).localName());
        List<String> codes = view.schemes().get(0).concepts().stream().map(Concept::code).toList();
        assertEquals(codes.stream().sorted().toList(), codes, "by notation");
    }

    @Test
    void anchorsStayUniqueAndNestingIsCut() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
            @prefix ex: <https://example.org/onto#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://example.org/onto> a owl:Ontology .
            ex:A a owl:Class ; rdfs:subClassOf [ owl:complementOf [ owl:complementOf [ owl:complementOf [ owl:complementOf
                [ owl:complementOf [ owl:complementOf [ owl:complementOf [ owl:complementOf ex:A ] ] ] ] ] ] ] ] .
            <https://example.org/s1> a skos:ConceptScheme .
            <https://example.org/s1#A> skos:inScheme <https://example.org/s1> .
            """, Lang.TURTLE).parse(m);
        OntologyView v = OntologyView.of(m, m.createResource("https://example.org/onto"));
        assertEquals(Optional.of("A"), v.anchor("https://example.org/onto#A"));
        String conceptAnchor = v.anchor("https://example.org/s1#A").orElseThrow();
        assertNotEquals("A", conceptAnchor, "the concept's anchor may not be the class's");
        assertEquals(Optional.of("scheme-s1"), v.anchor("https://example.org/s1"));
        OntologyView.Node n = v.terms(Kind.CLASS).get(0).superClasses().get(0);
        int depth = 0;
        while (n instanceof Expression e && e.operator().equals("not")) {
            n = e.operands().get(0);
            depth++;
        }
        assertEquals(new Expression("…", List.of()), n, "cut after " + depth);
        assertEquals(7, depth);
    }
}
