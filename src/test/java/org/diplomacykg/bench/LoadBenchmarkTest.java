package org.diplomacykg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.diplomacykg.CliRun;
import org.diplomacykg.TestData;
import org.diplomacykg.store.DatasetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench load} measures Jena's basic loader and the project's load path on the same file (figures not asserted). */
class LoadBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void bothLoadsOfTheSameFileAreMeasuredAndGiveTheSameQuads() {
        Path data = dir.resolve("seeds.trig");
        DatasetFiles.writeTrig(TestData.seedDataset(), data);
        CliRun.Result r = CliRun.run("bench", "load", "--data", data.toString(), "--work", dir.resolve("work").toString(), "--rounds", "1");
        assertEquals(0, r.status(), r.err());
        String basic = row(r.out(), "Jena basic");
        String ours = row(r.out(), "project: load --tdb (");
        assertTrue(ours.contains("target ≥ 0.9×"), r.out());
        // The second column: the quads in the database after each load.
        assertEquals(basic.trim().split("\\s{2,}")[1], ours.trim().split("\\s{2,}")[1], r.out());
    }

    private static String row(String table, String start) {
        return table.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no row " + start + " in\n" + table));
    }
}
