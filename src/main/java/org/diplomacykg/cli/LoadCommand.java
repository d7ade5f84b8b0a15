package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomacykg.pipeline.ConversionReport;
import org.diplomacykg.pipeline.Loading;
import org.diplomacykg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code load FILE|DIR ... --tdb DIR}: adds converted datasets (TriG, N-Quads, ... optionally gzipped) and articles
 * ({@code .txt}, converted first) to a TDB2 database, one write transaction per article batch with a crash-safe loader,
 * then makes the consolidated events again from every article graph in the store. The work is {@link Loading}'s.
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
    ConverterOptions command;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw command.usage("--batch must be at least 1");
        }
        TdbStore.Loader kind;
        try {
            kind = TdbStore.Loader.parse(loader);
        } catch (IllegalArgumentException e) {
            throw command.usage("--loader must be basic or sequential, not " + loader);
        }
        Loading.Inputs in;
        try {
            in = Loading.Inputs.of(inputs);
        } catch (IllegalArgumentException e) {
            throw command.usage(e.getMessage());
        }
        if (in.isEmpty()) {
            return command.fail("nothing to load in " + inputs);
        }
        if (TdbStore.isFilling(tdb)) {
            return command.fail("load: the TDB2 database in " + tdb + " is incomplete: filling it (serve --tdb) stopped part "
                    + "way; serve --tdb empties it and fills it again, or remove the folder");
        }
        Loading.Result r = Loading.load(tdb, in.rdf(), command.articles(in::articles), kind, batch, new Printer(command));
        PrintWriter out = command.out();
        out.printf("%s now holds %d statements%n", tdb, r.statements());
        out.flush();
        command.err().flush();
        return r.ok() ? 0 : 1;
    }

    /** Prints what {@link Loading#load} does, with a progress bar while a file is read. */
    private static final class Printer implements Loading.Listener {
        private final PrintWriter out;
        private final PrintWriter err;

        Printer(CommandIo io) {
            this.out = io.out();
            this.err = io.err();
        }

        @Override
        public Loading.Meter reading(Path file, long bytes) {
            Progress progress = Progress.start("load " + file.getFileName(), Math.max(1, bytes / 1024), "kB");
            return new Loading.Meter() {
                @Override
                public void reached(long read) {
                    progress.reached(read / 1024);
                }

                @Override
                public void close() {
                    progress.close();
                }
            };
        }

        @Override
        public void unfinished(Path tdb) {
            err.println("warning: an earlier load into " + tdb + " stopped part way; the consolidated events are made again "
                        + "at the end of this one");
            err.flush();
        }

        @Override
        public void loaded(Path f, TdbStore.LoadReport r) {
            out.printf("%s: %d articles, %d statements in %d transactions%n", f, r.articles(), r.quads(), r.transactions());
        }

        @Override
        public void failed(Path f, Exception e) {
            err.println("FAILED " + f + ": " + e.getMessage());
        }

        @Override
        public void converted(ConversionReport report) {
            Reports.conversion(report, out, err);
        }

        @Override
        public void loaded(TdbStore.LoadReport r) {
            out.printf("loaded %d articles, %d statements in %d transactions%n", r.articles(), r.quads(), r.transactions());
        }
    }
}
