package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** {@link TdbStore#loadFile}: a file that repeats statements (as streamed converters write the converter's) loads once. */
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
}
