package org.diplomacykg.bench;

import org.diplomacykg.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke tests of {@code bench}: tiny sizes and durations, so that the command keeps working in CI; the figures are
 * measured outside CI (docs/performance.md) and never asserted.
 */
class BenchCommandTest {
    @TempDir
    Path dir;

    private static CliRun.Result run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void benchConvertPrintsTheTablesAndWritesTheConvertedCorpus() throws Exception {
        CliRun.Result r = run("bench", "convert", "--articles", "2", "--threads", "1", "--warmup", "0", "--sample", "1", "--full-sample", "0",
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
        CliRun.Result c = run("bench", "corpus", "--articles", "1", "-o", dir.resolve("corpus").toString());
        assertEquals(0, c.status(), c.err());
        Path data = dir.resolve("kg.trig");
        CliRun.Result conv = run("convert", dir.resolve("corpus/articles").toString(), "-o", data.toString(), "--no-validate");
        assertEquals(0, conv.status(), conv.err());
        CliRun.Result r = run("bench", "endpoint", "--data", data.toString(), "--stores", "tdb2", "--clients", "2", "--duration", "1",
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
