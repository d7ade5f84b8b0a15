package org.diplomacykg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleException;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.graph.GraphBuilder.ArticleGraphs;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.NlpPipeline;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.pipeline.Converter;
import org.diplomacykg.pipeline.ConverterConfig;

/**
 * Measures the converter on a folder of articles, streamed: each worker reads one file, converts it and writes its
 * quads to an N-Quads stream, so memory holds the articles in flight, never the corpus. Also measures the NLP library
 * alone (the same {@link NlpPipeline}, hence the same annotators and options, on the same files) for the ratio of
 * what our stages add.
 * <p>
 * Needs the converter's configuration and the JVM's NLP pipeline (loaded once; it is thread-safe). The workers share
 * one {@link Converter}, as {@code convert --threads} does.
 */
public final class ConverterBench {
    private final ConverterConfig config;
    private final NlpPipeline nlp;
    private final LongAdder tokens = new LongAdder();
    private final NlpPipeline counted;
    private final Converter converter;

    /** One measured run. */
    public record Run(String what, int threads, int articles, int failed, long tokens, long triples, double seconds,
                      long peakHeap, long retainedHeap) {
        public double articlesPerSecond() {
            return seconds > 0 ? articles / seconds : Double.NaN;
        }

        public double tokensPerSecond() {
            return seconds > 0 ? tokens / seconds : Double.NaN;
        }

        public double millisPerArticle() {
            return articles > 0 ? 1000 * seconds / articles : Double.NaN;
        }
    }

    public ConverterBench(ConverterConfig config, NlpPipeline nlp) {
        this.config = config;
        this.nlp = nlp;
        this.counted = article -> {
            AnnotatedArticle a = nlp.annotate(article);
            tokens.add(tokenCount(a));
            return a;
        };
        this.converter = new Converter(config, counted);
    }

    /** Converts a few articles, unmeasured, so the JIT has compiled the hot code before a measured run. */
    public void warmUp(List<Path> files, int threads) {
        converter(files, threads, null, () -> { });
    }

    /**
     * Converts the files with {@code threads} workers, writing every article's graph and metadata quads to
     * {@code quadsOut} (N-Quads; null writes nothing), calling {@code tick} after each article.
     */
    public Run converter(List<Path> files, int threads, Path quadsOut, Runnable tick) {
        AtomicLong triples = new AtomicLong();
        String metadataGraph = new IriMinter(config.base()).metadataGraph();
        try (OutputStream os = quadsOut == null ? OutputStream.nullOutputStream()
                : new BufferedOutputStream(Files.newOutputStream(quadsOut), 1 << 16)) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            sink.start();
            Run r = run("converter", files, threads, tick, (worker, article) -> {
                ArticleGraphs g = converter.convert(article);
                triples.addAndGet(g.claims().size());
                synchronized (sink) {
                    send(sink, g.graphIri(), g.claims().getGraph());
                    send(sink, metadataGraph, g.metadata().getGraph());
                }
            });
            sink.finish();
            return new Run(r.what(), r.threads(), r.articles(), r.failed(), r.tokens(), triples.get(), r.seconds(),
                    r.peakHeap(), r.retainedHeap());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + quadsOut + ": " + e.getMessage(), e);
        }
    }

    /** The NLP pipeline alone on the same files: read, annotate, nothing else. */
    public Run nlpAlone(List<Path> files, int threads, Runnable tick) {
        return run("NLP alone", files, threads, tick, (worker, article) -> counted.annotate(article));
    }

    /**
     * Appends the graphs every converted dataset has besides the articles' (ontology, topic scheme, event codes,
     * gazetteer) to an N-Quads file, so that the file answers the competency queries.
     */
    public void appendStaticGraphs(Path quadsOut) {
        DatasetGraph statics = converter.convertAll(List.of()).dataset();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(quadsOut, java.nio.file.StandardOpenOption.APPEND))) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            sink.start();
            statics.find().forEachRemaining(sink::quad);
            sink.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + quadsOut + ": " + e.getMessage(), e);
        }
    }

    private interface Work {
        void convert(int worker, Article article) throws ArticleException;
    }

    private Run run(String what, List<Path> files, int threads, Runnable tick, Work work) {
        tokens.reset();
        HeapSampler.retained(); // start each run from a collected heap
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        long t0;
        long t1;
        long peak;
        try (HeapSampler heap = new HeapSampler()) {
            t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        try {
                            work.convert(worker, ArticleReader.read(files.get(i)));
                        } catch (ArticleException e) {
                            failed.incrementAndGet();
                        }
                        tick.run();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            t1 = System.nanoTime();
            peak = heap.peak();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        int n = files.size() - failed.get();
        return new Run(what, threads, n, failed.get(), tokens.sum(), 0, (t1 - t0) / 1e9, peak, HeapSampler.retained());
    }

    private static void send(StreamRDF sink, String graphIri, Graph g) {
        Node name = NodeFactory.createURI(graphIri);
        g.find().forEachRemaining(t -> sink.quad(Quad.create(name, t)));
    }

    static long tokenCount(AnnotatedArticle a) {
        long n = 0;
        for (Sentence s : a.sentences()) {
            n += s.tokens().size();
        }
        return n;
    }
}
