package org.diplomacykg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.diplomacykg.SourceScan;
import org.diplomacykg.SourceScan.Source;
import org.diplomacykg.TestData;
import org.junit.jupiter.api.Test;

/**
 * The converter writes no term of our namespace that the ontology lacks, and every term there is documented; the
 * code names terms only through the vocabulary classes ({@link DKG}, {@link PROV}, Jena's {@link FOAF}, {@link SKOS},
 * {@link XSD}, {@link RDFS}, {@link OWL}, …), which the first test checks against the ontology.
 */
class OntologyTermsTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/diplomacy.ttl");
    /** The classes allowed to spell a term of our namespaces. */
    private static final Set<String> VOCABULARY_FILES = Set.of("graph/DKG.java", "graph/PROV.java");
    /** Namespaces whose terms must come from a vocabulary class. */
    private static final List<String> NAMESPACES = List.of(DKG.NS, PROV.NS, FOAF.NS, SKOS.uri, XSD.NS, RDFS.uri, OWL.NS, RDF.uri,
            DCTerms.NS, VOID.NS);
    /** A namespace constant with something appended ({@code DKG.NS + "Visit"}) or split off ({@code createProperty(DKG.NS, "x")}). */
    private static final Pattern BUILT = Pattern.compile(
            "\\b(DKG|PROV|FOAF|SKOS|XSD|RDFS|OWL2?|RDF|DCTerms|VOID)\\.(NS|uri|getURI\\(\\))\\s*\\+"
                    + "|create(Property|Resource)\\(\\s*\\w+\\.(NS|uri|getURI\\(\\))\\s*,");
    /** A string spelling a term of one of {@link #NAMESPACES}, or our own namespaces at all. */
    private static final Pattern SPELT = Pattern.compile(NAMESPACES.stream().map(ns -> "\"" + Pattern.quote(ns) + "\\w")
            .collect(Collectors.joining("|")) + "|\"(" + Pattern.quote(DKG.NS) + "|" + Pattern.quote(PROV.NS) + ")");

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

    @Test
    void termsAreNamedOnlyByVocabularyClasses() {
        List<String> built = builtTerms(SourceScan.main());
        assertTrue(built.isEmpty(), "terms built from strings outside the vocabulary classes (use or add a constant in DKG, "
                + "PROV or Jena's vocabularies):\n" + String.join("\n", built));
    }

    /** The scan sees a term built outside the vocabulary classes, and only in code: the test can fail. */
    @Test
    void scanCatchesBuiltTerms() {
        List<Source> bad = List.of(
                source("consolidate/A.java", "m.createResource(DKG.NS + cls)"),
                source("server/B.java", "m.createProperty(\"http://xmlns.com/foaf/0.1/primaryTopic\")"),
                source("validate/C.java", "static final String DKG = \"" + DKG.NS + "\";"),
                source("reason/D.java", "ResourceFactory.createProperty(PROV.NS, \"used\")"),
                source("store/E.java", "String t = RDFS.getURI() + \"label\";"));
        assertEquals(bad.size(), builtTerms(bad).size(), String.join("\n", builtTerms(bad)));
        List<Source> good = List.of(
                source("graph/DKG.java", "public static final String NS = \"" + DKG.NS + "\"; Resource r = r(NS + \"Visit\");"),
                source("server/F.java", "m.setNsPrefix(\"dkg\", DKG.NS).setNsPrefix(\"foaf\", \"" + FOAF.NS + "\"); // DKG.NS + \"x\""),
                source("reason/G.java", "List.of(RDF.getURI(), RDFS.getURI()); m.createResource(DKG.Visit.getURI())"));
        assertEquals(List.of(), builtTerms(good));
    }

    private static List<String> builtTerms(List<Source> sources) {
        List<String> out = new ArrayList<>();
        for (Source s : sources) {
            if (VOCABULARY_FILES.contains(s.file().substring(SourceScan.MAIN.toString().length() + 1))) {
                continue;
            }
            for (Pattern p : List.of(BUILT, SPELT)) {
                Matcher m = p.matcher(s.code());
                while (m.find()) {
                    out.add(s.file() + ":" + s.line(m.start()) + ": " + m.group());
                }
            }
        }
        return out;
    }

    private static Source source(String relative, String code) {
        return new Source(SourceScan.MAIN + "/" + relative, relative.substring(0, relative.indexOf('/')), SourceScan.withoutComments(code));
    }
}
