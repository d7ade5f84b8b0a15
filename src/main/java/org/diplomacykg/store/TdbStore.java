package org.diplomacykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dataset on disk, in TDB2: open a database folder, and add converted data to it one article batch per write
 * transaction with one of Jena's crash-safe loaders ({@link Loader#BASIC}, {@link Loader#SEQUENTIAL}: each batch
 * is committed or, after a crash, not there at all; the phased and parallel loaders are not crash-safe).
 * <p>
 * What {@link #load}, {@link #loadStream} and {@link #loadFile} write, in this order (see {@link StreamedLoad}): the articles,
 * {@code batchSize} per transaction, each with its metadata, then each reference graph (ontology, gazetteer,
 * consolidated events; replaced whole, one transaction each), then the metadata that belongs to no article. An article
 * that is already in the store is replaced: its graph and the metadata statements about its subjects are removed in
 * the same transaction that adds the new ones, so reloading a file changes nothing and a reconverted article leaves
 * no stale statement. The store writes what it is given and runs no stage: the consolidated graph made again from
 * the whole store after a load is {@code pipeline.Loading}'s.
 */
public final class TdbStore {

    private static final Logger LOG = LoggerFactory.getLogger(TdbStore.class);

    /** The loaders' progress messages, to the debug log: the command line reports per transaction. */
    private static final org.apache.jena.system.progress.MonitorOutput QUIET = (fmt, args) -> {
        if (LOG.isDebugEnabled())
            LOG.debug(String.format(fmt, args));
    };

    /** Jena's transactional TDB2 loaders. */
    public enum Loader {
        /** Streams the data into the dataset inside a write transaction. */
        BASIC,
        /** Loads the primary indexes, then builds the others, inside a write transaction. */
        SEQUENTIAL;

        /** {@code basic} or {@code sequential}. */
        public static Loader parse(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * Articles per write transaction unless told otherwise. Each TDB2 commit costs about 0.15 s whatever its
     * size (measured: 3.1 million quads of 10,000 articles loaded in 77 s with 50 articles per transaction, 202 commits,
     * and in 47 s with 1,000, 12 commits; Jena's basic loader in one transaction: 44 s); a crash loses at most one batch,
     * which a rerun writes again.
     */
    public static final int DEFAULT_BATCH = 1000;

    /** What a load did. */
    public record LoadReport(int articles, int transactions, long quads, long millis) {}

    private TdbStore() {}

    /** Opens (creating if needed) the TDB2 database in {@code dir}; the same folder opened twice gives the same dataset. */
    public static DatasetGraph open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        return DatabaseMgr.connectDatasetGraph(dir.toString());
    }

    /**
     * The file that marks a database as being filled by {@link #openOrFill}, in its folder beside TDB2's own files. It
     * is made (and forced to disk) before the first batch is committed and removed once the last one (with the
     * consolidated, ontology and gazetteer graphs) is. A fill killed in between (SIGKILL, a power loss: nothing runs to
     * clean up) leaves it, so the next {@link #openOrFill} knows the data is a part, empties it and fills it again.
     * Outside the data on purpose: no query, dump or load sees it, and emptying the database leaves it in place.
     */
    public static final String FILLING = "dkg-filling";

    /**
     * The file that marks a database as being loaded into by {@code load} ({@code pipeline.Loading}): made before its
     * first write, removed once the consolidated graph is made again from the whole store. Unlike {@link #FILLING}, the
     * data is the user's and stays: each article is whole or absent (a batch per transaction), only
     * {@code graph/consolidated} may not match the articles (it is the last batch's, or a file's), until a load runs to
     * its end. A database so marked is served as it is, with a warning.
     */
    public static final String LOADING = "dkg-loading";

    /**
     * A database opened by {@link #openOrFill}, and what filling it loaded, if it had to be filled.
     *
     * @param incomplete whether it was found marked as being filled ({@link #FILLING}: a fill that was killed part way)
     *                   and so was emptied before it was filled again
     */
    public record Opened(DatasetGraph dataset, java.util.Optional<LoadReport> filled, boolean incomplete) {}

    /**
     * Opens the database in {@code dir}; only when it is new or empty, or marked as being filled ({@link #FILLING}), has
     * {@code source} send the data (say, the converter's stream of quads) straight into it, as {@link #loadStream} does.
     * A database that holds data is served as it is: a restart converts nothing. The fill is marked before its first
     * batch and unmarked after its last, so a database still marked when opened is a fill that was killed part way: a
     * warning names the folder, and the database is emptied and filled again. When {@code source} fails (an exception),
     * what it had written is removed and the mark with it before the failure is passed on, so the next start fills the
     * database again rather than serving a part of it.
     */
    public static Opened openOrFill(Path dir, Consumer<StreamRDF> source, Loader loader, int batchSize,
                                    Consumer<String> progress) {
        boolean fresh = isNew(dir);
        // Opening takes TDB2's lock: a process still filling the folder makes it fail here, before anything is changed.
        DatasetGraph dsg = open(dir);
        boolean incomplete = isFilling(dir);
        if (incomplete) {
            LOG.warn("The TDB2 database in {} is incomplete: filling it stopped part way (the process was killed or the "
                     + "machine stopped), so it is emptied and filled again", dir.toAbsolutePath());
            clear(dsg);
        } else if (!fresh && !isEmpty(dsg)) {
            return new Opened(dsg, java.util.Optional.empty(), false);
        }
        markFilling(dir, true);
        LoadReport loaded;
        try {
            loaded = loadStream(dsg, loader, batchSize, progress, source);
        } catch (RuntimeException e) {
            try {
                clear(dsg);
                markFilling(dir, false);
            } catch (RuntimeException cleanup) {
                // The mark stays: the next start empties the database and fills it again.
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        markFilling(dir, false);
        return new Opened(dsg, java.util.Optional.of(loaded), incomplete);
    }

    /** Whether the database in {@code dir} is marked as being filled ({@link #FILLING}): a fill under way, or killed. */
    public static boolean isFilling(Path dir) {
        return Files.exists(dir.resolve(FILLING));
    }

    /** Whether the database in {@code dir} is marked as being loaded into ({@link #LOADING}): a load under way, or killed. */
    public static boolean isLoading(Path dir) {
        return Files.exists(dir.resolve(LOADING));
    }

    /** Marks the database in {@code dir} as being loaded into ({@link #LOADING}), or removes the mark, as {@link #markFilling} does. */
    public static void markLoading(Path dir, boolean loading) {
        mark(dir.resolve(LOADING), loading, "diplomacy-kg (load) is adding data to the TDB2 database in this folder. If this "
                + "file is here while nothing runs, the load stopped part way: every article is whole or absent, but the "
                + "consolidated events may not match them until a load runs to its end.\n");
    }

    /**
     * Marks the database in {@code dir} as being filled, or removes the mark, and forces the change to disk (the folder
     * too, where the system allows it), so that the mark is there before the first batch's commit and gone only after
     * the last one's. Making the file is atomic: it is there or not; what it says is for the reader only.
     */
    static void markFilling(Path dir, boolean filling) {
        mark(dir.resolve(FILLING), filling, "The TDB2 database in this folder is being filled by diplomacy-kg (serve --tdb). "
                + "If this file is here while nothing runs, the fill stopped part way: the next serve --tdb empties the "
                + "database and fills it again.\n");
    }

    private static void mark(Path mark, boolean on, String text) {
        try {
            if (on) {
                Files.writeString(mark, text);
                try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(mark,
                        java.nio.file.StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            } else {
                Files.deleteIfExists(mark);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot " + (on ? "write " : "remove ") + mark + ": " + e.getMessage(), e);
        }
        forceFolder(mark.getParent());
    }

    /** Forces the folder's entries (a file made or removed) to disk; a system that cannot open a folder so is passed over. */
    private static void forceFolder(Path dir) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(dir, java.nio.file.StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.debug("cannot force {} to disk: {}", dir, e.getMessage());
        }
    }

    /** Removes every statement and prefix of the dataset, in one write transaction. */
    private static void clear(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            dsg.clear();
            dsg.prefixes().clear();
        });
    }

    /** Whether {@code dir} holds no TDB2 database yet (missing or empty folder). */
    public static boolean isNew(Path dir) {
        if (!Files.isDirectory(dir))
            return true;
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * When the database's data last changed: the newest modification time of its files, leaving out the lock files
     * that merely opening it rewrites. For telling whether a dump is older than the data.
     */
    public static long lastModified(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            long max = 0;
            for (Path p : (Iterable<Path>) files::iterator)
                if (Files.isRegularFile(p) && !p.getFileName().toString().equals("tdb.lock"))
                    max = Math.max(max, Files.getLastModifiedTime(p).toMillis());
            return max;
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Whether the dataset holds no statement. */
    public static boolean isEmpty(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    /**
     * Adds {@code source} (a converted dataset) to {@code tdb}, as {@link #loadFile} adds a file.
     *
     * @param batchSize articles per transaction (at least 1)
     * @param progress  told after each transaction what was written, for the command line
     */
    public static LoadReport load(DatasetGraph tdb, DatasetGraph source, Loader loader, int batchSize, Consumer<String> progress) {
        return loadStream(tdb, loader, batchSize, progress, sink -> Txn.executeRead(source, () -> {
            source.prefixes().getMapping().forEach(sink::prefix);
            source.find().forEachRemaining(sink::quad);
        }));
    }

    /**
     * The TDB2 sink: gives {@code feed} a stream of quads that writes into {@code tdb} as they arrive, a batch of whole
     * articles per transaction (see {@link StreamedLoad}), then writes what is left once {@code feed} returns. What the
     * converter sends (each article's graph, then its metadata) goes straight in, so memory holds one batch, not the
     * conversion. Nothing of a batch not yet written is written when {@code feed} fails.
     *
     * @param batchSize articles per transaction (at least 1)
     * @param progress  told after each transaction what was written, for the command line
     */
    public static LoadReport loadStream(DatasetGraph tdb, Loader loader, int batchSize, Consumer<String> progress,
                                        Consumer<StreamRDF> feed) {
        return write(tdb, loader, batchSize, progress, feed::accept);
    }

    /**
     * What {@code load FILE --tdb DIR} does with a converted dataset file: parses it and writes it while parsing, a
     * batch of whole articles per transaction (see {@link StreamedLoad}), so memory holds a batch, not the file.
     */
    public static LoadReport loadFile(DatasetGraph tdb, Path file, Loader loader, int batchSize, Consumer<String> progress) {
        return loadFile(tdb, file, loader, batchSize, progress, bytes -> {});
    }

    /** {@link #loadFile}, telling {@code bytesRead} how many bytes of the file were read so far, for a progress bar. */
    public static LoadReport loadFile(DatasetGraph tdb, Path file, Loader loader, int batchSize, Consumer<String> progress,
                                      java.util.function.LongConsumer bytesRead) {
        return write(tdb, loader, batchSize, progress, sink -> DatasetFiles.read(file, sink, bytesRead));
    }

    /** Gives {@code feed} a {@link StreamedLoad} into {@code tdb} to send the statements to, then writes what is left. */
    private static LoadReport write(DatasetGraph tdb, Loader loader, int batchSize, Consumer<String> progress,
                                    Consumer<StreamedLoad> feed) {
        if (batchSize < 1)
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        long t0 = System.nanoTime();
        // Into an empty store nothing is replaced: the lookups for an earlier load's statements are skipped.
        StreamedLoad sink = new StreamedLoad(tdb, loader, batchSize, isEmpty(tdb), progress);
        feed.accept(sink);
        LoadReport r = sink.finishLoad(t0);
        LOG.info("Loaded {} articles, {} statements in {} transactions ({} loader) in {} ms", r.articles(), r.quads(),
                 r.transactions(), loader.name().toLowerCase(Locale.ROOT), r.millis());
        return r;
    }

    /** Removes what an earlier load of the article wrote: its graph, and the metadata statements about its subjects. */
    static void replace(DatasetGraph d, ArticleBatches.Article a) {
        d.removeGraph(a.graph());
        Node metadataGraph = a.metadata().isEmpty() ? null : a.metadata().get(0).getGraph();
        if (metadataGraph != null)
            for (Node s : a.metadataSubjects())
                d.deleteAny(metadataGraph, s, Node.ANY, Node.ANY);
    }

    /**
     * One write transaction of the chosen loader: {@code before} runs inside it (on the thread that holds it), then the
     * quads are streamed in; any failure aborts the whole transaction.
     */
    static long inTransaction(DatasetGraph tdb, Loader kind, Consumer<DatasetGraph> before, List<Quad> quads) {
        DataLoader loader = switch (kind) {
            case BASIC -> LoaderFactory.basicLoader(tdb, QUIET);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(tdb, QUIET);
        };
        loader.startBulk();
        try {
            before.accept(tdb);
            StreamRDF s = loader.stream();
            s.start();
            quads.forEach(s::quad);
            s.finish();
            loader.finishBulk();
        } catch (RuntimeException ex) {
            loader.finishException(ex);
            throw ex;
        }
        return quads.size();
    }
}
