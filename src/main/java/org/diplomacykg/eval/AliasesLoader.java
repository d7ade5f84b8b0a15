package org.diplomacykg.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.extract.PostExtractor;
import org.diplomacykg.graph.GazetteerLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link Aliases} from the project's reference files: the gazetteer (names, and {@code owl:sameAs} links to
 * Wikidata), the titles rule file (canonical titles) and the SKOS topic scheme (preferred and alternative labels;
 * hidden labels are signal words, not names, and are left out). The titles file and the topic scheme may be absent:
 * then titles and topics are compared by their folded text only.
 */
public final class AliasesLoader {
    private static final Logger LOG = LoggerFactory.getLogger(AliasesLoader.class);
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private AliasesLoader() {}

    public static Aliases load(Path gazetteerFile, Path titlesFile, Path topicsFile) {
        Model gaz = GazetteerLoader.loadModel(gazetteerFile);
        Map<String, Set<String>> wikidata = new HashMap<>();
        gaz.listStatements(null, OWL.sameAs, (RDFNode) null).forEach((Statement s) -> {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()
                    && s.getObject().asResource().getURI().startsWith(WIKIDATA)) {
                wikidata.computeIfAbsent(s.getSubject().getURI(), k -> new LinkedHashSet<>())
                        .add(s.getObject().asResource().getURI().substring(WIKIDATA.length()));
            }
        });
        Map<String, String> titles = new HashMap<>();
        if (titlesFile != null && Files.isRegularFile(titlesFile)) {
            for (PostExtractor.Title t : PostExtractor.loadTitles(titlesFile)) {
                titles.putIfAbsent(TextLib.fold(String.join(" ", t.words())), t.canonical());
            }
        } else {
            LOG.warn("no titles file {}: post titles compared as written", titlesFile);
        }
        Map<String, Set<String>> concepts = new HashMap<>();
        if (topicsFile != null && Files.isRegularFile(topicsFile)) {
            Model topics = RDFDataMgr.loadModel(topicsFile.toString());
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                topics.listStatements(null, p, (RDFNode) null).forEach((Statement s) -> {
                    if (s.getSubject().isURIResource() && s.getObject().isLiteral()) {
                        concepts.computeIfAbsent(TextLib.fold(s.getString()), k -> new LinkedHashSet<>())
                                .add(s.getSubject().getURI());
                    }
                });
            }
        } else {
            LOG.warn("no topic scheme {}: topics compared by label", topicsFile);
        }
        return new Aliases(GazetteerLoader.fromModel(gaz), wikidata, titles, concepts);
    }
}
