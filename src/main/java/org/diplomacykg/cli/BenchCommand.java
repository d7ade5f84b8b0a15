package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomacykg.article.ArticleSource;
import org.diplomacykg.bench.ConvertBenchmark;
import org.diplomacykg.bench.CorpusGenerator;
import org.diplomacykg.bench.EndpointBenchmark;
import org.diplomacykg.bench.LoadBenchmark;
import org.diplomacykg.bench.Steps;
import org.diplomacykg.bench.Table;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.nlp.CoreNlpPipeline;
import org.diplomacykg.pipeline.ConverterConfig;
import org.diplomacykg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench corpus|convert|endpoint|load}: generates a corpus and measures the converter, the SPARQL endpoint and the
 * TDB2 load, printing tables of figures (never asserting them).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: generate a corpus, measure the converter, the SPARQL endpoint, the TDB2 load. Prints tables.",
        subcommands = {BenchCommand.Corpus.class, BenchCommand.Convert.class, BenchCommand.Endpoint.class, BenchCommand.Load.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:measured", "1:failure", "2:bad usage"})
public final class BenchCommand implements Runnable {
    @Mixin
    CommandIo io;

    @Override
    public void run() {
        throw io.usage("a subcommand is required: corpus, convert, endpoint or load");
    }

    /** Progress bars (or log lines) for the benchmark's long steps. */
    static Steps progress() {
        return (task, total, unit) -> {
            Progress p = Progress.start(task, total, unit);
            return new Steps.Step() {
                @Override
                public void run() {
                    p.step();
                }

                @Override
                public void close() {
                    p.close();
                }
            };
        };
    }

    /** {@code --markdown}, and the printing of the tables it chooses the syntax of; with the prologue of {@link CommandIo}. */
    static final class TablesOptions extends CommandIo {
        @Option(names = "--markdown", description = "Print the tables as Markdown.")
        boolean markdown;

        void print(List<Table> tables, PrintWriter out) {
            for (Table t : tables) {
                out.println(markdown ? t.toMarkdown() : t.toText());
            }
            out.flush();
        }
    }

    /** Options of the generated corpus. */
    static final class CorpusOptions {
        @Option(names = "--seeds", paramLabel = "DIR", description = "Real articles the corpus is made from (default: ${DEFAULT-VALUE}).",
                defaultValue = "data/articles")
        Path seeds;

        @Option(names = "--seed-gold", paramLabel = "DIR", description = "Gold claims of the seeds, rewritten for each generated article (default: ${DEFAULT-VALUE}).",
                defaultValue = "data/gold")
        Path gold;

        @Option(names = "--random-seed", description = "Random seed: the same seed gives the same corpus (default: ${DEFAULT-VALUE}).",
                defaultValue = "1")
        long randomSeed;

        List<Path> seedFiles(CommandIo io) {
            if (!Files.isDirectory(seeds)) {
                throw io.usage("--seeds " + seeds + ": no such folder");
            }
            List<Path> files = ArticleSource.files(List.of(seeds));
            if (files.isEmpty()) {
                throw io.usage("--seeds " + seeds + ": no *.txt articles");
            }
            return files;
        }

        Path goldOrNull() {
            return Files.isDirectory(gold) ? gold : null;
        }
    }

    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = "Generates N articles (and their gold claims) from the seed articles, entities and dates varied from the gazetteer.",
            exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:written", "1:failure", "2:bad usage"})
    static final class Corpus implements Callable<Integer> {
        @Option(names = "--articles", paramLabel = "N", description = "How many articles (default: ${DEFAULT-VALUE}).", defaultValue = "100")
        int articles;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder of the corpus: DIR/articles, DIR/gold (default: ${DEFAULT-VALUE}).",
                defaultValue = "target/bench/corpus")
        Path output;

        @Mixin
        CorpusOptions corpus;

        @Mixin
        ConverterOptions command;

        @Override
        public Integer call() {
            if (articles < 1) {
                throw command.usage("--articles must be 1 or more");
            }
            ConverterConfig cfg = command.config();
            CorpusGenerator gen;
            try {
                gen = CorpusGenerator.create(corpus.seedFiles(command), corpus.goldOrNull(), cfg.gazetteer(), cfg.topics(), corpus.randomSeed);
            } catch (IllegalArgumentException e) {
                throw command.usage(e.getMessage());
            }
            long t0 = System.nanoTime();
            CorpusGenerator.Corpus c;
            try (Progress p = Progress.start("generate corpus", articles, "articles")) {
                c = gen.generate(articles, output, p::step);
            }
            PrintWriter out = command.out();
            out.printf("wrote %d articles (%d bytes) to %s, gold claims to %s, in %d ms%n", c.count(), c.bytes(), c.articles(), c.gold(),
                    (System.nanoTime() - t0) / 1_000_000);
            out.flush();
            return 0;
        }
    }

    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = {"Measures the converter: articles/s and tokens/s per corpus size and thread count after a warm-up, peak heap, "
                    + "the NLP library alone and CoreNLP's default full pipeline on samples of the same articles.",
                    "Run it with the heap you want to check, e.g. DKG_JAVA_OPTS=-Xmx3g ./dkg bench convert ..."},
            exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:measured", "1:failure", "2:bad usage"})
    static final class Convert implements Callable<Integer> {
        @Option(names = "--articles", paramLabel = "N[,N...]", split = ",", description = "Corpus sizes (default: ${DEFAULT-VALUE}).",
                defaultValue = "100")
        List<Integer> sizes;

        @Option(names = "--threads", paramLabel = "T[,T...]", split = ",", description = "Worker threads (default: ${DEFAULT-VALUE}).",
                defaultValue = "1,2")
        List<Integer> threads;

        @Option(names = "--warmup", description = "Articles converted before measuring (default: ${DEFAULT-VALUE}).", defaultValue = "10")
        int warmup;

        @Option(names = "--sample", description = "Articles of the comparison with the NLP library alone; 0 skips it (default: ${DEFAULT-VALUE}).",
                defaultValue = "50")
        int sample;

        @Option(names = "--full-sample", description = "Articles of the comparison with CoreNLP's default pipeline; 0 skips it (default: ${DEFAULT-VALUE}).",
                defaultValue = "10")
        int fullSample;

        @Option(names = "--full-warmup", description = "Articles CoreNLP's default pipeline annotates before it is measured (default: ${DEFAULT-VALUE}).",
                defaultValue = "3")
        int fullWarmup;

        @Option(names = "--full-annotators", description = "'default' (new StanfordCoreNLP(): the annotators of its StanfordCoreNLP.properties) "
                + "or an annotator list (default: ${DEFAULT-VALUE}).", defaultValue = "default")
        String fullAnnotators;

        @Option(names = "--full-heap", description = "-Xmx of the JVM running CoreNLP's default pipeline (default: ${DEFAULT-VALUE}).",
                defaultValue = "8g")
        String fullHeap;

        @Option(names = "--corpus", paramLabel = "DIR", description = "Use this corpus (DIR/articles/*.txt) instead of generating one.")
        Path corpusDir;

        @Option(names = "--work", paramLabel = "DIR", description = "Folder for the corpus, the converted N-Quads and logs (default: ${DEFAULT-VALUE}).",
                defaultValue = "target/bench")
        Path work;

        @Mixin
        TablesOptions tables;

        @Mixin
        CorpusOptions corpus;

        @Mixin
        ConverterOptions command;

        @Override
        public Integer call() throws Exception {
            ConverterConfig cfg = command.config();
            ConvertBenchmark.Settings s;
            try {
                s = new ConvertBenchmark.Settings(sizes, threads, warmup, sample, fullSample, fullWarmup, fullAnnotators, fullHeap,
                        work, corpusDir, corpusDir == null ? corpus.seedFiles(command) : List.of(), corpus.goldOrNull(),
                        corpus.randomSeed);
            } catch (IllegalArgumentException e) {
                throw command.usage(e.getMessage());
            }
            Files.createDirectories(work);
            ConvertBenchmark.Outcome o = ConvertBenchmark.run(s, cfg, CoreNlpPipeline.shared(), progress());
            PrintWriter out = command.out();
            tables.print(o.tables(), out);
            out.println("corpus: " + o.corpus() + "; converted corpus (for bench endpoint --data): " + o.quads());
            out.flush();
            return 0;
        }
    }

    @Command(name = "endpoint", mixinStandardHelpOptions = true,
            description = {"Measures the SPARQL endpoint: queries/s and latency p50/p99 of the competency queries for 1, 8 and 32 "
                    + "concurrent clients (a load generator in a JVM of its own, loopback only), our server against a stock Fuseki "
                    + "main on the same data, in memory and in TDB2; cold start to the first answered query."},
            exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:measured", "1:failure (e.g. a server did not start)", "2:bad usage"})
    static final class Endpoint implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "FILE", description = "Dataset, TriG or N-Quads (default: ${DEFAULT-VALUE}).",
                defaultValue = "data/build/diplomacy.trig")
        Path data;

        @Option(names = "--queries", paramLabel = "DIR", description = "Folder of *.rq queries (default: ${DEFAULT-VALUE}).", defaultValue = "queries")
        Path queries;

        @Option(names = "--clients", paramLabel = "C[,C...]", split = ",", description = "Concurrent clients (default: ${DEFAULT-VALUE}).",
                defaultValue = "1,8,32")
        List<Integer> clients;

        @Option(names = "--duration", paramLabel = "SECONDS", description = "Measured seconds per server and client count (default: ${DEFAULT-VALUE}).",
                defaultValue = "60")
        int duration;

        @Option(names = "--warmup", paramLabel = "SECONDS", description = "Unmeasured seconds of load before the first measurement of each server (default: ${DEFAULT-VALUE}).",
                defaultValue = "10")
        int warmup;

        @Option(names = "--stores", paramLabel = "mem|tdb2[,...]", split = ",", description = "Stores (default: ${DEFAULT-VALUE}).",
                defaultValue = "mem,tdb2")
        List<String> stores;

        @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query time limit of both servers, ours and the stock one (default: ${DEFAULT-VALUE}).",
                defaultValue = "30")
        int timeout;

        @Option(names = "--server-heap", description = "-Xmx of each server's JVM (default: ${DEFAULT-VALUE}).", defaultValue = "4g")
        String serverHeap;

        @Option(names = "--work", paramLabel = "DIR", description = "Folder for the TDB2 database and logs (default: ${DEFAULT-VALUE}).",
                defaultValue = "target/bench")
        Path work;

        @Mixin
        TablesOptions tables;

        @Override
        public Integer call() throws Exception {
            EndpointBenchmark.Settings s;
            try {
                s = new EndpointBenchmark.Settings(data, queries, clients, duration, warmup, stores, timeout, serverHeap, work);
            } catch (IllegalArgumentException e) {
                throw tables.usage(e.getMessage());
            }
            Files.createDirectories(work);
            tables.print(EndpointBenchmark.run(s, progress()), tables.out());
            return 0;
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Measures loading a dataset file into new TDB2 databases in one run: quads/s of Jena's basic loader, of the project's load --tdb path (and its ratio, target >= 0.9x), and of Jena's phased loader.",
            exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:measured", "1:failure", "2:bad usage"})
    static final class Load implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "FILE", description = "Dataset, TriG or N-Quads (default: ${DEFAULT-VALUE}).",
                defaultValue = "data/build/diplomacy.trig")
        Path data;

        @Option(names = "--work", paramLabel = "DIR", description = "Folder for the TDB2 databases (default: ${DEFAULT-VALUE}).",
                defaultValue = "target/bench")
        Path work;

        @Option(names = "--batch", paramLabel = "N", description = "Articles per transaction of the project's load, as load --batch (default: ${DEFAULT-VALUE}).",
                defaultValue = "" + TdbStore.DEFAULT_BATCH)
        int batch;

        @Option(names = "--rounds", paramLabel = "N", description = "Rounds of the basic and the project's load, alternating which goes first; the fastest of each is compared (default: ${DEFAULT-VALUE}).",
                defaultValue = "2")
        int rounds;

        @Option(names = "--base", description = "Base of the data IRIs, for the consolidation at the end of the project's load (default: ${DEFAULT-VALUE}).",
                defaultValue = IriMinter.DEFAULT_BASE)
        String base;

        @Mixin
        TablesOptions tables;

        @Override
        public Integer call() throws Exception {
            if (batch < 1 || rounds < 1) {
                throw tables.usage("--batch and --rounds must be at least 1");
            }
            if (!Files.isRegularFile(data)) {
                throw tables.usage("--data " + data + ": no such file");
            }
            Files.createDirectories(work);
            tables.print(List.of(LoadBenchmark.run(data, work, batch, rounds, new IriMinter(base), progress())), tables.out());
            return 0;
        }
    }
}
