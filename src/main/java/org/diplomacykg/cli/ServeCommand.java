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
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.article.ArticleSource;
import org.diplomacykg.nlp.CoreNlpPipeline;
import org.diplomacykg.pipeline.ConversionReport;
import org.diplomacykg.pipeline.Converter;
import org.diplomacykg.pipeline.ConverterConfig;
import org.diplomacykg.server.DkgServer;
import org.diplomacykg.server.ServerConfig;
import org.diplomacykg.store.DatasetFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: converts the articles when the built dataset is missing or older than an article or an input of the
 * converter, loads it in memory and serves it with an embedded Fuseki.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the graph: SPARQL endpoint (read-only), query UI. Converts the articles first when needed.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped normally", "1:failure (e.g. the port is taken)", "2:bad usage"})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 takes a free port).", defaultValue = "3030")
    int port;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "localhost")
    String host;

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of articles (default: ${DEFAULT-VALUE}).", defaultValue = "data/articles")
    Path articles;

    @Option(names = "--data", paramLabel = "FILE.trig", description = "Built dataset, made from the articles when missing or stale (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/build/diplomacy.trig")
    Path data;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query time limit in seconds (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    double timeoutSeconds;

    @Option(names = "--allow-service", description = "Allow SPARQL SERVICE calls to other hosts (off by default: they let a request reach other hosts).")
    boolean allowService;

    @Mixin
    ConverterOptions converter;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (timeoutSeconds <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be more than 0 seconds");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConverterConfig cfg;
        List<Path> files;
        try {
            cfg = converter.config();
            files = ArticleSource.files(List.of(articles));
        } catch (IllegalArgumentException | ConverterConfig.ConfigException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (stale(data, files, cfg)) {
            out.println("converting " + files.size() + " articles from " + articles + " ...");
            out.flush();
            ConversionReport report = new Converter(cfg, CoreNlpPipeline.shared()).convertAll(files);
            DatasetFiles.writeTrig(report.dataset(), data);
            ConvertCommand.printReport(report, out, err);
        } else {
            out.println("using " + data + " (newer than every article)");
        }
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatasetFiles.readInMemory(data);
        ServerConfig sc = ServerConfig.defaults().withHost(host).withPort(port)
                .withTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000))).withAllowService(allowService)
                .withOntology(cfg.ontology());
        DkgServer server = DkgServer.start(dsg, sc);
        out.printf("started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        out.println("SPARQL endpoint: " + server.endpointUrl());
        out.println("Query UI:        " + server.uiUrl());
        out.println("Ontology:        " + server.ontologyUrl());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.join();
        return 0;
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
