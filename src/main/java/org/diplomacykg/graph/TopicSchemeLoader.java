package org.diplomacykg.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.extract.TopicScheme;

/** Reads the SKOS topic scheme ({@code ontology/topics.ttl}) into the extract stage's {@link TopicScheme}. */
public final class TopicSchemeLoader {
    private TopicSchemeLoader() {}

    public static Model loadModel(Path file) {
        return RDFDataMgr.loadModel(file.toString());
    }

    public static TopicScheme fromModel(Model m) {
        List<TopicScheme.Topic> topics = new ArrayList<>();
        List<Resource> concepts = m.listResourcesWithProperty(RDF.type, SKOS.Concept).toList();
        concepts.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Resource c : concepts) {
            String label = c.getProperty(SKOS.prefLabel).getString();
            List<String> words = new ArrayList<>();
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                c.listProperties(p).forEach(s -> words.add(s.getString()));
            }
            topics.add(new TopicScheme.Topic(c.getURI(), label, words));
        }
        return new TopicScheme(topics);
    }
}
