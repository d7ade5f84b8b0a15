package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.diplomacykg.TestData;
import org.diplomacykg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dumps of the converted seeds: written, checksummed, and read back equal to the store, graph by graph. */
class DumpsTest {

    @TempDir
    Path dir;

    @Test
    void dumpsReloadToTheSameGraphs() throws Exception {
        DatasetGraph seeds = TestData.seedDataset();
        Dumps.Written w = Dumps.write(seeds, dir);
        assertEquals(List.of(dir.resolve(Dumps.NQUADS), dir.resolve(Dumps.TRIG), dir.resolve(Dumps.CHECKSUMS)), w.files());
        for (String name : List.of(Dumps.NQUADS, Dumps.TRIG)) {
            DatasetGraph back = DatasetFiles.readInMemory(dir.resolve(name));
            assertSameGraphs(seeds, back, name);
        }
        assertEquals(Txn.calculateRead(seeds, () -> seeds.stream().count()), w.quads());
    }

    @Test
    void checksumsAreInSha256sumFormat() throws Exception {
        Dumps.write(TestData.seedDataset(), dir);
        List<String> lines = Files.readAllLines(dir.resolve(Dumps.CHECKSUMS));
        assertEquals(2, lines.size());
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            assertTrue(parts[0].matches("[0-9a-f]{64}"), line);
            assertEquals(Dumps.sha256(dir.resolve(parts[1])), parts[0], line);
        }
        // Same data, same bytes: the gzip header has no time in it.
        byte[] first = Files.readAllBytes(dir.resolve(Dumps.NQUADS));
        Dumps.write(TestData.seedDataset(), dir);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve(Dumps.NQUADS)));
        assertFalse(Dumps.stale(dir, dir.resolve(Dumps.NQUADS)));
    }

    @Test
    void exportCommandWritesTheDumpsOfAFile() throws Exception {
        Path trig = dir.resolve("in.trig");
        DatasetFiles.writeTrig(TestData.seedDataset(), trig);
        Path out = dir.resolve("dumps");
        PrintStream old = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = Main.run("export", "--input", trig.toString(), "-o", out.toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, status, captured.toString(StandardCharsets.UTF_8));
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("sha256"), captured.toString(StandardCharsets.UTF_8));
        assertSameGraphs(TestData.seedDataset(), DatasetFiles.readInMemory(out.resolve(Dumps.TRIG)), "export");
        assertEquals(2, Main.run("export", "--input", dir.resolve("missing.trig").toString(), "-o", out.toString()));
    }

    /** Same graph names, and each graph isomorphic to its namesake. */
    static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual, String what) {
        Set<Node> names = Txn.calculateRead(expected, () -> {
            Set<Node> s = new HashSet<>();
            expected.listGraphNodes().forEachRemaining(s::add);
            return s;
        });
        Set<Node> actualNames = Txn.calculateRead(actual, () -> {
            Set<Node> s = new HashSet<>();
            actual.listGraphNodes().forEachRemaining(s::add);
            return s;
        });
        assertEquals(names, actualNames, what + ": graph names");
        Txn.executeRead(expected, () -> Txn.executeRead(actual, () -> {
            for (Node g : names)
                assertTrue(IsoMatcher.isomorphic(expected.getGraph(g), actual.getGraph(g)), what + ": graph " + g + " differs");
            assertTrue(IsoMatcher.isomorphic(expected.getDefaultGraph(), actual.getDefaultGraph()), what + ": default graph differs");
        }));
    }
}
