package org.diplomacykg.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.Boilerplate;
import org.diplomacykg.consolidate.Consolidator;
import org.diplomacykg.extract.Claims;
import org.diplomacykg.extract.Extractor;
import org.diplomacykg.extract.Gazetteer;
import org.diplomacykg.graph.DKG;
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

    /** Converts the files into a new in-memory dataset, on one thread. */
    public ConversionReport convertAll(List<Path> files) {
        return convertAll(files, ConversionOptions.defaults());
    }

    /** Converts the files into a new in-memory dataset. */
    public ConversionReport convertAll(List<Path> files, ConversionOptions options) {
        return add(DatasetGraphFactory.createTxnMem(), files, options);
    }

    /** {@link #add(DatasetGraph, List, ConversionOptions)} on one thread. */
    public ConversionReport add(DatasetGraph dsg, List<Path> files) {
        return add(dsg, files, ConversionOptions.defaults());
    }

    /**
     * Adds articles to a dataset made by this converter: converts only the given files (an article already there is
     * replaced), then consolidates again from all the article graphs. The result is the dataset a full conversion of
     * all the articles gives, whatever the order they were added in (but for the conversion times in the metadata).
     */
    public ConversionReport add(DatasetGraph dsg, List<Path> files, ConversionOptions options) {
        long t0 = System.nanoTime();
        IriMinter minter = graphs.minter();
        List<ConversionReport.Converted> ok = new ArrayList<>();
        List<ConversionReport.Failure> failed = new ArrayList<>();
        each(files, options, ok, failed, (file, id, g) -> {
            removeArticle(dsg, minter, id);
            add(dsg, g.graphIri(), g.claims().getGraph());
            add(dsg, minter.metadataGraph(), g.metadata().getGraph());
            return null;
        });
        dsg.removeGraph(NodeFactory.createURI(minter.ontologyGraph()));
        dsg.removeGraph(NodeFactory.createURI(minter.gazetteerGraph()));
        staticGraphs((graph, g) -> add(dsg, graph, g));
        // After the gazetteer: consolidation needs to know which place lies in which.
        new Consolidator(minter).consolidate(dsg);
        prefixes().forEach((prefix, ns) -> dsg.prefixes().add(prefix, ns));
        Map<String, Long> sizes = new LinkedHashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> sizes.put(g.getURI(), (long) dsg.getGraph(g).size()));
        return new ConversionReport(dsg, sizes, ok, failed, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Converts the files and streams the dataset to {@code out} as it goes, keeping nothing of an article but the little
     * consolidation reads ({@link Consolidator#summary}): each article's graph and its metadata (in file order, as one
     * block each of the article graph and of the metadata graph), then the ontology and gazetteer graphs, then the
     * consolidated graph. The quads are those {@link #convertAll} gives. {@code units} sees each part as it is sent:
     * each article's graph with its metadata, the static graphs, the consolidated graph (with the summary it came from,
     * and the types of the evidence spans and articles it names).
     */
    public ConversionReport stream(List<Path> files, ConversionOptions options, StreamRDF out, Units units) {
        long t0 = System.nanoTime();
        IriMinter minter = graphs.minter();
        Consolidator consolidator = new Consolidator(minter);
        DatasetGraph summary = DatasetGraphFactory.createGeneral();
        Map<String, Long> sizes = new LinkedHashMap<>();
        List<ConversionReport.Converted> ok = new ArrayList<>();
        List<ConversionReport.Failure> failed = new ArrayList<>();
        Node converterNode = NodeFactory.createURI(minter.converter(version()));
        java.util.concurrent.atomic.AtomicBoolean converterSent = new java.util.concurrent.atomic.AtomicBoolean();
        out.start();
        prefixes().forEach(out::prefix);
        Map<String, Path> written = new java.util.HashMap<>();
        each(files, options, ok, failed, (file, id, g) -> {
            Path earlier = written.putIfAbsent(g.graphIri(), file);
            if (earlier != null) {
                // What is written cannot be replaced: the first file with an id keeps it.
                return "article id '" + id + "' is also that of " + earlier + ", converted before; not written twice";
            }
            send(out, sizes, g.graphIri(), g.claims().getGraph());
            // The converter's own description is in every article's metadata: sent once.
            Graph metadata = g.metadata().getGraph();
            if (!converterSent.getAndSet(true)) {
                send(out, sizes, minter.metadataGraph(), metadata);
            } else {
                Graph own = GraphFactory.createDefaultGraph();
                metadata.find().filterDrop(t -> t.getSubject().equals(converterNode)).forEachRemaining(own::add);
                send(out, sizes, minter.metadataGraph(), own);
            }
            add(summary, g.graphIri(), consolidator.summary(g.claims().getGraph()));
            add(summary, minter.metadataGraph(), consolidator.summary(metadata));
            // Not read by consolidation: what the consolidated graph's shapes check its evidence and sources against.
            add(summary, g.graphIri(), typed(g.claims().getGraph(), DKG.Evidence));
            add(summary, minter.metadataGraph(), typed(metadata, DKG.Article));
            units.article(g);
            return null;
        });
        Graph statics = GraphFactory.createDefaultGraph();
        staticGraphs((graph, g) -> {
            send(out, sizes, graph, g);
            add(summary, graph, g);
            GraphUtil.addInto(statics, g);
        });
        units.statics(statics);
        Graph consolidated = consolidator.build(summary).getGraph();
        send(out, sizes, minter.consolidatedGraph(), consolidated);
        units.consolidated(consolidated, summary);
        out.finish();
        return new ConversionReport(null, sizes, ok, failed, (System.nanoTime() - t0) / 1_000_000);
    }

    /** What a streamed conversion shows of the dataset as it goes (to validate it part by part). */
    public interface Units {
        /** One article's graphs, once sent. */
        default void article(ArticleGraphs g) {}

        /** The ontology and gazetteer graphs, as one graph. */
        default void statics(Graph g) {}

        /** The consolidated graph, and the summary of the article graphs it was built from. */
        default void consolidated(Graph g, DatasetGraph summary) {}
    }

    /** Takes one converted article; gives null, or why it could not be taken (the article then counts as failed). */
    @FunctionalInterface
    private interface Take {
        String take(Path file, String articleId, ArticleGraphs g);
    }

    /** Converts each file on the workers, handing each article's graphs in file order to {@code each}. */
    private void each(List<Path> files, ConversionOptions options, List<ConversionReport.Converted> ok,
                      List<ConversionReport.Failure> failed, Take each) {
        record Done(String articleId, ArticleGraphs graphs) {}
        ArticleWorkers.run(files, options, file -> {
            Article article = ArticleReader.read(file);
            return new Done(article.id(), convert(article));
        }, new ArticleWorkers.Outcomes<Done>() {
            @Override
            public void done(Path file, Done d, long ms) {
                ArticleGraphs g = d.graphs();
                String problem = each.take(file, d.articleId(), g);
                if (problem != null) {
                    failed(file, problem);
                    return;
                }
                ok.add(new ConversionReport.Converted(file, d.articleId(), g.graphIri(), g.claims().size(), ms));
                LOG.info("{}: {} triples in {} ms", file.getFileName(), g.claims().size(), ms);
            }

            @Override
            public void failed(Path file, String problem) {
                failed.add(new ConversionReport.Failure(file, problem));
                LOG.error("{}: {}", file, problem);
            }
        });
    }

    /** The graphs every dataset has besides the articles': ontology (with topics and event codes) and gazetteer. */
    private void staticGraphs(java.util.function.BiConsumer<String, Graph> to) {
        IriMinter minter = graphs.minter();
        Graph ontology = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(ontology, RDFDataMgr.loadGraph(config.ontology().toString()));
        GraphUtil.addInto(ontology, topicModel.getGraph());
        Path codes = config.ontology().resolveSibling("event-codes.ttl");
        if (java.nio.file.Files.isRegularFile(codes)) {
            GraphUtil.addInto(ontology, RDFDataMgr.loadGraph(codes.toString()));
        }
        to.accept(minter.ontologyGraph(), ontology);
        to.accept(minter.gazetteerGraph(), gazetteerModel.getGraph());
    }

    /** The prefixes of a converted dataset. */
    private Map<String, String> prefixes() {
        Map<String, String> out = new LinkedHashMap<>(gazetteerModel.getGraph().getPrefixMapping().getNsPrefixMap());
        out.put("dkg", org.diplomacykg.graph.DKG.NS);
        out.put("prov", org.diplomacykg.graph.PROV.NS);
        out.put("dcterms", org.apache.jena.vocabulary.DCTerms.NS);
        return out;
    }

    private static Graph typed(Graph g, org.apache.jena.rdf.model.Resource cls) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), cls.asNode()).forEachRemaining(out::add);
        return out;
    }

    private static void send(StreamRDF out, Map<String, Long> sizes, String graphIri, Graph g) {
        Node name = NodeFactory.createURI(graphIri);
        g.find().forEachRemaining(t -> out.quad(Quad.create(name, t)));
        sizes.merge(graphIri, (long) g.size(), Long::sum);
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
