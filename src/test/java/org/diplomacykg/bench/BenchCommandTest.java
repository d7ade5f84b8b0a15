package org.diplomacykg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.TestData;
import org.diplomacykg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke tests of {@code bench}: tiny sizes and durations, so that the command keeps working in CI; the figures are
 * measured outside CI (docs/performance.md) and never asserted.
 */
class BenchCommandTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        TestData.converter(); // the NLP pipeline, loaded once for the JVM
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void benchConvertPrintsTheTablesAndWritesTheConvertedCorpus() throws Exception {
        Run r = run("bench", "convert", "--articles", "2", "--threads", "1", "--warmup", "0", "--sample", "1", "--full-sample", "0",
                "--work", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Converter throughput") && r.out().contains("articles/s"), r.out());
        assertTrue(r.out().contains("NLP library alone"), r.out());
        Path quads = dir.resolve("converted-2.nq");
        assertTrue(Files.size(quads) > 0);
        assertEquals(2, ConvertBenchmark.list(dir.resolve("corpus/articles")).size());
    }

    @Test
    void benchEndpointMeasuresBothServersOnLoopback() throws Exception {
        Run c = run("bench", "corpus", "--articles", "1", "-o", dir.resolve("corpus").toString());
        assertEquals(0, c.status(), c.err());
        Path data = dir.resolve("kg.trig");
        Run conv = run("convert", dir.resolve("corpus/articles").toString(), "-o", data.toString(), "--no-validate");
        assertEquals(0, conv.status(), conv.err());
        Run r = run("bench", "endpoint", "--data", data.toString(), "--stores", "tdb2", "--clients", "2", "--duration", "1",
                "--warmup", "0", "--server-heap", "1g", "--work", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("ours (DkgServer)") && r.out().contains("stock Fuseki main"), r.out());
        assertTrue(r.out().contains("first answer ms"), r.out());
    }

    @Test
    void badUsageExits2() {
        assertEquals(2, run("bench").status());
        assertEquals(2, run("bench", "convert", "--threads", "0").status());
        assertEquals(2, run("bench", "endpoint", "--data", dir.resolve("missing.trig").toString()).status());
        assertEquals(0, run("bench", "convert", "--help").status());
    }
}
