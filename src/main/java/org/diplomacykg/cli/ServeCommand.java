package org.diplomacykg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.article.ArticleSource;
import org.diplomacykg.nlp.CoreNlpPipeline;
import org.diplomacykg.pipeline.ConversionReport;
import org.diplomacykg.pipeline.Converter;
import org.diplomacykg.pipeline.ConverterConfig;
import org.diplomacykg.reason.Inference;
import org.diplomacykg.reason.Reasoning;
import org.diplomacykg.server.DkgServer;
import org.diplomacykg.server.ServerConfig;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.Dumps;
import org.diplomacykg.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: serves the graph with an embedded Fuseki. In memory (the default): converts the articles when the built
 * dataset is missing (only at its default place, {@link Preflight#DEFAULT_DATA}) or older than an article or an input
 * of the converter, and loads it. With {@code --tdb DIR}: keeps the dataset in TDB2 on disk; a new or empty database
 * is filled by converting the articles (one transaction per article batch), a filled one is served as it is, without
 * converting. Writes the dumps when they are missing or older than the data. A wrong {@code --data}, a place it cannot
 * write or a port in use stops it before any conversion ({@link Preflight}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph: SPARQL endpoint (read-only), query UI, linked-data pages for every IRI, VoID, dumps.",
            "Converts the articles first when needed."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped normally", "1:failure (e.g. the port is taken)", "2:bad usage (e.g. --data names no file)"})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 takes a free port).", defaultValue = "3030")
    int port;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "localhost")
    String host;

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of articles (default: ${DEFAULT-VALUE}).", defaultValue = "data/articles")
    Path articles;

    @Option(names = "--data", paramLabel = "FILE.trig", description = "Built dataset, made again from the articles when stale; "
            + "must exist unless it is the default (default: ${DEFAULT-VALUE}, made when missing). Ignored with --tdb.",
            defaultValue = Preflight.DEFAULT_DATA)
    Path data;

    @Option(names = "--tdb", paramLabel = "DIR", description = "Keep the dataset in TDB2 in this folder; a new or empty one is filled from the articles, a filled one is served without converting.")
    Path tdb;

    @Option(names = "--loader", paramLabel = "basic|sequential", description = "TDB2 loader for filling a new --tdb database (default: ${DEFAULT-VALUE}).", defaultValue = "basic")
    String loader;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per write transaction when filling a new --tdb database (default: ${DEFAULT-VALUE}).",
        defaultValue = "" + org.diplomacykg.store.TdbStore.DEFAULT_BATCH)
    int batch;

    @Option(names = "--dumps", paramLabel = "DIR", description = "Folder of the dumps served at /dumps/, written at start when missing or stale (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/build/dumps")
    Path dumps;

    @Option(names = "--queries", paramLabel = "DIR", description = "Example queries (*.rq) listed on the landing page (default: ${DEFAULT-VALUE}).", defaultValue = "queries")
    Path queries;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query time limit in seconds (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", description = "Most rows a query returns; larger or missing LIMITs are cut to it (default: ${DEFAULT-VALUE}).", defaultValue = "100000")
    long maxRows;

    @Option(names = "--max-query-bytes", paramLabel = "N", description = "Longest query string or request body read, in bytes; "
            + "a longer request is answered 413 (default: ${DEFAULT-VALUE}).", defaultValue = "65536")
    long maxQueryBytes;

    @Option(names = "--allow-service", description = "Allow SPARQL SERVICE calls to other hosts (off by default: they let a request reach other hosts).")
    boolean allowService;

    @Option(names = "--update", description = "Open SPARQL Update at /DATASET/update (off by default: anyone who can reach the server could change or delete the data).")
    boolean update;

    @Option(names = "--reasoning", paramLabel = "rdfs|owl-rl|rules", converter = InferCommand.ReasoningConverter.class,
            description = "Also serve /DATASET-inferred: the data plus the triples this reasoner infers, in their own named graph "
                + "(the asserted dataset stays as it is).")
    Reasoning reasoning;

    @Mixin
    ConverterOptions converter;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (timeoutSeconds <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be more than 0 seconds");
        }
        if (maxRows <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-rows must be at least 1");
        }
        if (batch <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConverterConfig cfg;
        List<Path> files;
        TdbStore.Loader loaderKind;
        ServerConfig sc;
        try {
            cfg = converter.config();
            files = ArticleSource.files(List.of(articles));
            loaderKind = TdbStore.Loader.parse(loader);
            sc = ServerConfig.defaults().withHost(host).withPort(port)
                .withTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000))).withAllowService(allowService)
                .withOntology(cfg.ontology()).withBase(cfg.base()).withMaxRows(maxRows).withUpdate(update)
                .withDumps(dumps).withQueries(queries).withMaxQueryBytes(maxQueryBytes);
        } catch (IllegalArgumentException | ConverterConfig.ConfigException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        // Before converting (minutes): a wrong path is bad usage; a port in use, or a place the conversion's output
        // cannot be written, a failure in one line.
        if (tdb == null) {
            Preflight.builtDataset(spec.commandLine(), data);
        }
        boolean converts = tdb == null ? stale(data, files, cfg) : !Files.exists(tdb);
        Optional<String> problem = Preflight.cannotListen(spec.commandLine(), host, port);
        if (tdb != null) {
            problem = problem.or(() -> Preflight.cannotWriteFolder("--tdb", tdb));
        } else if (converts) {
            problem = problem.or(() -> Preflight.cannotWriteFile("--data", data));
        }
        if (converts) {
            // Newer data makes the dumps stale: they are written after the conversion.
            problem = problem.or(() -> Preflight.cannotWriteFolder("--dumps", dumps));
        }
        if (problem.isPresent()) {
            err.println("serve: " + problem.get());
            err.flush();
            return 1;
        }
        long t0 = System.nanoTime();
        DatasetGraph dsg;
        long dataModified;
        if (tdb != null) {
            TdbStore.Opened opened = TdbStore.openOrFill(tdb, () -> {
                out.println("new TDB2 database " + tdb + ": converting " + files.size() + " articles from " + articles + " ...");
                out.flush();
                ConversionReport report = new Converter(cfg, CoreNlpPipeline.shared()).convertAll(files);
                ConvertCommand.printReport(report, out, err);
                return report.dataset();
            }, loaderKind, batch, line -> {});
            dsg = opened.dataset();
            opened.filled().ifPresentOrElse(
                loaded -> out.printf("loaded %d articles, %d statements in %d transactions into %s%n", loaded.articles(), loaded.quads(),
                                     loaded.transactions(), tdb),
                () -> out.println("using TDB2 database " + tdb + " (not converting; add articles with `load`)"));
            dataModified = TdbStore.lastModified(tdb);
        } else {
            if (!convertIfStale(data, articles, files, cfg, out, err)) {
                out.println("using " + data + " (newer than every article)");
            }
            dsg = DatasetFiles.readInMemory(data);
            dataModified = data.toFile().lastModified();
        }
        if (Dumps.stale(dumps, dataModified)) {
            Dumps.Written w = Dumps.write(dsg, dumps);
            out.println("wrote the dumps (" + w.quads() + " statements) into " + dumps);
        }
        DatasetGraph inferred = null;
        if (reasoning != null) {
            long r0 = System.nanoTime();
            Graph triples = Inference.of(reasoning, cfg.ontology().resolveSibling(Inference.RULES_FILE)).inferred(dsg);
            inferred = Inference.withInferred(dsg, triples, reasoning.graphIri(cfg.base()));
            out.printf("%s reasoning: %d inferred triples in %d ms%n", reasoning, triples.size(), (System.nanoTime() - r0) / 1_000_000);
        }
        DkgServer server;
        try {
            server = DkgServer.start(dsg, sc, inferred);
        } catch (FusekiException e) {
            // The port was free when checked, and taken during the conversion, say.
            err.println("serve: cannot start the server on " + host + ":" + port + ": " + e.getMessage());
            err.flush();
            if (tdb != null) {
                dsg.close();
            }
            return 1;
        }
        out.printf("started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        out.println("Landing page:    " + server.rootUrl());
        out.println("SPARQL endpoint: " + server.endpointUrl());
        if (inferred != null)
            out.println("Inferred (" + reasoning + "): " + server.inferredEndpointUrl());
        out.println("Query UI:        " + server.uiUrl());
        out.println("Ontology:        " + server.ontologyUrl());
        out.println("VoID:            " + server.voidUrl());
        if (update) {
            out.println("SPARQL Update:   " + server.updateUrl());
            err.println("WARNING: SPARQL Update is ON at " + server.updateUrl()
                + ": anyone who can reach this server can change or delete the data.");
            err.flush();
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (tdb != null) {
                dsg.close();
            }
        }));
        server.join();
        return 0;
    }

    /**
     * Converts the articles into {@code data} when it is missing or older than an article, the gazetteer, a rule file
     * or the ontology, printing the conversion report; whether it converted.
     */
    static boolean convertIfStale(Path data, Path articles, List<Path> files, ConverterConfig cfg, PrintWriter out, PrintWriter err) {
        if (!stale(data, files, cfg)) {
            return false;
        }
        out.println("converting " + files.size() + " articles from " + articles + " ...");
        out.flush();
        ConversionReport report = new Converter(cfg, CoreNlpPipeline.shared()).convertAll(files);
        DatasetFiles.writeTrig(report.dataset(), data);
        ConvertCommand.printReport(report, out, err);
        return true;
    }

    /** Whether the dataset must be made again: missing, or older than an article, the gazetteer, a rule file or the ontology. */
    static boolean stale(Path data, List<Path> articles, ConverterConfig cfg) {
        if (!Files.isRegularFile(data)) {
            return true;
        }
        try {
            FileTime built = Files.getLastModifiedTime(data);
            List<Path> inputs = new ArrayList<>(articles);
            inputs.add(cfg.gazetteer());
            inputs.add(cfg.ontology());
            inputs.add(cfg.topics());
            try (Stream<Path> rules = Files.list(cfg.rules())) {
                rules.forEach(inputs::add);
            }
            for (Path p : inputs) {
                if (Files.getLastModifiedTime(p).compareTo(built) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
