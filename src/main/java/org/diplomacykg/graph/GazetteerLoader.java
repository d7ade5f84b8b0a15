package org.diplomacykg.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.extract.EntityType;
import org.diplomacykg.extract.Gazetteer;
import org.diplomacykg.extract.GazetteerEntry;

/** Reads the reference gazetteer ({@code data/gazetteer.ttl}) into the extract stage's plain-Java {@link Gazetteer}. */
public final class GazetteerLoader {
    private static final Map<Resource, EntityType> TYPES = Map.of(
            DKG.Person, EntityType.PERSON, DKG.State, EntityType.STATE, DKG.City, EntityType.CITY,
            DKG.Organisation, EntityType.ORGANISATION, DKG.Region, EntityType.REGION);

    private GazetteerLoader() {}

    public static Model loadModel(Path file) {
        return RDFDataMgr.loadModel(file.toString());
    }

    public static Gazetteer load(Path file) {
        return fromModel(loadModel(file));
    }

    public static Gazetteer fromModel(Model m) {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (Map.Entry<Resource, EntityType> t : TYPES.entrySet()) {
            m.listResourcesWithProperty(RDF.type, t.getKey()).forEach(r -> entries.add(entry(r, t.getValue())));
        }
        entries.sort((a, b) -> a.iri().compareTo(b.iri()));
        return new Gazetteer(entries);
    }

    private static GazetteerEntry entry(Resource r, EntityType type) {
        String label = string(r.getProperty(SKOS.prefLabel));
        if (label == null) {
            label = string(r.getProperty(RDFS.label));
        }
        List<String> names = new ArrayList<>();
        names.add(label);
        r.listProperties(SKOS.altLabel).forEach(s -> names.add(string(s)));
        r.listProperties(RDFS.label).forEach(s -> {
            if (!names.contains(string(s))) {
                names.add(string(s));
            }
        });
        List<String> demonyms = new ArrayList<>();
        r.listProperties(DKG.demonym).forEach(s -> demonyms.add(string(s)));
        List<String> locatedIn = new ArrayList<>();
        r.listProperties(DKG.locatedIn).forEach(s -> locatedIn.add(s.getResource().getURI()));
        Statement citizen = r.getProperty(DKG.citizenOf);
        return new GazetteerEntry(r.getURI(), type, label, names, demonyms, string(r.getProperty(FOAF.gender)),
                citizen == null ? null : citizen.getResource().getURI(), locatedIn);
    }

    private static String string(Statement s) {
        if (s == null) {
            return null;
        }
        RDFNode o = s.getObject();
        return o.isLiteral() ? ((Literal) o).getLexicalForm() : o.toString();
    }
}
