package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplomacykg.TestData;
import org.diplomacykg.article.ArticleSource;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.TdbStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What load does: sorts its inputs, loads files and converted article batches, tells failures and goes on. */
class LoadingTest {
    @TempDir
    Path dir;

    PipelineFixtures fx;
    List<String> told;
    Loading.Listener listener;

    /** Tells {@link #told} each step of a load. */
    private class Told implements Loading.Listener {
        @Override
        public Loading.Meter reading(Path file, long bytes) {
            told.add("reading " + file.getFileName() + " " + (bytes > 0));
            return Loading.Listener.super.reading(file, bytes);
        }

        @Override
        public void loaded(Path file, TdbStore.LoadReport report) {
            told.add("loaded " + file.getFileName() + " " + (report.quads() > 0));
        }

        @Override
        public void failed(Path file, Exception e) {
            told.add("failed " + file.getFileName());
        }

        @Override
        public void converted(ConversionReport report) {
            told.add("converted " + report.converted().size());
        }

        @Override
        public void loaded(TdbStore.LoadReport report) {
            told.add("loaded " + (report.quads() > 0));
        }

        @Override
        public void unfinished(Path tdb) {
            told.add("unfinished");
        }
    }

    /** What ends a process with no clean-up (SIGKILL, a power loss): no catch block sees it. */
    private static final class Killed extends Error {
        Killed() {
            super("killed");
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        fx = new PipelineFixtures(dir);
        told = fx.told;
        listener = new Told();
    }

