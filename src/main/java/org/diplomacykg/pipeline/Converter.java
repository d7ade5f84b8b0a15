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
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.Boilerplate;
import org.diplomacykg.consolidate.ConsolidatingStream;
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
 * Runs the stages for each article: article → nlp → extract → graph, and sends the graphs as one stream of quads,
 * with the ontology and gazetteer graphs, through consolidation into a sink. One bad article never stops the others: it is reported with what is wrong.
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

    /**
     * Converts the files into a new in-memory dataset: {@link #convert(List, ConversionOptions, StreamRDF, Units)}
     * into it. The report gives the dataset and the size of each of its graphs.
     */
    public ConversionReport convertAll(List<Path> files, ConversionOptions options) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ConversionReport r = convert(files, options, StreamRDFLib.dataset(dsg), new Units() {});
        Map<String, Long> sizes = new LinkedHashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> sizes.put(g.getURI(), (long) dsg.getGraph(g).size()));
        return new ConversionReport(dsg, sizes, r.converted(), r.failed(), r.millis());
    }

    /**
     * Converts the files and sends the dataset to {@code sink} as it goes, keeping nothing of an article but its
     * event reports ({@link ConsolidatingStream}): each article's graph and its metadata (in file order, as one block
     * each of the article graph and of the metadata graph; the converter's own description once), then the ontology
     * and gazetteer graphs, then the consolidated graph. The sink is the end of the one path: an in-memory dataset
     * ({@link #convertAll}), a TriG file ({@link Conversion}) or TDB2. {@code units} sees each part as it is sent:
     * each article's graph with its metadata, the static graphs, the consolidated graph.
     */
    public ConversionReport convert(List<Path> files, ConversionOptions options, StreamRDF sink, Units units) {
        long t0 = System.nanoTime();
        IriMinter minter = graphs.minter();
        Map<String, Long> sizes = new LinkedHashMap<>();
        List<ConversionReport.Converted> ok = new ArrayList<>();
        List<ConversionReport.Failure> failed = new ArrayList<>();
        Node converterNode = NodeFactory.createURI(minter.converter(version()));
        java.util.concurrent.atomic.AtomicBoolean converterSent = new java.util.concurrent.atomic.AtomicBoolean();
        StreamRDF out = new ConsolidatingStream(sink, minter, g -> {
            sizes.merge(minter.consolidatedGraph(), (long) g.size(), Long::sum);
            units.consolidated(g);
        });
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
            units.article(g);
            return null;
        });
        Graph statics = GraphFactory.createDefaultGraph();
        staticGraphs((graph, g) -> {
            send(out, sizes, graph, g);
            GraphUtil.addInto(statics, g);
        });
        units.statics(statics);
        out.finish();
        return new ConversionReport(null, sizes, ok, failed, (System.nanoTime() - t0) / 1_000_000);
    }

    /** What a conversion shows of the dataset as it goes (to validate it part by part). */
    public interface Units {
        /** One article's graphs, once sent. */
        default void article(ArticleGraphs g) {}

        /** The ontology and gazetteer graphs, as one graph. */
        default void statics(Graph g) {}

        /** The consolidated graph, before it is sent. */
        default void consolidated(Graph g) {}
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

    private static void send(StreamRDF out, Map<String, Long> sizes, String graphIri, Graph g) {
        Node name = NodeFactory.createURI(graphIri);
        g.find().forEachRemaining(t -> out.quad(Quad.create(name, t)));
        sizes.merge(graphIri, (long) g.size(), Long::sum);
    }
}
