package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.CliRun;
import org.diplomacykg.TestData;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.pipeline.SameDatasets;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} streams its output with workers, cleans what a killed run left, and gives up on a too slow article. */
class ConvertStreamingTest {
    @TempDir
    Path dir;

    @Test
    void streamedOutputWithTwoWorkersIsTheInMemoryDatasetAndValidatesAsTheUnion() {
        Path out = dir.resolve("kg.trig");
        CliRun.Result r = CliRun.run("convert", TestData.ARTICLES.toString(), "-o", out.toString(), "--threads", "2");
        DatasetGraph written = DatasetFiles.readInMemory(out);
        SameDatasets.assertSame(TestData.seedDataset(), written, "convert --threads 2");
        String union = Validator.fromShapes(Validator.DEFAULT_SHAPES).validate(written).summary();
        assertTrue(r.out().contains(union + "\n") || r.out().contains(union + "\r\n"), "part by part: " + r.out() + r.err() + "\nunion: " + union);
        assertEquals(union.contains("does not conform") ? 1 : 0, r.status(), r.err());
    }

    @Test
    void staleTemporaryFilesOfTheOutputAreRemovedAndNoOthers() throws Exception {
        Path out = dir.resolve("kg.trig");
        Path stale = dir.resolve(".kg.trig." + UUID.randomUUID() + ".tmp");
        Path otherOutput = dir.resolve(".other.trig." + UUID.randomUUID() + ".tmp");
        Path notOurs = dir.resolve("kg.trig.tmp");
        for (Path p : List.of(stale, otherOutput, notOurs)) {
            Files.writeString(p, "left behind");
        }
        CliRun.Result r = CliRun.run("convert", "data/articles/000-us-seeks-rapprochement.txt", "-o", out.toString(), "--no-validate");
        assertEquals(0, r.status(), r.err());
        assertFalse(Files.exists(stale));
        assertTrue(r.err().contains("removed stale temporary file " + stale.toAbsolutePath()), r.err());
        assertTrue(Files.exists(otherOutput) && Files.exists(notOurs), "only the output's own temporary files go");
    }

    @Test
    void anArticleOverTheTimeLimitIsReportedAndTheOthersConverted() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            body.append("Foreign Minister Sergey Lavrov met President Nursultan Nazarbayev in Astana on Tuesday ")
                    .append("to discuss trade, transport and security in the region.\n\n");
        }
        Path slow = in.resolve("a-slow.txt");
        Files.writeString(slow, header("A long made-up article") + body);
        Files.writeString(in.resolve("b-quick.txt"), header("A short made-up article") + "Kerry visited Astana on Monday.\n");
        Path out = dir.resolve("kg.trig");
        CliRun.Result r = CliRun.run("convert", in.toString(), "-o", out.toString(), "--no-validate", "--article-timeout", "3");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("FAILED " + slow + ": conversion took longer than 3 s"), r.err());
        assertTrue(r.out().contains("converted 1 of 2 articles"), r.out());
        assertTrue(DatasetFiles.readInMemory(out).containsGraph(NodeFactory.createURI(IriMinter.DEFAULT_BASE + "graph/article/b-quick")));
    }

    @Test
    void twoFilesWithOneArticleIdAreNotWrittenTwice() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("same.txt"), header("First") + "Kerry visited Astana on Monday.\n");
        Files.writeString(b.resolve("same.txt"), header("Second") + "Lavrov visited Bishkek on Tuesday.\n");
        Path out = dir.resolve("kg.trig");
        CliRun.Result r = CliRun.run("convert", a.toString(), b.toString(), "-o", out.toString(), "--no-validate");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("FAILED " + b.resolve("same.txt") + ": article id 'same' is also that of " + a.resolve("same.txt")), r.err());
        assertTrue(r.out().contains("converted 1 of 2 articles"), r.out());
    }

    @Test
    void badThreadsAndTimeoutsAreUsageErrors() {
        assertEquals(2, CliRun.run("convert", TestData.ARTICLES.toString(), "-o", dir.resolve("x.trig").toString(), "--threads", "0").status());
        assertEquals(2, CliRun.run("convert", TestData.ARTICLES.toString(), "-o", dir.resolve("x.trig").toString(), "--article-timeout", "0").status());
    }

    private static String header(String title) {
        return "title: " + title + "\npublisher: Test\ndate: 2016-03-02\nlanguage: en\n---\n";
    }
}