    @Test
    void inputsAreSortedByKindAndAFolderKeepsOnlyWhatLoads() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("b.txt"), "x");
        Files.writeString(in.resolve("a.nq.gz"), "");
        Files.writeString(in.resolve("notes.md"), "passed over in a folder");
        Path single = Files.writeString(dir.resolve("one.trig"), "");
        Loading.Inputs inputs = Loading.Inputs.of(List.of(in, single));
        assertEquals(List.of(in.resolve("a.nq.gz"), single), inputs.rdf());
        assertEquals(List.of(in.resolve("b.txt")), inputs.articles());
        assertFalse(inputs.isEmpty());
        assertTrue(Loading.Inputs.of(List.of(Files.createDirectories(dir.resolve("empty")))).isEmpty());
    }

    @Test
    void aMissingPathOrANamedFileOfNoKnownKindIsRefused() throws Exception {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Loading.Inputs.of(List.of(dir.resolve("nowhere"))));
        assertEquals(dir.resolve("nowhere") + ": no such file or folder", missing.getMessage());
        Path md = Files.writeString(dir.resolve("notes.md"), "");
        IllegalArgumentException neither = assertThrows(IllegalArgumentException.class, () -> Loading.Inputs.of(List.of(md)));
        assertEquals(md + ": neither an article (.txt) nor an RDF file", neither.getMessage());
    }

    @Test
    void filesThenArticleBatchesAreLoadedAndABrokenFileDoesNotStopTheOthers() throws Exception {
        Path trig = dir.resolve("first.trig");
        DatasetFiles.writeTrig(fx.articles(List.of(fx.files.get(0))).convert().dataset(), trig);
        Path broken = Files.writeString(dir.resolve("broken.nq"), "this is not N-Quads\n");
        Path tdb = dir.resolve("tdb");
        Loading.Result r = Loading.load(tdb, List.of(trig, broken), fx.articles(List.of(fx.files.get(1))), TdbStore.Loader.BASIC, 1, listener);
        assertEquals(List.of("reading first.trig true", "loaded first.trig true", "reading broken.nq true", "failed broken.nq",
                "converted 1", "loaded true"), told);
        assertFalse(r.ok(), "the broken file counts");
        DatasetGraph dsg = TdbStore.open(tdb);
        try {
            assertEquals(r.statements(), Txn.calculateRead(dsg, () -> dsg.stream().count()));
            for (String id : List.of("000-us-seeks-rapprochement", "002-united-states-returns")) {
                assertTrue(PipelineFixtures.holdsArticle(dsg, id), id);
            }
        } finally {
            dsg.close();
        }
    }

    @Test
    void theConvertersStreamIntoTheStoreGivesTheDatasetAConversionInMemoryGives() {
        // The seed articles with CoreNLP, so that there are events to consolidate; two articles per transaction.
        DatasetGraph tdb = TdbStore.open(dir.resolve("tdb"));
        try {
            List<Path> files = ArticleSource.files(List.of(TestData.ARTICLES));
            TdbStore.LoadReport r = TdbStore.loadStream(tdb, TdbStore.Loader.BASIC, 2, line -> {},
                    sink -> TestData.converter().convert(files, ConversionOptions.defaults(), sink, new Converter.Units() {}));
            assertEquals(files.size(), r.articles());
            Txn.executeRead(tdb, () -> SameDatasets.assertSame(TestData.seedDataset(), tdb, "streamed into TDB2"));
            // Consolidating the store again reads its article graphs into the reports the stream made: the same graph.
            Loading.consolidate(tdb, new IriMinter(IriMinter.DEFAULT_BASE));
            Txn.executeRead(tdb, () -> SameDatasets.assertSame(TestData.seedDataset(), tdb, "consolidated again"));
        } finally {
            tdb.close();
        }
    }

    @Test
    void loadedArticlesAreWhatAConversionInMemoryGives() {
        Path tdb = dir.resolve("tdb");
        assertTrue(Loading.load(tdb, List.of(), fx.articles(), TdbStore.Loader.BASIC, 1, listener).ok());
        DatasetGraph dsg = TdbStore.open(tdb);
        try {
            Txn.executeRead(dsg, () -> SameDatasets.assertSame(fx.articles().convert().dataset(), dsg, "loaded"));
        } finally {
            dsg.close();
        }
    }

    @Test
    void aLoadKilledBeforeItConsolidatedStaysMarkedAndTheNextLoadConsolidatesAndUnmarks() {
        Path tdb = dir.resolve("tdb");
        Loading.Listener dying = new Told() {
            @Override
            public void loaded(TdbStore.LoadReport report) {
                super.loaded(report);
                throw new Killed();
            }
        };
        assertThrows(Killed.class, () -> Loading.load(tdb, List.of(), fx.articles(List.of(fx.files.get(0))),
                TdbStore.Loader.BASIC, 1, dying));
        assertTrue(TdbStore.isLoading(tdb), "killed after its batch, before consolidating: still marked");
        told.clear();
        assertTrue(Loading.load(tdb, List.of(), fx.articles(List.of(fx.files.get(1))), TdbStore.Loader.BASIC, 1, listener).ok());
        assertEquals(List.of("unfinished", "converted 1", "loaded true"), told);
        assertFalse(TdbStore.isLoading(tdb), "consolidated at the end: the mark is gone");
        DatasetGraph dsg = TdbStore.open(tdb);
        try {
            Txn.executeRead(dsg, () -> SameDatasets.assertSame(fx.articles().convert().dataset(), dsg,
                    "both articles, consolidated together"));
        } finally {
            dsg.close();
        }
    }

    @Test
    void aDatabaseWhoseFillWasKilledIsNotLoadedInto() throws Exception {
        Path tdb = Files.createDirectories(dir.resolve("tdb"));
        Files.writeString(tdb.resolve(TdbStore.FILLING), "");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Loading.load(tdb, List.of(), fx.articles(), TdbStore.Loader.BASIC, 1, listener));
        assertTrue(e.getMessage().contains("incomplete"), e.getMessage());
        assertEquals(List.of(), told);
        assertFalse(TdbStore.isLoading(tdb));
    }

    @Test
    void articlesAreConvertedInBatches() {
        Loading.Result r = Loading.load(dir.resolve("tdb"), List.of(), fx.articles(), TdbStore.Loader.BASIC, 1, listener);
        assertTrue(r.ok());
        assertEquals(List.of("converted 1", "loaded true", "converted 1", "loaded true"), told);
        assertEquals(1, fx.nlpAsked.get(), "one converter for every batch");
    }
}
