package org.diplomacykg.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.diplomacykg.graph.DKG;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.store.Dumps;

/**
 * The dataset's descriptions, written for one server address ({@code origin}, such as {@code http://localhost:3030}):
 * <ul>
 * <li>{@link #voidDescription}: VoID at {@code /.well-known/void}: statements, entities, classes (with a class
 *     partition), properties, each named graph as a subset, linksets ({@code owl:sameAs}) to Wikidata, GeoNames and
 *     DBpedia with their counts, the SPARQL endpoint, the IRI lookup, the vocabulary and the dumps;</li>
 * <li>{@link #serviceDescription}: the SPARQL 1.1 Service Description answered by a GET on the endpoint without a
 *     query: endpoint, languages, result formats, features (union default graph, federation only when allowed), the
 *     default dataset with its named graphs, the limits.</li>
 * </ul>
 */
final class Descriptions {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String VOID_PATH = "/.well-known/void";
    private static final Map<String, String> TARGET_HOMEPAGES = Map.of(
        "wikidata", "https://www.wikidata.org/", "geonames", "https://www.geonames.org/", "dbpedia", "https://www.dbpedia.org/");
    private static final Map<String, String> TARGET_TITLES = Map.of("wikidata", "Wikidata", "geonames", "GeoNames", "dbpedia", "DBpedia");

    private Descriptions() {}

    static String endpoint(String origin, ServerConfig cfg) {
        return origin + "/" + cfg.datasetName() + "/sparql";
    }

    static String updateEndpoint(String origin, ServerConfig cfg) {
        return origin + "/" + cfg.datasetName() + "/update";
    }

