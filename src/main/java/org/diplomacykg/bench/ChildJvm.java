package org.diplomacykg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a Java main class of this project in a JVM of its own (same java, same class path), for the parts of a
 * benchmark that must not share a heap or a JIT with the measuring JVM: the load generator, the servers under test,
 * CoreNLP's default full pipeline.
 */
final class ChildJvm {
    private ChildJvm() {}

    /**
     * @param heap    the child's {@code -Xmx}, e.g. "4g"
     * @param main    the main class
     * @param args    its arguments
     * @param stderr  where the child's stderr goes (its logs), or null to discard it
     */
    static Process start(String heap, Class<?> main, List<String> args, Path stderr) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.redirectError(stderr == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + main.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Ends a child: closes its stdin (the servers stop on that), then kills it if it is still there after 5 s. */
    static void stop(Process p) {
        try {
            p.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
