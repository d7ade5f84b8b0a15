package org.diplomacykg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * ontology/event-codes.ttl is a well-formed pair of SKOS schemes, and every event class of ontology/diplomacy.ttl
 * names its CAMEO code(s) from it.
 */
class EventCodesTest {
    private static final String DKG = "https://w3id.org/diplomacy-kg/ontology#";
    private static final String CAMEO = "https://w3id.org/diplomacy-kg/ontology/cameo#";
    private static final String PLOVER = "https://w3id.org/diplomacy-kg/ontology/plover#";
    private static final Model CODES = RDFDataMgr.loadModel("ontology/event-codes.ttl");
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/diplomacy.ttl");
    private static final Property CAMEO_CODE = ResourceFactory.createProperty(DKG + "cameoCode");

    @Test
    void theCodesTheEventClassesUseAreThereWithTheirParents() {
        Set<String> notations = new TreeSet<>();
        CODES.listResourcesWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
            if (c.getURI().startsWith(CAMEO)) {
                notations.add(c.getRequiredProperty(SKOS.notation).getString());
            }
        });
        assertTrue(notations.containsAll(List.of("01", "010", "03", "036", "04", "040", "042", "043", "044", "045", "046",
                "05", "057")), "CAMEO codes: " + notations);
    }

    @Test
    void everyConceptIsLabelledInItsSchemeAndReachesATopConcept() {
        CODES.listResourcesWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
            String where = c.getURI();
            assertTrue(c.hasProperty(SKOS.prefLabel) && "en".equals(c.getProperty(SKOS.prefLabel).getLanguage()), where);
            assertTrue(c.hasProperty(SKOS.notation), where);
            Resource scheme = c.getRequiredProperty(SKOS.inScheme).getResource();
            Resource top = c;
            while (top.hasProperty(SKOS.broader)) {
                top = top.getRequiredProperty(SKOS.broader).getResource();
                assertTrue(top.hasProperty(SKOS.inScheme, scheme), where + " broader in the same scheme");
            }
            assertTrue(top.hasProperty(SKOS.topConceptOf, scheme) && scheme.hasProperty(SKOS.hasTopConcept, top), where);
            if (where.startsWith(CAMEO)) {
                String code = c.getRequiredProperty(SKOS.notation).getString();
                assertEquals(CAMEO + code, where, "a CAMEO concept's IRI ends with its code");
                if (code.length() == 3) {
                    assertEquals(CAMEO + code.substring(0, 2), c.getRequiredProperty(SKOS.broader).getResource().getURI());
                }
            }
        });
    }

    @Test
    void ploverMatchesPointToPloverConcepts() {
        int matches = 0;
        for (Property p : List.of(SKOS.closeMatch, SKOS.broadMatch)) {
            for (var s : CODES.listStatements(null, p, (Resource) null).toList()) {
                assertTrue(s.getSubject().getURI().startsWith(CAMEO), s.toString());
                assertTrue(s.getResource().getURI().startsWith(PLOVER), s.toString());
                assertTrue(CODES.contains(s.getResource(), RDF.type, SKOS.Concept), "undefined PLOVER concept in " + s);
                matches++;
            }
        }
        assertTrue(matches >= 10, "CAMEO → PLOVER matches: " + matches);
    }

    @Test
    void everyEventClassNamesItsCameoCode() {
        Resource event = ONTOLOGY.createResource(DKG + "Event");
        // Classes that are not one kind of event: the generic class, the merged event and "happened" (its kind
        // comes from its other class).
        Set<String> noCode = Set.of(DKG + "Event", DKG + "ConsolidatedEvent", DKG + "OccurredEvent");
        Set<String> missing = new TreeSet<>();
        ONTOLOGY.listSubjectsWithProperty(RDF.type, ResourceFactory.createResource("http://www.w3.org/2002/07/owl#Class"))
                .forEach(c -> {
                    if (c.isURIResource() && c.getURI().startsWith(DKG) && isEvent(c, event) && !noCode.contains(c.getURI())
                            && !c.hasProperty(CAMEO_CODE)) {
                        missing.add(c.getURI());
                    }
                });
        assertTrue(missing.isEmpty(), "event classes without dkg:cameoCode: " + missing);
        ONTOLOGY.listStatements(null, CAMEO_CODE, (Resource) null).forEach(s ->
                assertTrue(CODES.contains(s.getResource(), RDF.type, SKOS.Concept) && s.getResource().getURI().startsWith(CAMEO),
                        "dkg:cameoCode to an unknown CAMEO concept: " + s));
    }

    private static boolean isEvent(Resource c, Resource event) {
        if (c.equals(event)) {
            return true;
        }
        if (c.getURI() != null && (c.getURI().equals(DKG + "PlannedEvent") || c.getURI().equals(DKG + "OccurredEvent"))) {
            return true; // defined by an equivalence to an intersection with dkg:Event
        }
        for (var s : c.listProperties(RDFS.subClassOf).toList()) {
            if (s.getObject().isURIResource() && isEvent(s.getResource(), event)) {
                return true;
            }
        }
        return false;
    }
}
