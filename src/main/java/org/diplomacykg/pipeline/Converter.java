package org.diplomacykg.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleException;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.Boilerplate;
import org.diplomacykg.consolidate.Consolidator;
import org.diplomacykg.extract.Claims;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.extract.Gazetteer;
import org.diplomacykg.graph.GazetteerLoader;
import org.diplomacykg.graph.GraphBuilder;
import org.diplomacykg.graph.GraphBuilder.ArticleGraphs;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.graph.TopicSchemeLoader;
import org.diplomacykg.nlp.NlpPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stages for each article: article → nlp → extract → graph, and gathers the graphs into one dataset with
 * the ontology and gazetteer graphs. One bad article never stops the others: it is reported with what is wrong.
 */
public final class Converter {
    private static final Logger LOG = LoggerFactory.getLogger(Converter.class);

    private final ConverterConfig config;
    private final NlpPipeline nlp;
    private final org.apache.jena.rdf.model.Model gazetteerModel;
    private final org.apache.jena.rdf.model.Model topicModel;
    private final Extractor extractor;
    private final GraphBuilder graphs;
    private final Boilerplate boilerplate;

    public Converter(ConverterConfig config, NlpPipeline nlp) {
        this.config = config;
        this.nlp = nlp;
        this.gazetteerModel = GazetteerLoader.loadModel(config.gazetteer());
        Gazetteer gazetteer = GazetteerLoader.fromModel(gazetteerModel);
        this.topicModel = TopicSchemeLoader.loadModel(config.topics());
        this.extractor = new Extractor(gazetteer, TopicSchemeLoader.fromModel(topicModel), config.rules());
        this.graphs = new GraphBuilder(new IriMinter(config.base()), version());
        Path boilerplateRules = config.rules().resolve("boilerplate.txt");
        this.boilerplate = java.nio.file.Files.isRegularFile(boilerplateRules) ? Boilerplate.load(boilerplateRules) : Boilerplate.none();
    }

    /** The converter's version, from the jar manifest when packaged. */
    public static String version() {
        String v = Converter.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }

    /** The claims of one article (no RDF): for evaluation and tests. */
    public Claims claims(Article article) {
        return extractor.extract(nlp.annotate(boilerplate.mask(article))).withArticle(article);
    }

    /** One article's graphs. */
    public ArticleGraphs convert(Article article) {
        Instant start = Instant.now();
        Claims claims = claims(article);
        return graphs.build(claims, start, Instant.now());
    }

    /** Converts the files into a new in-memory dataset. */
    public ConversionReport convertAll(List<Path> files) {
        return add(DatasetGraphFactory.createTxnMem(), files);
    }

    /**
     * Adds articles to a dataset made by this converter: converts only the given files (an article already there is
     * replaced), then consolidates again from all the article graphs. The result is the dataset a full conversion of
     * all the articles gives, whatever the order they were added in (but for the conversion times in the metadata).
     */
    public ConversionReport add(DatasetGraph dsg, List<Path> files) {
        long t0 = System.nanoTime();
        IriMinter minter = graphs.minter();
        List<ConversionReport.Converted> ok = new ArrayList<>();
        List<ConversionReport.Failure> failed = new ArrayList<>();
        for (Path file : files) {
            long a0 = System.nanoTime();
            try {
                Article article = ArticleReader.read(file);
                ArticleGraphs g = convert(article);
                removeArticle(dsg, minter, article.id());
                add(dsg, g.graphIri(), g.claims().getGraph());
                add(dsg, minter.metadataGraph(), g.metadata().getGraph());
                long ms = (System.nanoTime() - a0) / 1_000_000;
                ok.add(new ConversionReport.Converted(file, article.id(), g.graphIri(), g.claims().size(), ms));
                LOG.info("{}: {} triples in {} ms", file.getFileName(), g.claims().size(), ms);
            } catch (ArticleException e) {
                failed.add(new ConversionReport.Failure(file, e.problem()));
                LOG.error("{}: {}", file, e.problem());
            } catch (RuntimeException e) {
                // A fault of ours on one article must not lose the others; the message names the file.
                failed.add(new ConversionReport.Failure(file, "conversion failed: " + e));
                LOG.error("{}: conversion failed", file, e);
            }
        }
        dsg.removeGraph(NodeFactory.createURI(minter.ontologyGraph()));
        dsg.removeGraph(NodeFactory.createURI(minter.gazetteerGraph()));
        add(dsg, minter.ontologyGraph(), RDFDataMgr.loadGraph(config.ontology().toString()));
        add(dsg, minter.ontologyGraph(), topicModel.getGraph());
        Path codes = config.ontology().resolveSibling("event-codes.ttl");
        if (java.nio.file.Files.isRegularFile(codes)) {
            add(dsg, minter.ontologyGraph(), RDFDataMgr.loadGraph(codes.toString()));
        }
        add(dsg, minter.gazetteerGraph(), gazetteerModel.getGraph());
        // After the gazetteer: consolidation needs to know which place lies in which.
        new Consolidator(minter).consolidate(dsg);
        dsg.prefixes().putAll(gazetteerModel.getGraph().getPrefixMapping().getNsPrefixMap());
        dsg.prefixes().add("dkg", org.diplomacykg.graph.DKG.NS);
        dsg.prefixes().add("prov", org.diplomacykg.graph.PROV.NS);
        dsg.prefixes().add("dcterms", "http://purl.org/dc/terms/");
        return new ConversionReport(dsg, ok, failed, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Removes an article's graph and its metadata (the article, its graph's provenance, its conversion). */
    private static void removeArticle(DatasetGraph dsg, IriMinter minter, String articleId) {
        var graph = NodeFactory.createURI(minter.articleGraph(articleId));
        dsg.removeGraph(graph);
        var metadata = NodeFactory.createURI(minter.metadataGraph());
        for (String subject : List.of(minter.article(articleId), minter.articleGraph(articleId), minter.conversion(articleId))) {
            dsg.deleteAny(metadata, NodeFactory.createURI(subject), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
        }
    }

    private static void add(DatasetGraph dsg, String graphIri, Graph g) {
        var name = NodeFactory.createURI(graphIri);
        g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
