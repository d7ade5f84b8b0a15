package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplomacykg.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TdbStore#loadFile}: a file that repeats statements (as streamed converters write the converter's) loads once;
 * a file in article order is written while it is parsed; files in other orders load whole all the same.
 */
class TdbLoadFileTest {
    @TempDir
    Path dir;

    @Test
    void aFileRepeatingItsMetadataGivesTheDatasetAndCountsEachStatementOnce() throws Exception {
        DatasetGraph seeds = TestData.seedDataset();
        Path file = dir.resolve("repeated.nq");
        long distinct = Txn.calculateRead(seeds, () -> seeds.stream().count());
        try (OutputStream os = Files.newOutputStream(file)) {
            StreamRDF out = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            out.start();
            Txn.executeRead(seeds, () -> {
                seeds.find().forEachRemaining(out::quad);
                // Every metadata statement a second time.
                seeds.find().forEachRemaining(q -> {
                    if (ArticleBatches.isMetadataGraph(q.getGraph())) {
                        out.quad(q);
                    }
                });
            });
            out.finish();
        }
        DatasetGraph fromDataset = TdbStore.open(dir.resolve("tdb-dataset"));
        long sentFromDataset;
        try {
            sentFromDataset = TdbStore.load(fromDataset, seeds, TdbStore.Loader.BASIC, 1, line -> {}).quads();
        } finally {
            TDBInternal.expel(fromDataset);
        }
        DatasetGraph tdb = TdbStore.open(dir.resolve("tdb"));
        try {
            TdbStore.LoadReport r = TdbStore.loadFile(tdb, file, TdbStore.Loader.BASIC, 1, line -> {});
            assertEquals(sentFromDataset, r.quads(), "statements sent: as many as from the dataset");
            assertEquals(distinct, Txn.calculateRead(tdb, () -> tdb.stream().count()));
            DumpsTest.assertSameGraphs(seeds, tdb, "loaded from a file repeating its metadata");
        } finally {
            TDBInternal.expel(tdb);
        }
        RDFDataMgr.loadDatasetGraph(file.toString()); // still a valid file
    }

    /** The seeds' articles as convert writes them: each article's graph, then its metadata; reference graphs last. */
    private static void writeInArticleOrder(DatasetGraph seeds, Path file, boolean metadataLast, boolean splitFirstArticle) throws Exception {
        ArticleSplits.Split split = ArticleSplits.split(seeds);
        try (OutputStream os = Files.newOutputStream(file)) {
            StreamRDF out = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            out.start();
            java.util.List<ArticleBatches.Article> articles = split.articles();
            java.util.List<org.apache.jena.sparql.core.Quad> heldBack = new java.util.ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                ArticleBatches.Article a = articles.get(i);
                java.util.List<org.apache.jena.sparql.core.Quad> quads = a.quads();
                if (i == 0 && splitFirstArticle) {
                    heldBack.addAll(quads.subList(quads.size() / 2, quads.size()));
                    quads = quads.subList(0, quads.size() / 2);
                }
                quads.forEach(out::quad);
                if (!metadataLast)
                    a.metadata().forEach(out::quad);
            }
            heldBack.forEach(out::quad);
            if (metadataLast)
                articles.forEach(a -> a.metadata().forEach(out::quad));
            split.otherMetadata().forEach(out::quad);
            split.reference().values().forEach(qs -> qs.forEach(out::quad));
            out.finish();
        }
    }

    /** Loads {@code file} with one article per transaction; gives the bytes read when the first article batch was written. */
    private long loadAndCompare(DatasetGraph seeds, Path file, String name) throws Exception {
        DatasetGraph tdb = TdbStore.open(dir.resolve(name));
        long[] read = {0};
        long[] atFirstBatch = {-1};
        try {
            TdbStore.loadFile(tdb, file, TdbStore.Loader.BASIC, 1, line -> {
                if (line.startsWith("articles ") && atFirstBatch[0] < 0)
                    atFirstBatch[0] = read[0];
            }, bytes -> read[0] = bytes);
            DumpsTest.assertSameGraphs(seeds, tdb, name);
            assertEquals(Files.size(file), read[0], "the whole file was read");
        } finally {
            TDBInternal.expel(tdb);
        }
        return atFirstBatch[0];
    }

    @Test
    void aFileInArticleOrderIsWrittenWhileItIsReadAndGivesTheDataset() throws Exception {
        DatasetGraph seeds = TestData.seedDataset();
        Path file = dir.resolve("ordered.nq");
        writeInArticleOrder(seeds, file, false, false);
        long atFirst = loadAndCompare(seeds, file, "tdb-ordered");
        assertTrue(atFirst > 0 && atFirst < Files.size(file),
                "the first article was written after " + atFirst + " of " + Files.size(file) + " bytes, not at the end");
    }

    @Test
    void aFileWithItsMetadataLastIsReadWholeBeforeWritingAndGivesTheDataset() throws Exception {
        DatasetGraph seeds = TestData.seedDataset();
        Path file = dir.resolve("metadata-last.nq");
        writeInArticleOrder(seeds, file, true, false);
        assertEquals(Files.size(file), loadAndCompare(seeds, file, "tdb-metadata-last"),
                "no article may be written before its metadata is read");
    }

    @Test
    void anArticleSplitAcrossTheFileIsLoadedWhole() throws Exception {
        DatasetGraph seeds = TestData.seedDataset();
        Path file = dir.resolve("split.nq");
        writeInArticleOrder(seeds, file, false, true);
        loadAndCompare(seeds, file, "tdb-split");
    }

    @Test
    void reloadingAnOrderedFileIntoTheSameStoreChangesNothing() throws Exception {
        DatasetGraph seeds = TestData.seedDataset();
        Path file = dir.resolve("ordered.nq");
        writeInArticleOrder(seeds, file, false, false);
        DatasetGraph tdb = TdbStore.open(dir.resolve("tdb-twice"));
        try {
            TdbStore.loadFile(tdb, file, TdbStore.Loader.BASIC, 2, line -> {});
            TdbStore.loadFile(tdb, file, TdbStore.Loader.BASIC, 2, line -> {});
            DumpsTest.assertSameGraphs(seeds, tdb, "loaded twice");
        } finally {
            TDBInternal.expel(tdb);
        }
    }
}
