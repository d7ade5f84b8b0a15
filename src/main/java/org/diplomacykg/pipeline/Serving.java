package org.diplomacykg.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.reason.Inference;
import org.diplomacykg.reason.Reasoning;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.Dumps;
import org.diplomacykg.store.TdbStore;

/**
 * What {@code serve} does before the server starts. In memory (no TDB2 folder): converts the articles into the built
 * dataset when it is stale ({@link BuiltDataset}) and serves the dataset just converted, else reads the file. With a TDB2
 * folder: a new or empty database is filled by converting the articles, their stream of quads going straight into the
 * TDB2 sink (one transaction per article batch; memory holds a batch, not the conversion), a filled one is used as it
 * is, and one whose fill was killed part way (still marked, {@link TdbStore#FILLING}) is emptied and filled again.
 * Then writes the dumps
 * when they are missing or older than the data, and runs the reasoner when one is asked for.
 */
public final class Serving {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Serving.class);

    /**
     * Where the data is and what is made beside it.
     *
     * @param data      the built dataset file (used without {@code tdb})
     * @param tdb       the TDB2 folder, or {@code null} to serve from memory
     * @param loader    the loader filling a new TDB2 database
     * @param batch     articles per write transaction when filling it
     * @param dumps     the folder of the dumps
     * @param reasoning the reasoner whose inferred graph is served too, or {@code null}
     */
    public record Setup(Path data, Path tdb, TdbStore.Loader loader, int batch, Path dumps, Reasoning reasoning) {}

    /** What preparing tells as it goes, for the command line. */
    public interface Listener extends BuiltDataset.Listener {
        /** The built dataset is newer than every input: it is read as it is. */
        default void upToDate(Path data) {}

        /**
         * The TDB2 database was found marked as being filled ({@link TdbStore#FILLING}): a fill killed part way. It was
         * emptied and is filled again.
         */
        default void incomplete(Path tdb) {}

        /** A new TDB2 database is about to be filled by converting the articles. */
        default void filling(Path tdb, int articles) {}

        /** The new database was filled. */
        default void filled(Path tdb, TdbStore.LoadReport loaded) {}

        /** The database holds data: it is served without converting. */
        default void usingDatabase(Path tdb) {}

        /**
         * The database is marked by a load that did not finish ({@link TdbStore#LOADING}): it is served as it is, but its
         * consolidated events may not match its articles until a load runs to its end.
         */
        default void unfinishedLoad(Path tdb) {}

        /** The dumps were stale and are written again. */
        default void dumpsWritten(Path dumps, Dumps.Written written) {}

        /** The reasoner ran. */
        default void inferred(Reasoning reasoning, long triples, long millis) {}
    }

    /**
     * The datasets to serve.
     *
     * @param dataset  the asserted data
     * @param inferred the data with the inferred graph, when a reasoner ran
     * @param onDisk   whether the dataset is a TDB2 database, to be closed when the server stops
     */
    public record Served(DatasetGraph dataset, Optional<DatasetGraph> inferred, boolean onDisk) implements AutoCloseable {
        /** Closes the TDB2 database; a dataset in memory needs nothing. */
        @Override
        public void close() {
            if (onDisk) {
                dataset.close();
            }
        }
    }

    private Serving() {}

    /**
     * Whether {@link #prepare} will convert the articles: the built dataset is stale, or the TDB2 folder does not exist
     * yet or holds a fill that stopped part way ({@link TdbStore#isFilling}).
     */
    public static boolean converts(Articles articles, Setup setup) {
        return setup.tdb() == null ? new BuiltDataset(setup.data(), articles).stale()
                : !Files.exists(setup.tdb()) || TdbStore.isFilling(setup.tdb());
    }

    /** Converts or opens the data, writes stale dumps and runs the reasoner, as the class says. */
    public static Served prepare(Articles articles, Setup setup, Listener listener) {
        DatasetGraph dsg;
        long dataModified;
        Path tdb = setup.tdb();
        if (tdb != null) {
            // Still marked from a fill that was killed: once opened (no other process holds it), it is emptied and filled.
            boolean killedFill = TdbStore.isFilling(tdb);
            TdbStore.Opened opened = TdbStore.openOrFill(tdb, sink -> {
                if (killedFill) {
                    listener.incomplete(tdb);
                }
                listener.filling(tdb, articles.files().size());
                listener.converted(articles.convert(sink));
            }, setup.loader(), setup.batch(), line -> {});
            dsg = opened.dataset();
            opened.filled().ifPresentOrElse(loaded -> listener.filled(tdb, loaded), () -> listener.usingDatabase(tdb));
            if (TdbStore.isLoading(tdb)) {
                LOG.warn("A load into the TDB2 database in {} stopped part way: its articles are whole or absent, but its "
                         + "consolidated events may not match them until a load runs to its end", tdb.toAbsolutePath());
                listener.unfinishedLoad(tdb);
            }
            dataModified = TdbStore.lastModified(tdb);
        } else {
            // The dataset just converted is served as it is; the file is read only when it was up to date.
            dsg = new BuiltDataset(setup.data(), articles).convertedIfStale(listener).orElseGet(() -> {
                listener.upToDate(setup.data());
                return DatasetFiles.readInMemory(setup.data());
            });
            dataModified = setup.data().toFile().lastModified();
        }
        if (Dumps.stale(setup.dumps(), dataModified)) {
            listener.dumpsWritten(setup.dumps(), Dumps.write(dsg, setup.dumps()));
        }
        return new Served(dsg, Optional.ofNullable(setup.reasoning()).map(r -> inferred(dsg, r, articles.config(), listener)), tdb != null);
    }

    /** The dataset with the graph the reasoner infers from it, in the reasoner's named graph. */
    private static DatasetGraph inferred(DatasetGraph dsg, Reasoning reasoning, ConverterConfig cfg, Listener listener) {
        long r0 = System.nanoTime();
        Graph triples = Inference.of(reasoning, cfg.ontology().resolveSibling(Inference.RULES_FILE)).inferred(dsg);
        DatasetGraph inferred = Inference.withInferred(dsg, triples, reasoning.graphIri(cfg.base()));
        listener.inferred(reasoning, triples.size(), (System.nanoTime() - r0) / 1_000_000);
        return inferred;
    }
}
