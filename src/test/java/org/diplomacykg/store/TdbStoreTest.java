package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplomacykg.TestData;
import org.diplomacykg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The dataset in TDB2: loaded per article batch, the same after a restart, reloads replace rather than add. */
class TdbStoreTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TdbStore.Loader.class)
    void loadGivesTheSameGraphsInOneTransactionPerBatch(TdbStore.Loader loader) {
        DatasetGraph seeds = TestData.seedDataset();
        ArticleSplits.Split split = ArticleSplits.split(seeds);
        assertEquals(2, split.articles().size(), "the two seed articles");
        split.articles().forEach(a -> assertFalse(a.metadata().isEmpty(), a.graph() + " has metadata"));
        assertTrue(split.otherMetadata().isEmpty(), "every metadata statement belongs to an article: " + split.otherMetadata());

        DatasetGraph tdb = TdbStore.open(dir);
        List<String> progress = new ArrayList<>();
        TdbStore.LoadReport r = TdbStore.load(tdb, seeds, loader, 1, progress::add);
        assertEquals(2, r.articles());
        assertEquals(split.reference().size() + 2, r.transactions(), "one per reference graph, one per article");
        assertEquals(r.transactions(), progress.size());
        DumpsTest.assertSameGraphs(seeds, tdb, loader + " load");

        // Loading again replaces every article and graph: nothing doubles, nothing stale stays.
        TdbStore.load(tdb, seeds, loader, 50, line -> {});
        DumpsTest.assertSameGraphs(seeds, tdb, loader + " reload");
        TDBInternal.expel(tdb);
    }

    @Test
    void aRestartFindsTheDataAndConvertsNothing() {
        AtomicInteger conversions = new AtomicInteger();
        TdbStore.Opened first = TdbStore.openOrFill(dir, sink -> {
            conversions.incrementAndGet();
            StreamRDFOps.sendDatasetToStream(TestData.seedDataset(), sink);
        }, TdbStore.Loader.BASIC, 10, line -> {});
        assertTrue(first.filled().isPresent());
        assertFalse(first.incomplete());
        assertFalse(TdbStore.isFilling(dir), "a finished fill leaves no mark");
        assertEquals(1, conversions.get());
        long quads = Txn.calculateRead(first.dataset(), () -> first.dataset().stream().count());
        // "Restart": drop the database from this JVM's cache and open the folder again.
        TDBInternal.expel(first.dataset());
        TdbStore.Opened second = TdbStore.openOrFill(dir, sink -> {
            conversions.incrementAndGet();
            StreamRDFOps.sendDatasetToStream(TestData.seedDataset(), sink);
        }, TdbStore.Loader.BASIC, 10, line -> {});
        assertTrue(second.filled().isEmpty());
        assertEquals(1, conversions.get(), "no second conversion");
        assertEquals(quads, Txn.calculateRead(second.dataset(), () -> second.dataset().stream().count()));
        DumpsTest.assertSameGraphs(TestData.seedDataset(), second.dataset(), "after restart");
        TDBInternal.expel(second.dataset());
    }

    @Test
    void aFillThatFailsPartWayLeavesAnEmptyDatabaseThatTheNextStartFills() {
        List<ArticleBatches.Article> articles = ArticleSplits.split(TestData.seedDataset()).articles();
        IllegalStateException failure = new IllegalStateException("the conversion failed");
        List<String> progress = new ArrayList<>();
        // One article per transaction, in the converter's order: the first is written when the second begins.
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> TdbStore.openOrFill(dir, sink -> {
            for (ArticleBatches.Article a : articles) {
                a.quads().forEach(sink::quad);
                a.metadata().forEach(sink::quad);
            }
            throw failure;
        }, TdbStore.Loader.BASIC, 1, progress::add));
        assertSame(failure, thrown);
        assertEquals(1, progress.size(), "the first article was written before the failure: " + progress);
        assertFalse(TdbStore.isFilling(dir), "emptied again, the database is no longer marked");
        DatasetGraph tdb = TdbStore.open(dir);
        assertTrue(TdbStore.isEmpty(tdb), "what the failed fill wrote is removed");
        TDBInternal.expel(tdb);
        TdbStore.Opened again = TdbStore.openOrFill(dir, sink -> StreamRDFOps.sendDatasetToStream(TestData.seedDataset(), sink),
                TdbStore.Loader.BASIC, 1, line -> {});
        assertTrue(again.filled().isPresent(), "the next start fills the database");
        DumpsTest.assertSameGraphs(TestData.seedDataset(), again.dataset(), "filled again");
        TDBInternal.expel(again.dataset());
    }

    /** What ends a process with no clean-up (SIGKILL, a power loss): no catch block sees it. */
    private static final class Killed extends Error {
        Killed() {
            super("killed");
        }
    }

    @Test
    void aFillKilledPartWayIsEmptiedAndFilledAgainAtTheNextStartWithAWarning() {
        List<ArticleBatches.Article> articles = ArticleSplits.split(TestData.seedDataset()).articles();
        Node stale = NodeFactory.createURI("urn:x:only-in-the-killed-fill");
        List<String> progress = new ArrayList<>();
        // One article per transaction: the first is committed when the second begins, then the process "dies".
        assertThrows(Killed.class, () -> TdbStore.openOrFill(dir, sink -> {
            sink.quad(Quad.create(articles.get(0).graph(), stale, stale, stale));
            for (ArticleBatches.Article a : articles) {
                a.quads().forEach(sink::quad);
                a.metadata().forEach(sink::quad);
            }
            throw new Killed();
        }, TdbStore.Loader.BASIC, 1, progress::add));
        assertEquals(1, progress.size(), "a batch was committed before the kill: " + progress);
        assertTrue(TdbStore.isFilling(dir), "the mark, written before the first batch, is left");
        // "Restart": nothing ran to clean up; the database holds a part, which "new or empty" alone would serve.
        TDBInternal.expel(TdbStore.open(dir));
        DatasetGraph part = TdbStore.open(dir);
        assertFalse(TdbStore.isEmpty(part));
        TDBInternal.expel(part);

        AtomicInteger conversions = new AtomicInteger();
        String[] log = new String[1];
        TdbStore.Opened again = capturingStderr(log, () -> TdbStore.openOrFill(dir, sink -> {
            conversions.incrementAndGet();
            StreamRDFOps.sendDatasetToStream(TestData.seedDataset(), sink);
        }, TdbStore.Loader.BASIC, 1, line -> {}));
        assertTrue(again.incomplete());
        assertTrue(again.filled().isPresent(), "filled again");
        assertEquals(1, conversions.get());
        assertTrue(log[0].contains("WARN") && log[0].contains(dir.toAbsolutePath() + " is incomplete"), log[0]);
        assertFalse(TdbStore.isFilling(dir), "the finished fill removed the mark");
        DumpsTest.assertSameGraphs(TestData.seedDataset(), again.dataset(), "filled again, nothing of the killed fill left");
        TDBInternal.expel(again.dataset());

        TdbStore.Opened third = TdbStore.openOrFill(dir, sink -> conversions.incrementAndGet(), TdbStore.Loader.BASIC, 1,
                line -> {});
        assertTrue(third.filled().isEmpty(), "complete now: served as it is");
        assertFalse(third.incomplete());
        assertEquals(1, conversions.get());
        TDBInternal.expel(third.dataset());
    }

    /** Runs {@code task} with stderr (where the log goes) captured into {@code into[0]}. */
    private static <T> T capturingStderr(String[] into, java.util.function.Supplier<T> task) {
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            return task.get();
        } finally {
            System.setErr(old);
            into[0] = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aReconvertedArticleLeavesNoStaleStatement() {
        DatasetGraph seeds = TestData.seedDataset();
        DatasetGraph tdb = TdbStore.open(dir);
        TdbStore.load(tdb, seeds, TdbStore.Loader.BASIC, 50, line -> {});
        // The same article again, with one claim fewer and another conversion time.
        DatasetGraph changed = DatasetGraphFactory.createTxnMem();
        ArticleBatches.Article first = ArticleSplits.split(seeds).articles().get(0);
        Txn.executeWrite(changed, () -> {
            first.quads().stream().skip(1).forEach(changed::add);
            first.metadata().forEach(q -> changed.add(q.getGraph(), q.getSubject(), q.getPredicate(),
                q.getPredicate().getURI().endsWith("generatedAtTime") ? NodeFactory.createLiteralString("later") : q.getObject()));
        });
        TdbStore.load(tdb, changed, TdbStore.Loader.BASIC, 50, line -> {});
        Quad dropped = first.quads().get(0);
        Txn.executeRead(tdb, () -> {
            assertFalse(tdb.contains(dropped), "the claim the new version lacks is gone");
            assertEquals(first.quads().size() - 1, tdb.getGraph(first.graph()).size());
            long times = tdb.stream(Node.ANY, first.graph(), Node.ANY, Node.ANY)
                .filter(q -> q.getPredicate().getURI().endsWith("generatedAtTime")).count();
            assertEquals(1, times, "one generation time, the new one");
        });
        TDBInternal.expel(tdb);
    }

    @Test
    void loadCommandAddsAFileAndConsolidates() throws Exception {
        Path trig = dir.resolve("seeds.trig");
        DatasetFiles.writeTrig(TestData.seedDataset(), trig);
        Path db = dir.resolve("db");
        assertEquals(0, Main.run("load", trig.toString(), "--tdb", db.toString(), "--batch", "1"));
        DatasetGraph tdb = TdbStore.open(db);
        DumpsTest.assertSameGraphs(TestData.seedDataset(), tdb, "load command");
        TDBInternal.expel(tdb);
        assertEquals(2, Main.run("load", dir.resolve("nothing.trig").toString(), "--tdb", db.toString()));
        assertEquals(2, Main.run("load", trig.toString(), "--tdb", db.toString(), "--loader", "parallel"));
    }

    @Test
    void exportCommandReadsATdbDatabase() throws Exception {
        Path db = dir.resolve("db");
        DatasetGraph tdb = TdbStore.open(db);
        TdbStore.load(tdb, TestData.seedDataset(), TdbStore.Loader.BASIC, 50, line -> {});
        TDBInternal.expel(tdb);
        Path out = dir.resolve("dumps");
        assertEquals(0, Main.run("export", "--tdb", db.toString(), "-o", out.toString()));
        DumpsTest.assertSameGraphs(TestData.seedDataset(), DatasetFiles.readInMemory(out.resolve(Dumps.NQUADS)), "export --tdb");
        assertEquals(2, Main.run("export", "--tdb", dir.resolve("no-db").toString(), "-o", out.toString()));
    }
}
