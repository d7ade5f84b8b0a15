package org.diplomacykg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.nlp.NlpPipeline;
import org.diplomacykg.pipeline.ConverterConfig;

/**
 * {@code bench convert}: generates (or reuses) a corpus, then measures in one run the converter's throughput for each
 * corpus size and thread count, the NLP library alone on a sample, and CoreNLP's default full pipeline on a smaller
 * sample; gives the tables and the converted corpus (N-Quads, for {@code bench endpoint}).
 */
public final class ConvertBenchmark {
    private ConvertBenchmark() {}

    /**
     * @param sizes          corpus sizes N, each measured on the first N articles of one corpus
     * @param threads        worker thread counts
     * @param warmup         articles converted before any measurement
     * @param sample         articles of the comparison with the NLP library alone
     * @param fullSample     articles of the comparison with CoreNLP's default pipeline (0 skips it)
     * @param fullWarmup     articles the default pipeline annotates before it is measured
     * @param fullAnnotators "default" ({@code new StanfordCoreNLP()}), or an annotator list
     * @param fullHeap       {@code -Xmx} of the default pipeline's JVM
     * @param work           folder for the corpus, the converted quads and logs
     * @param corpus         an existing corpus folder (holding {@code articles/}), or null to generate one under work
     * @param seeds          seed articles of a generated corpus
     * @param gold           gold folder of the seeds, or null
     * @param randomSeed     random seed of a generated corpus
     */
    public record Settings(List<Integer> sizes, List<Integer> threads, int warmup, int sample, int fullSample, int fullWarmup,
                           String fullAnnotators, String fullHeap, Path work, Path corpus, List<Path> seeds, Path gold,
                           long randomSeed) {
        public Settings {
            sizes = List.copyOf(sizes);
            threads = List.copyOf(threads);
            seeds = List.copyOf(seeds);
            if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("--articles: sizes must be 1 or more");
            }
            if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
                throw new IllegalArgumentException("--threads: thread counts must be 1 or more");
            }
            if (warmup < 0 || sample < 0 || fullSample < 0 || fullWarmup < 0) {
                throw new IllegalArgumentException("--warmup, --sample, --full-sample, --full-warmup: must not be negative");
            }
        }
    }

    /** The tables, and the N-Quads file of the largest corpus converted. */
    public record Outcome(List<Table> tables, Path quads, Path corpus) {}

    public static Outcome run(Settings s, ConverterConfig cfg, NlpPipeline nlp, Steps steps) {
        int max = Collections.max(s.sizes());
        Path corpusDir = s.corpus() != null ? s.corpus() : s.work().resolve("corpus");
        List<Path> files = corpus(s, cfg, corpusDir, max, steps);
        ConverterBench bench = new ConverterBench(cfg, nlp);
        int maxThreads = Collections.max(s.threads());

        try (Steps.Step step = steps.start("warm-up", Math.min(s.warmup(), files.size()), "articles")) {
            bench.converter(files.subList(0, Math.min(s.warmup(), files.size())), maxThreads, null, step);
        }

        Table throughput = new Table("Converter throughput (articles streamed from disk, quads streamed to N-Quads; after a warm-up of "
                + s.warmup() + " articles)", "N", "threads", "articles", "seconds", "articles/s", "tokens/s", "ms/article",
                "peak heap MB", "heap after GC MB", "failed");
        Path quads = s.work().resolve("converted-" + max + ".nq");
        List<Integer> sizes = s.sizes().stream().sorted().toList();
        for (int n : sizes) {
            for (int t : s.threads()) {
                ConverterBench.Run r;
                try (Steps.Step step = steps.start("convert N=" + n + " threads=" + t, n, "articles")) {
                    r = bench.converter(files.subList(0, n), t, n == max ? quads : s.work().resolve("converted-tmp.nq"), step);
                }
                throughput.row(n, t, r.articles(), r.seconds(), r.articlesPerSecond(), r.tokensPerSecond(), r.millisPerArticle(),
                        Table.mb(r.peakHeap()), Table.mb(r.retainedHeap()), r.failed());
            }
        }
        deleteQuietly(s.work().resolve("converted-tmp.nq"));
        bench.appendStaticGraphs(quads);
        throughput.note("JVM heap limit (-Xmx): " + Table.mb(HeapSampler.max()) + " MB; cores: " + Runtime.getRuntime().availableProcessors()
                + ". Peak heap is sampled used heap (garbage included); heap after GC is what a run keeps.");

        List<Table> tables = new ArrayList<>();
        tables.add(throughput);
        if (s.sample() > 0) {
            tables.add(versusNlp(s, bench, files.subList(0, Math.min(s.sample(), files.size())), steps));
        }
        if (s.fullSample() > 0) {
            tables.add(versusFull(s, bench, files, steps));
        }
        return new Outcome(tables, quads, corpusDir);
    }

    private static Table versusNlp(Settings s, ConverterBench bench, List<Path> sample, Steps steps) {
        Table t = new Table("Converter vs the NLP library alone (CoreNlpPipeline: the same annotators and options on the same "
                + sample.size() + " articles)", "threads", "NLP alone articles/s", "NLP alone tokens/s", "converter articles/s",
                "converter tokens/s", "ratio", "target");
        Path out = s.work().resolve("sample.nq");
        for (int th : s.threads()) {
            ConverterBench.Run alone;
            ConverterBench.Run ours;
            try (Steps.Step step = steps.start("NLP alone threads=" + th, sample.size(), "articles")) {
                alone = bench.nlpAlone(sample, th, step);
            }
            try (Steps.Step step = steps.start("converter threads=" + th, sample.size(), "articles")) {
                ours = bench.converter(sample, th, out, step);
            }
            double ratio = ours.articlesPerSecond() / alone.articlesPerSecond();
            t.row(th, alone.articlesPerSecond(), alone.tokensPerSecond(), ours.articlesPerSecond(), ours.tokensPerSecond(),
                    Table.num(ratio) + "×", ratio >= 0.8 ? "≥ 0.8×: met" : "≥ 0.8×: MISSED");
        }
        deleteQuietly(out);
        return t;
    }

    private static Table versusFull(Settings s, ConverterBench bench, List<Path> files, Steps steps) {
        int warm = Math.min(s.fullWarmup(), files.size());
        List<Path> probe = files.subList(0, Math.min(files.size(), warm + s.fullSample()));
        List<Path> measured = probe.subList(warm, probe.size());
        FullPipelineBench.Result full;
        try (Steps.Step step = steps.start("CoreNLP default pipeline", probe.size(), "articles")) {
            full = FullPipelineBench.run(s.fullAnnotators(), warm, probe, s.fullHeap(), s.work().resolve("corenlp-default.log"), step);
        }
        ConverterBench.Run ours;
        Path out = s.work().resolve("sample.nq");
        try (Steps.Step step = steps.start("converter threads=1", measured.size(), "articles")) {
            ours = bench.converter(measured, 1, out, step);
        }
        deleteQuietly(out);
        double ratio = ours.articlesPerSecond() / full.run().articlesPerSecond();
        Table t = new Table("Converter vs CoreNLP's default full pipeline (1 thread, the same " + measured.size()
                + " articles, after " + warm + " warm-up articles)", "pipeline", "annotators", "articles/s", "tokens/s",
                "ms/article", "peak heap MB", "ratio");
        t.row("CoreNLP default (own JVM, -Xmx" + s.fullHeap() + ")", full.annotators().replace(" ", ""), full.run().articlesPerSecond(),
                full.run().tokensPerSecond(), full.run().millisPerArticle(), Table.mb(full.run().peakHeap()), "1×");
        t.row("converter", "tokenize,ssplit,pos,lemma,ner(coarse),depparse + our stages", ours.articlesPerSecond(),
                ours.tokensPerSecond(), ours.millisPerArticle(), Table.mb(ours.peakHeap()),
                Table.num(ratio) + "× (target ≥ 3×: " + (ratio >= 3 ? "met" : "MISSED") + ")");
        t.note("CoreNLP default pipeline loaded in " + full.loadMillis() + " ms. Token counts differ: each pipeline counts its own tokenizer's tokens.");
        return t;
    }

    /** The first {@code max} article files of the corpus folder, generated when it holds fewer. */
    private static List<Path> corpus(Settings s, ConverterConfig cfg, Path dir, int max, Steps steps) {
        List<Path> files = list(dir.resolve("articles"));
        if (files.size() < max) {
            if (s.corpus() != null) {
                throw new IllegalArgumentException("--corpus " + s.corpus() + " holds " + files.size() + " articles, fewer than " + max);
            }
            CorpusGenerator gen = CorpusGenerator.create(s.seeds(), s.gold(), cfg.gazetteer(), cfg.topics(), s.randomSeed());
            try (Steps.Step step = steps.start("generate corpus", max, "articles")) {
                gen.generate(max, dir, step);
            }
            files = list(dir.resolve("articles"));
        }
        return List.copyOf(files.subList(0, max));
    }

    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover scratch file in the work folder is harmless
        }
    }
}
