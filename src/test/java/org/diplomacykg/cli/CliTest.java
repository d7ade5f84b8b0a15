package org.diplomacykg.cli;

import org.diplomacykg.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.store.DatasetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private static CliRun.Result run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void convertWithAnEmptyFileExits1NamesItAndWritesTheGoodArticle() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("data/articles/000-us-seeks-rapprochement.txt"), in.resolve("000-us-seeks-rapprochement.txt"));
        Files.writeString(in.resolve("empty.txt"), "");
        Path out = dir.resolve("out/kg.trig");
        CliRun.Result r = run("convert", in.toString(), "-o", out.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("empty.txt") && r.err().contains("file is empty"), r.err());
        DatasetGraph dsg = DatasetFiles.readInMemory(out);
        assertTrue(dsg.containsGraph(NodeFactory.createURI(IriMinter.DEFAULT_BASE + "graph/article/000-us-seeks-rapprochement")));
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void convertOfGoodArticlesExits0() {
        Path out = dir.resolve("kg.trig");
        CliRun.Result r = run("convert", "data/articles", "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("converted 2 of 2 articles"), r.out());
    }

    @Test
    void badUsageExits2() {
        assertEquals(2, run("convert", "--no-such-option").status());
        assertEquals(2, run("convert", dir.resolve("missing-folder").toString()).status());
        assertEquals(2, run("frobnicate").status());
        assertEquals(2, run("serve", "--timeout", "0").status());
    }

    @Test
    void helpAndVersionExit0() {
        CliRun.Result help = run("convert", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--output"));
        assertTrue(help.out().contains("Exit status"));
        assertEquals(0, run("serve", "--help").status());
        CliRun.Result v = run("--version");
        assertEquals(0, v.status());
        assertFalse(v.out().isBlank());
    }
}
