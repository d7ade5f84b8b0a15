package org.diplomacykg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.nlp.CoreNlpPipeline;
import org.diplomacykg.pipeline.ConversionReport;
import org.diplomacykg.pipeline.Converter;
import org.diplomacykg.pipeline.ConverterConfig;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code load FILE|DIR ... --tdb DIR}: adds converted datasets (TriG, N-Quads, ... optionally gzipped) and articles
 * ({@code .txt}, converted first) to a TDB2 database, one write transaction per article batch with a crash-safe loader,
 * then makes the consolidated events again from every article graph in the store.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Adds converted datasets (.trig, .nq, .ttl, .jsonld, ... optionally .gz) and articles (.txt, converted first) to a TDB2 database.",
            "One write transaction per batch of articles (an article = its named graph + its metadata), with Jena's crash-safe basic or sequential loader.",
            "An article already in the database is replaced. The consolidated events are made again from all articles at the end."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:everything loaded", "1:some file or article failed (the others are loaded)", "2:bad usage"})
public final class LoadCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "RDF files or articles, or folders of them.")
    List<Path> inputs;

    @Option(names = "--tdb", paramLabel = "DIR", required = true, description = "The TDB2 database folder (created if missing).")
    Path tdb;

    @Option(names = "--loader", paramLabel = "basic|sequential", description = "TDB2 loader (default: ${DEFAULT-VALUE}).", defaultValue = "basic")
    String loader;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per write transaction (default: ${DEFAULT-VALUE}).",
        defaultValue = "" + TdbStore.DEFAULT_BATCH)
    int batch;

    @Mixin
    ConverterOptions converter;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        TdbStore.Loader kind;
        try {
            kind = TdbStore.Loader.parse(loader);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--loader must be basic or sequential, not " + loader);
        }
        List<Path> rdf = new ArrayList<>();
        List<Path> articles = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new CommandLine.ParameterException(spec.commandLine(), in + ": no such file or folder");
            }
            for (Path f : filesOf(in)) {
                if (f.getFileName().toString().endsWith(".txt")) {
                    articles.add(f);
                } else if (DatasetFiles.lang(f).isPresent()) {
                    rdf.add(f);
                } else if (!Files.isDirectory(in)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), f + ": neither an article (.txt) nor an RDF file");
                }
            }
        }
        if (rdf.isEmpty() && articles.isEmpty()) {
            err.println("nothing to load in " + inputs);
            err.flush();
            return 1;
        }
        ConverterConfig cfg;
        try {
            cfg = converter.config();
        } catch (ConverterConfig.ConfigException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        int status = 0;
        DatasetGraph dsg = TdbStore.open(tdb);
        try {
            for (Path f : rdf) {
                try {
                    TdbStore.LoadReport r;
                    try (Progress progress = Progress.start("load " + f.getFileName(), Math.max(1, Files.size(f) / 1024), "kB")) {
                        r = TdbStore.loadFile(dsg, f, kind, batch, line -> {}, bytes -> progress.reached(bytes / 1024));
                    }
                    out.printf("%s: %d articles, %d statements in %d transactions%n", f, r.articles(), r.quads(), r.transactions());
                } catch (RuntimeException | IOException e) {
                    err.println("FAILED " + f + ": " + e.getMessage());
                    status = 1;
                }
            }
            if (!articles.isEmpty()) {
                Converter conv = new Converter(cfg, CoreNlpPipeline.shared());
                for (int i = 0; i < articles.size(); i += batch) {
                    List<Path> chunk = articles.subList(i, Math.min(articles.size(), i + batch));
                    ConversionReport report = conv.convertAll(chunk);
                    ConvertCommand.printReport(report, out, err);
                    TdbStore.LoadReport r = TdbStore.load(dsg, report.dataset(), kind, batch, line -> {});
                    out.printf("loaded %d articles, %d statements in %d transactions%n", r.articles(), r.quads(), r.transactions());
                    if (!report.ok()) {
                        status = 1;
                    }
                }
            }
            // The consolidated graph depends on every article graph: make it again from the whole store.
            TdbStore.consolidate(dsg, new IriMinter(cfg.base()));
            long total = Txn.calculateRead(dsg, () -> dsg.stream().count());
            out.printf("%s now holds %d statements%n", tdb, total);
        } finally {
            dsg.close();
        }
        out.flush();
        err.flush();
        return status;
    }

    private static List<Path> filesOf(Path in) {
        if (!Files.isDirectory(in)) {
            return List.of(in);
        }
        try (Stream<Path> s = Files.list(in)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + in + ": " + e.getMessage(), e);
        }
    }
}
