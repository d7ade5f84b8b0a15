package org.diplomacykg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplomacykg.article.ArticleException;

/**
 * Runs one job per article file on worker threads and hands the outcomes back on the calling thread in the order of
 * the files, whatever the number of workers, so what is written from them does not depend on it. At most two jobs per
 * worker are in flight, so memory holds a few articles, never the corpus. A job running longer than the time limit
 * is interrupted (CoreNLP's annotators check interruption and throw) and reported as failed; the others go on.
 */
final class ArticleWorkers {
    /** One article's job, run on a worker thread. */
    @FunctionalInterface
    interface Job<T> {
        T run(Path file) throws ArticleException;
    }

    /** Takes the outcomes, in file order, on the calling thread. */
    interface Outcomes<T> {
        void done(Path file, T result, long millis);

        void failed(Path file, String problem);
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private ArticleWorkers() {}

    static <T> void run(List<Path> files, ConversionOptions options, Job<T> job, Outcomes<T> outcomes) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger workers = new AtomicInteger();
        ExecutorService exec = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "convert-" + pool + "-worker-" + workers.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending<T>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < 2 * options.threads()) {
                    Pending<T> p = new Pending<>(files.get(next++));
                    p.future = exec.submit(() -> {
                        p.started = System.nanoTime();
                        return job.run(p.file);
                    });
                    window.add(p);
                }
                Pending<T> head = window.poll();
                await(head, options.articleTimeout(), outcomes);
            }
        } finally {
            exec.shutdownNow();
        }
    }

    private static <T> void await(Pending<T> p, Duration limit, Outcomes<T> outcomes) {
        try {
            while (p.started == 0 && !p.future.isDone()) {
                try {
                    // Not started yet: a worker is still busy with an earlier job that outlived its limit.
                    p.future.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // poll again
                }
            }
            long left = limit.toNanos() - (System.nanoTime() - p.started);
            T result = p.future.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            outcomes.done(p.file, result, (System.nanoTime() - p.started) / 1_000_000);
        } catch (TimeoutException e) {
            p.future.cancel(true);
            outcomes.failed(p.file, "conversion took longer than " + seconds(limit) + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ArticleException ae) {
                outcomes.failed(p.file, ae.problem());
            } else if (cause instanceof RuntimeException || cause instanceof StackOverflowError) {
                // A fault of ours on one article must not lose the others; the message names the file.
                outcomes.failed(p.file, "conversion failed: " + cause);
            } else {
                throw new IllegalStateException(p.file + ": " + cause, cause);
            }
        } catch (CancellationException e) {
            outcomes.failed(p.file, "conversion cancelled");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("conversion interrupted", e);
        }
    }

    /** A limit as the user gave it: "120", "0.05". */
    static String seconds(Duration d) {
        return new java.math.BigDecimal(d.toNanos()).movePointLeft(9).stripTrailingZeros().toPlainString();
    }

    private static final class Pending<T> {
        final Path file;
        volatile long started;
        Future<T> future;

        Pending(Path file) {
            this.file = file;
        }
    }
}