    static Model voidDescription(String origin, ServerConfig cfg, DatasetStatistics stats) {
        Model m = model();
        String doc = origin + VOID_PATH;
        Resource ds = m.createResource(doc + "#dataset");
        m.createResource(doc).addProperty(RDF.type, VOID.DatasetDescription)
            .addProperty(DCTerms.title, "VoID description of the diplomacy-kg dataset")
            .addProperty(FOAF.primaryTopic, ds);
        ds.addProperty(RDF.type, VOID.Dataset)
            .addProperty(DCTerms.title, "diplomacy-kg")
            .addProperty(DCTerms.description, "Diplomatic events, the people and states taking part, their posts, quotes and "
                + "characterisations, extracted from news articles; each article's claims in a named graph of its own, every claim "
                + "with the sentence it came from. void:triples counts statements over all named graphs.")
            .addProperty(VOID.sparqlEndpoint, m.createResource(endpoint(origin, cfg)))
            .addProperty(VOID.uriSpace, new IriMinter(cfg.base()).dataSpace())
            .addProperty(VOID.uriLookupEndpoint, origin + "/")
            .addProperty(VOID.vocabulary, m.createResource(DKG.NS))
            .addProperty(VOID.feature, m.createResource(FORMATS + "N-Quads"))
            .addProperty(VOID.feature, m.createResource(FORMATS + "TriG"))
            .addProperty(VOID.feature, m.createResource(FORMATS + "Turtle"))
            .addProperty(VOID.feature, m.createResource(FORMATS + "JSON-LD"));
        for (Path dump : Dumps.list(cfg.dumps()))
            ds.addProperty(VOID.dataDump, m.createResource(origin + "/dumps/" + dump.getFileName()));
        count(ds, VOID.triples, stats.quads());
        count(ds, VOID.entities, stats.entities());
        count(ds, VOID.classes, stats.instances().size());
        count(ds, VOID.properties, stats.properties());
        stats.instances().forEach((cls, n) -> {
            Resource part = m.createResource().addProperty(VOID._class, m.createResource(cls));
            count(part, VOID.entities, n);
            ds.addProperty(VOID.classPartition, part);
        });
        int[] index = {0};
        stats.quadsPerGraph().forEach((g, n) -> {
            if (!g.isURI() || Quad.isDefaultGraph(g))
                return;
            Resource sub = m.createResource(doc + "#graph-" + ++index[0])
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(m.createProperty(SD, "name"), m.createResource(g.getURI()));
            count(sub, VOID.triples, n);
            ds.addProperty(VOID.subset, sub);
        });
        stats.links().forEach((name, n) -> {
            Resource target = m.createResource(doc + "#" + name).addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, TARGET_TITLES.get(name))
                .addProperty(FOAF.homepage, m.createResource(TARGET_HOMEPAGES.get(name)));
            for (String prefix : DatasetStatistics.LINK_TARGETS.get(name))
                target.addProperty(VOID.uriSpace, prefix);
            Resource ls = m.createResource(doc + "#links-" + name).addProperty(RDF.type, VOID.Linkset)
                .addProperty(DCTerms.title, "owl:sameAs links to " + TARGET_TITLES.get(name))
                .addProperty(VOID.linkPredicate, OWL2.sameAs)
                .addProperty(VOID.subjectsTarget, ds)
                .addProperty(VOID.objectsTarget, target);
            count(ls, VOID.triples, n);
            ds.addProperty(VOID.subset, ls);
        });
        return m;
    }

    static Model serviceDescription(String origin, ServerConfig cfg, DatasetStatistics stats) {
        Model m = model();
        Resource svc = m.createResource(endpoint(origin, cfg));
        Property sdEndpoint = m.createProperty(SD, "endpoint");
        svc.addProperty(RDF.type, m.createResource(SD + "Service"))
            .addProperty(sdEndpoint, svc)
            .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
            .addProperty(m.createProperty(SD, "defaultEntailmentRegime"), m.createResource("http://www.w3.org/ns/entailment/Simple"))
            .addProperty(RDFS.label, "diplomacy-kg SPARQL endpoint")
            .addProperty(RDFS.comment, "Read-only SPARQL 1.1 query. A query runs at most " + cfg.timeout().toMillis()
                + " ms (HTTP 503 past it) and returns at most " + cfg.maxRows() + " rows. SERVICE "
                + (cfg.allowService() ? "may call other hosts." : "is refused.")
                + (cfg.update() ? " SPARQL Update is open at " + updateEndpoint(origin, cfg) + "." : ""))
            .addProperty(RDFS.seeAlso, m.createResource(origin + VOID_PATH));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                                "Turtle", "JSON-LD", "N-Triples", "RDF_XML", "TriG", "N-Quads"))
            svc.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        if (cfg.unionDefaultGraph())
            svc.addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        if (cfg.allowService())
            svc.addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "BasicFederatedQuery"));

        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"));
        Resource defaultGraph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"));
        long defaultTriples = cfg.unionDefaultGraph() ? stats.quads()
            : stats.quadsPerGraph().entrySet().stream().filter(e -> Quad.isDefaultGraph(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        count(defaultGraph, VOID.triples, defaultTriples);
        dataset.addProperty(m.createProperty(SD, "defaultGraph"), defaultGraph);
        for (Map.Entry<Node, Long> e : stats.quadsPerGraph().entrySet()) {
            if (!e.getKey().isURI() || Quad.isDefaultGraph(e.getKey()))
                continue;
            Resource g = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"));
            count(g, VOID.triples, e.getValue());
            dataset.addProperty(m.createProperty(SD, "namedGraph"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                .addProperty(m.createProperty(SD, "name"), m.createResource(e.getKey().getURI()))
                .addProperty(m.createProperty(SD, "graph"), g));
        }
        svc.addProperty(m.createProperty(SD, "defaultDataset"), dataset);

        if (cfg.update()) {
            Resource upd = m.createResource(updateEndpoint(origin, cfg));
            upd.addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(sdEndpoint, upd)
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Update"))
                .addProperty(RDFS.comment, "SPARQL Update (LOAD is refused). Writes go to the stored default graph or the named graphs.");
        }
        return m;
    }

    private static void count(Resource r, Property p, long n) {
        r.addLiteral(p, r.getModel().createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger));
    }

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("sd", SD).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("owl", OWL2.NS)
            .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("formats", FORMATS).setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("dkg", DKG.NS).setNsPrefix("xsd", XSDDatatype.XSD + "#");
        return m;
    }
}
