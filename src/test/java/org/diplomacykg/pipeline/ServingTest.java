package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplomacykg.reason.Reasoning;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.store.Dumps;
import org.diplomacykg.store.TdbStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve does before its server starts: convert or open, dumps when stale, the reasoner when asked. */
class ServingTest {
    @TempDir
    Path dir;

    PipelineFixtures fx;
    List<String> told;
    Serving.Listener listener;

    @BeforeEach
    void setUp() throws Exception {
        fx = new PipelineFixtures(dir);
        told = fx.told;
        listener = new Told();
    }

    /** Tells {@link #told} the steps of serving as well. */
    private final class Told extends PipelineFixtures.Recorder implements Serving.Listener {
        Told() {
            fx.super();
        }

        @Override
        public void upToDate(Path data) {
            told.add("up to date");
        }

        @Override
        public void incomplete(Path tdb) {
            told.add("incomplete");
        }

        @Override
        public void filling(Path tdb, int articles) {
            told.add("filling " + articles);
        }

        @Override
        public void filled(Path tdb, TdbStore.LoadReport loaded) {
            told.add("filled " + (loaded.quads() > 0));
        }

        @Override
        public void usingDatabase(Path tdb) {
            told.add("using database");
        }

        @Override
        public void unfinishedLoad(Path tdb) {
            told.add("unfinished load");
        }

        @Override
        public void dumpsWritten(Path dumps, Dumps.Written written) {
            told.add("dumps");
        }

        @Override
        public void inferred(Reasoning reasoning, long triples, long millis) {
            told.add(reasoning.name() + " " + (triples > 0));
        }
    }

    private Serving.Setup setup(Path tdb, Reasoning reasoning) {
        return new Serving.Setup(dir.resolve("kg.trig"), tdb, TdbStore.Loader.BASIC, 1, dir.resolve("dumps"), reasoning);
    }

    @Test
    void inMemoryConvertsOnceAndWritesTheDumpsOnce() {
        Serving.Setup setup = setup(null, null);
        assertTrue(Serving.converts(fx.articles(), setup));
        try (Serving.Served s = Serving.prepare(fx.articles(), setup, listener)) {
            assertFalse(s.onDisk());
            assertTrue(s.inferred().isEmpty());
            assertTrue(PipelineFixtures.holdsArticle(s.dataset(), "002-united-states-returns"));
        }
        assertEquals(List.of("converting 2", "converted 2", "dumps"), told);
        assertTrue(Files.isRegularFile(dir.resolve("dumps").resolve(Dumps.NQUADS)));

        told.clear();
        assertFalse(Serving.converts(fx.articles(), setup));
        Serving.prepare(fx.articles(), setup, listener).close();
        assertEquals(List.of("up to date"), told, "neither converted nor dumped again");
        assertEquals(1, fx.nlpAsked.get());
    }

    @Test
    void aNewTdbDatabaseIsFilledThenServedAsItIs() {
        Path tdb = dir.resolve("tdb");
        Serving.Setup setup = setup(tdb, null);
        assertTrue(Serving.converts(fx.articles(), setup));
        try (Serving.Served s = Serving.prepare(fx.articles(), setup, listener)) {
            assertTrue(s.onDisk());
            assertTrue(Txn.calculateRead(s.dataset(), () -> s.dataset().stream().count()) > 0);
            Txn.executeRead(s.dataset(), () -> SameDatasets.assertSame(fx.articles().convert().dataset(), s.dataset(),
                    "the conversion streamed into TDB2"));
        }
        assertEquals(List.of("filling 2", "converted 2", "filled true", "dumps"), told);

        told.clear();
        assertFalse(Serving.converts(fx.articles(), setup));
        Serving.prepare(fx.articles(), setup, listener).close();
        assertEquals(List.of("using database"), told, "a filled database is not converted into again, its dumps are fresh");
        assertFalse(Files.exists(dir.resolve("kg.trig")), "--data is not written with --tdb");
    }

    @Test
    void aTdbDatabaseStillMarkedAsBeingFilledIsEmptiedAndFilledAgain() throws Exception {
        Path tdb = dir.resolve("tdb");
        Serving.Setup setup = setup(tdb, null);
        Serving.prepare(fx.articles(), setup, listener).close();
        // What a fill killed after some batches leaves: data, a statement the finished fill would not have, the mark.
        DatasetGraph left = TdbStore.open(tdb);
        Txn.executeWrite(left, () -> left.add(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s"),
                NodeFactory.createURI("urn:x:p"), NodeFactory.createURI("urn:x:o")));
        TDBInternal.expel(left);
        Files.writeString(tdb.resolve(TdbStore.FILLING), "");
        told.clear();
        assertTrue(Serving.converts(fx.articles(), setup), "a marked database is converted into again");
        try (Serving.Served s = Serving.prepare(fx.articles(), setup, listener)) {
            Txn.executeRead(s.dataset(), () -> SameDatasets.assertSame(fx.articles().convert().dataset(), s.dataset(),
                    "filled again, nothing of the killed fill left"));
        }
        // (Then the dumps, when the refill's files are newer than them.)
        assertEquals(List.of("incomplete", "filling 2", "converted 2", "filled true"), told.subList(0, 4), told.toString());
        assertFalse(Files.exists(tdb.resolve(TdbStore.FILLING)));
        assertFalse(Serving.converts(fx.articles(), setup));
    }

    @Test
    void aTdbDatabaseMarkedByAnUnfinishedLoadIsServedAsItIsWithAWarning() throws Exception {
        Path tdb = dir.resolve("tdb");
        Serving.Setup setup = setup(tdb, null);
        Serving.prepare(fx.articles(), setup, listener).close();
        Files.writeString(tdb.resolve(TdbStore.LOADING), "");
        told.clear();
        assertFalse(Serving.converts(fx.articles(), setup), "the user's data is not converted over");
        try (Serving.Served s = Serving.prepare(fx.articles(), setup, listener)) {
            Txn.executeRead(s.dataset(), () -> SameDatasets.assertSame(fx.articles().convert().dataset(), s.dataset(), "kept"));
        }
        assertEquals(List.of("using database", "unfinished load"), told.subList(0, 2), told.toString());
        assertTrue(Files.exists(tdb.resolve(TdbStore.LOADING)), "only a load that runs to its end removes the mark");
    }

    @Test
    void theReasonersGraphIsServedBesideTheAssertedData() {
        try (Serving.Served s = Serving.prepare(fx.articles(), setup(null, Reasoning.RDFS), listener)) {
            assertTrue(s.inferred().isPresent());
            assertTrue(s.inferred().get().containsGraph(NodeFactory.createURI(Reasoning.RDFS.graphIri(IriMinter.DEFAULT_BASE))));
            assertFalse(s.dataset().containsGraph(NodeFactory.createURI(Reasoning.RDFS.graphIri(IriMinter.DEFAULT_BASE))),
                    "the asserted dataset stays as it is");
        }
        assertEquals("RDFS true", told.get(told.size() - 1));
    }
}
