package org.diplomacykg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer's owl:sameAs links have the identifier forms of their targets (Wikidata, GeoNames, DBpedia),
 * no identifier names two entities, and every State and City has a GeoNames link and every entity a Wikidata
 * link, unless {@code data/gazetteer-unlinked.tsv} lists the entity and the missing target with the reason.
 */
class GazetteerLinksTest {
    private static final Path GAZETTEER = Path.of("data", "gazetteer.ttl");
    private static final Path UNLINKED = Path.of("data", "gazetteer-unlinked.tsv");
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final String GEONAMES = "https://sws.geonames.org/";
    private static final String DBPEDIA = "http://dbpedia.org/resource/";
    private static final Pattern WIKIDATA_FORM = Pattern.compile(Pattern.quote(WIKIDATA) + "Q[1-9][0-9]*");
    /** The gazetteer writes GeoNames IRIs as {@code gn:NNN}, without the trailing slash of the RDF document. */
    private static final Pattern GEONAMES_FORM = Pattern.compile(Pattern.quote(GEONAMES) + "[1-9][0-9]*");
    private static final Pattern DBPEDIA_FORM = Pattern.compile(Pattern.quote(DBPEDIA) + "[^\\s<>\"{}|\\\\^`]+");
    private static final List<Resource> TYPES = List.of(DKG.State, DKG.City, DKG.Region, DKG.Organisation, DKG.Person);

    private static final Model MODEL = GazetteerLoader.loadModel(GAZETTEER);

    /** Every gazetteer entity, by IRI, with its type. */
    private static Map<String, Resource> entities() {
        Map<String, Resource> out = new TreeMap<>();
        for (Resource type : TYPES) {
            MODEL.listResourcesWithProperty(RDF.type, type).forEach(r -> out.put(r.getURI(), type));
        }
        return out;
    }

    private static List<String> links(String entity, String prefix) {
        List<String> out = new ArrayList<>();
        MODEL.createResource(entity).listProperties(OWL.sameAs).forEach(s -> {
            String iri = s.getObject().asResource().getURI();
            if (iri.startsWith(prefix)) {
                out.add(iri);
            }
        });
        return out;
    }

    /**
     * The unlinked list of one target ("wikidata" or "geonames"): entity IRI → reason. Lines are
     * {@code IRI<TAB>target<TAB>reason}; blank lines and lines starting with '#' are comments.
     */
    static Map<String, String> unlinked(String target) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (String line : Files.readAllLines(UNLINKED)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            assertEquals(3, cols.length, "unlinked line is not 'IRI<TAB>target<TAB>reason': " + line);
            assertTrue(Set.of("wikidata", "geonames").contains(cols[1]), "unknown target: " + line);
            assertFalse(cols[2].isBlank(), "unlinked entity without a reason: " + line);
            assertTrue(seen.add(cols[0] + " " + cols[1]), "listed twice: " + line);
            if (cols[1].equals(target)) {
                out.put(cols[0], cols[2]);
            }
        }
        return out;
    }

    /** Fails if an entity of the given types lacks a link of {@code prefix} and is not listed, or is listed but linked. */
    private static void assertLinkedUnlessListed(String prefix, String target, Set<Resource> types) throws IOException {
        Map<String, Resource> entities = entities();
        Map<String, String> unlinked = unlinked(target);
        Set<String> missing = new TreeSet<>();
        Set<String> listedButLinked = new TreeSet<>();
        entities.forEach((iri, type) -> {
            if (!types.contains(type)) {
                return;
            }
            boolean linked = !links(iri, prefix).isEmpty();
            if (!linked && !unlinked.containsKey(iri)) {
                missing.add(iri);
            } else if (linked && unlinked.containsKey(iri)) {
                listedButLinked.add(iri);
            }
        });
        Set<String> unknown = new TreeSet<>(unlinked.keySet());
        unknown.removeIf(iri -> entities.containsKey(iri) && types.contains(entities.get(iri)));
        assertTrue(missing.isEmpty(), "without a " + target + " link and not in " + UNLINKED + ": " + missing);
        assertTrue(listedButLinked.isEmpty(), "listed as without a " + target + " link in " + UNLINKED + " but linked: " + listedButLinked);
        assertTrue(unknown.isEmpty(), "listed for " + target + " in " + UNLINKED + " but no such entity of a checked type: " + unknown);
    }

    @Test
    void everyLinkHasItsTargetsIdentifierForm() {
        Set<String> bad = new TreeSet<>();
        MODEL.listStatements(null, OWL.sameAs, (RDFNode) null).forEach(s -> {
            String subject = s.getSubject().getURI();
            if (!s.getObject().isURIResource()) {
                bad.add(subject + " sameAs a non-IRI");
                return;
            }
            String iri = s.getObject().asResource().getURI();
            Pattern form = iri.startsWith(WIKIDATA) ? WIKIDATA_FORM
                    : iri.startsWith(GEONAMES) ? GEONAMES_FORM
                    : iri.startsWith(DBPEDIA) ? DBPEDIA_FORM : null;
            if (form == null || !form.matcher(iri).matches()) {
                bad.add(subject + " -> " + iri);
            }
        });
        assertTrue(bad.isEmpty(), "links of an unknown target or a malformed identifier: " + bad);
    }

    @Test
    void noIdentifierNamesTwoEntitiesAndNoEntityHasTwoOfAKind() {
        Set<String> bad = new TreeSet<>();
        for (String prefix : List.of(WIKIDATA, GEONAMES)) {
            Map<String, String> owner = new HashMap<>();
            for (String entity : entities().keySet()) {
                List<String> ids = links(entity, prefix);
                if (ids.size() > 1) {
                    bad.add(entity + " has " + ids);
                }
                for (String id : ids) {
                    String other = owner.putIfAbsent(id, entity);
                    if (other != null) {
                        bad.add(id + " names both " + other + " and " + entity);
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), bad.toString());
    }

    @Test
    void everyStateAndCityHasAGeoNamesLinkUnlessListedAsUnlinked() throws IOException {
        assertLinkedUnlessListed(GEONAMES, "geonames", Set.of(DKG.State, DKG.City));
    }

    @Test
    void everyEntityHasAWikidataLinkUnlessListedAsUnlinked() throws IOException {
        assertLinkedUnlessListed(WIKIDATA, "wikidata", Set.copyOf(TYPES));
    }
}
