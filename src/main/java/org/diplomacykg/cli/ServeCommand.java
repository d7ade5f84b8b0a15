package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.FusekiException;
import org.diplomacykg.pipeline.Articles;
import org.diplomacykg.pipeline.Serving;
import org.diplomacykg.reason.Reasoning;
import org.diplomacykg.server.DkgServer;
import org.diplomacykg.server.ServerConfig;
import org.diplomacykg.store.Dumps;
import org.diplomacykg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: serves the graph with an embedded Fuseki. In memory (the default): converts the articles when the built
 * dataset is missing (only at its default place, {@link Preflight#DEFAULT_DATA}) or older than an article or an input
 * of the converter, and loads it. With {@code --tdb DIR}: keeps the dataset in TDB2 on disk; a new or empty database
 * is filled by converting the articles (one transaction per article batch), a filled one is served as it is, without
 * converting. Writes the dumps when they are missing or older than the data. A wrong {@code --data}, a place it cannot
 * write or a port in use stops it before any conversion ({@link Preflight}). The work is {@link Serving#prepare}'s;
 * this command reads the options, checks them, prints what it does and starts the server.
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

    @Mixin
    BuiltDataOptions articles;

    @Option(names = "--data", paramLabel = "FILE.trig", description = BuiltDataOptions.DATA_HELP + " Ignored with --tdb.",
            defaultValue = Preflight.DEFAULT_DATA)
    Path data;

    @Option(names = "--tdb", paramLabel = "DIR", description = "Keep the dataset in TDB2 in this folder; a new or empty one is filled from the articles, a filled one is served without converting.")
    Path tdb;

    @Option(names = "--loader", paramLabel = "basic|sequential", description = "TDB2 loader for filling a new --tdb database (default: ${DEFAULT-VALUE}).", defaultValue = "basic")
    String loader;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per write transaction when filling a new --tdb database (default: ${DEFAULT-VALUE}).",
        defaultValue = "" + TdbStore.DEFAULT_BATCH)
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
    ConverterOptions command;

    @Override
    public Integer call() {
        if (timeoutSeconds <= 0) {
            throw command.usage("--timeout must be more than 0 seconds");
        }
        if (maxRows <= 0) {
            throw command.usage("--max-rows must be at least 1");
        }
        if (batch <= 0) {
            throw command.usage("--batch must be at least 1");
        }
        Articles inputs;
        Serving.Setup setup;
        ServerConfig sc;
        try {
            inputs = command.articles(articles::files);
            setup = new Serving.Setup(data, tdb, TdbStore.Loader.parse(loader), batch, dumps, reasoning);
            sc = ServerConfig.defaults().withHost(host).withPort(port)
                .withTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000))).withAllowService(allowService)
                .withOntology(inputs.config().ontology()).withBase(inputs.config().base()).withMaxRows(maxRows).withUpdate(update)
                .withDumps(dumps).withQueries(queries).withMaxQueryBytes(maxQueryBytes);
        } catch (IllegalArgumentException e) {
            throw command.usage(e.getMessage());
        }
        // Before converting (minutes): a wrong path is bad usage; a port in use, or a place the conversion's output
        // cannot be written, a failure in one line.
        if (tdb == null) {
            Preflight.builtDataset(command.commandLine(), data);
        }
        boolean converts = Serving.converts(inputs, setup);
        Optional<String> problem = Preflight.cannotListen(command.commandLine(), host, port);
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
            return command.fail("serve: " + problem.get());
        }
        long t0 = System.nanoTime();
        Serving.Served served = Serving.prepare(inputs, setup, new Printer(command, articles.articles));
        DkgServer server;
        try {
            server = DkgServer.start(served.dataset(), sc, served.inferred().orElse(null));
        } catch (FusekiException e) {
            // The port was free when checked, and taken during the conversion, say.
            served.close();
            return command.fail("serve: cannot start the server on " + host + ":" + port + ": " + e.getMessage());
        }
        PrintWriter out = command.out();
        out.printf("started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        out.println("Landing page:    " + server.rootUrl());
        out.println("SPARQL endpoint: " + server.endpointUrl());
        if (served.inferred().isPresent())
            out.println("Inferred (" + reasoning + "): " + server.inferredEndpointUrl());
        out.println("Query UI:        " + server.uiUrl());
        out.println("Ontology:        " + server.ontologyUrl());
        out.println("VoID:            " + server.voidUrl());
        if (update) {
            out.println("SPARQL Update:   " + server.updateUrl());
            command.err().println("WARNING: SPARQL Update is ON at " + server.updateUrl()
                + ": anyone who can reach this server can change or delete the data.");
            command.err().flush();
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            served.close();
        }));
        server.join();
        return 0;
    }

    /** Prints what {@link Serving#prepare} does. */
    private static final class Printer extends Reports.Converting implements Serving.Listener {
        Printer(CommandIo io, Path articles) {
            super(io, articles);
        }

        @Override
        public void upToDate(Path data) {
            out.println("using " + data + " (newer than every article)");
        }

        @Override
        public void incomplete(Path tdb) {
            out.println("TDB2 database " + tdb + " is incomplete: filling it stopped part way (killed?); emptied, filling it again");
        }

        @Override
        public void unfinishedLoad(Path tdb) {
            out.println("warning: a load into " + tdb + " stopped part way; its consolidated events may not match its articles "
                        + "until `load` runs to its end");
        }

        @Override
        public void filling(Path tdb, int n) {
            out.println("new TDB2 database " + tdb + ": converting " + n + " articles from " + articles + " ...");
            out.flush();
        }

        @Override
        public void filled(Path tdb, TdbStore.LoadReport loaded) {
            out.printf("loaded %d articles, %d statements in %d transactions into %s%n", loaded.articles(), loaded.quads(),
                       loaded.transactions(), tdb);
        }

        @Override
        public void usingDatabase(Path tdb) {
            out.println("using TDB2 database " + tdb + " (not converting; add articles with `load`)");
        }

        @Override
        public void dumpsWritten(Path dumps, Dumps.Written w) {
            out.println("wrote the dumps (" + w.quads() + " statements) into " + dumps);
        }

        @Override
        public void inferred(Reasoning reasoning, long triples, long millis) {
            out.printf("%s reasoning: %d inferred triples in %d ms%n", reasoning, triples, millis);
        }
    }
}
