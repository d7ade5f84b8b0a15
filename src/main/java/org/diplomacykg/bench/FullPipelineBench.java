package org.diplomacykg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** CoreNLP's default full pipeline on a sample of articles, in a JVM of its own (see {@link FullPipelineProbe}). */
public final class FullPipelineBench {
    private FullPipelineBench() {}

    /** The measured run, and the annotators CoreNLP reported and how long it took to load them. */
    public record Result(ConverterBench.Run run, String annotators, long loadMillis) {}

    /**
     * @param annotators "default" for {@code new StanfordCoreNLP()}, else an annotator list
     * @param warmup     files annotated first and not measured
     * @param files      the sample, warm-up files first
     * @param heap       the child JVM's {@code -Xmx}
     * @param log        where the child's log goes
     * @param tick       called after each file
     */
    public static Result run(String annotators, int warmup, List<Path> files, String heap, Path log, Runnable tick) {
        List<String> args = new ArrayList<>();
        args.add(annotators);
        args.add(Integer.toString(warmup));
        files.forEach(f -> args.add(f.toString()));
        Process p = ChildJvm.start(heap, FullPipelineProbe.class, args, log);
        String used = annotators;
        long load = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("LOADED ")) {
                    String[] f = line.split(" ", 3);
                    load = Long.parseLong(f[1]);
                    used = f.length > 2 ? f[2] : annotators;
                } else if (line.equals("ARTICLE")) {
                    tick.run();
                } else if (line.startsWith("RESULT ")) {
                    String[] f = line.split(" ");
                    int articles = Integer.parseInt(f[1]);
                    ConverterBench.Run run = new ConverterBench.Run("CoreNLP default", 1, articles, 0, Long.parseLong(f[2]), 0,
                            Long.parseLong(f[3]) / 1000.0, Long.parseLong(f[4]), -1);
                    return new Result(run, used, load);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ChildJvm.stop(p);
        }
        throw new IllegalStateException("CoreNLP's full pipeline gave no result (exit " + exit(p) + "); see " + log);
    }

    private static String exit(Process p) {
        return p.isAlive() ? "still running" : Integer.toString(p.exitValue());
    }
}
