package org.diplomacykg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplomacykg.consolidate.ConsolidatingStream;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.TdbStore;

/**
 * What {@code load} does: adds converted datasets (TriG, N-Quads, ... optionally gzipped) and articles to a TDB2
 * database, one write transaction per article batch (the converter's stream of a batch goes straight into the TDB2
 * sink, {@link TdbStore#loadStream}), then makes the consolidated graph again from every article graph in the store
 * ({@link #consolidate}). A file or article that fails is told and the others are still loaded. The database is
 * marked ({@link TdbStore#LOADING}) from before the first write until the consolidated graph is made again, so a load
 * killed part way is told by the next {@code load} (which consolidates again) and {@code serve}.
 */
public final class Loading {

    /**
     * The files to load, sorted out by kind.
     *
     * @param rdf      dataset files, by their RDF extension
     * @param articles article files ({@code .txt})
     */
    public record Inputs(List<Path> rdf, List<Path> articles) {

        /**
         * The files named, and those of the folders named (their RDF files and articles; other files are passed over).
         *
         * @throws IllegalArgumentException when a path names nothing, or a file named is neither an article nor RDF
         */
        public static Inputs of(List<Path> paths) {
            List<Path> rdf = new ArrayList<>();
            List<Path> articles = new ArrayList<>();
            for (Path in : paths) {
                if (!Files.exists(in)) {
                    throw new IllegalArgumentException(in + ": no such file or folder");
                }
                for (Path f : filesOf(in)) {
                    if (f.getFileName().toString().endsWith(".txt")) {
                        articles.add(f);
                    } else if (DatasetFiles.lang(f).isPresent()) {
                        rdf.add(f);
                    } else if (!Files.isDirectory(in)) {
                        throw new IllegalArgumentException(f + ": neither an article (.txt) nor an RDF file");
                    }
                }
            }
            return new Inputs(List.copyOf(rdf), List.copyOf(articles));
        }

        /** Whether there is nothing to load. */
        public boolean isEmpty() {
            return rdf.isEmpty() && articles.isEmpty();
        }

        private static List<Path> filesOf(Path in) {
            if (!Files.isDirectory(in)) {
                return List.of(in);
            }
            try (Stream<Path> s = Files.list(in)) {
                return s.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + in + ": " + e.getMessage(), e);
            }
        }
    }

    /** How much of a file was read, for a progress bar; closed when the file is loaded or has failed. */
    public interface Meter extends AutoCloseable {
        void reached(long bytes);

        @Override
        default void close() {}
    }

    /** What a load tells as it goes, for the command line. */
    public interface Listener {
        /**
         * The database is marked by a load that did not finish ({@link TdbStore#LOADING}: killed part way); this one
         * makes the consolidated graph again at its end.
         */
        default void unfinished(Path tdb) {}

        /** A dataset file of {@code bytes} bytes is about to be read. */
        default Meter reading(Path file, long bytes) {
            return b -> {};
        }

        /** A dataset file was loaded. */
        default void loaded(Path file, TdbStore.LoadReport report) {}

        /** A dataset file could not be read or loaded; the others are loaded. */
        default void failed(Path file, Exception e) {}

        /** A batch of articles was converted (and sent into the store as it was converted). */
        default void converted(ConversionReport report) {}

        /** A batch of converted articles was loaded: its last transactions are written. */
        default void loaded(TdbStore.LoadReport report) {}
    }

    /**
     * What the database holds after the load.
     *
     * @param ok         whether every file and article was loaded
     * @param statements the statements in the database at the end
     */
    public record Result(boolean ok, long statements) {}

    private Loading() {}

    /**
     * Loads {@code rdf}, then the articles (converted in batches of {@code batch}, each streamed into the store as it is
     * converted and written before the next is converted), into the database in {@code tdb} (created if missing), then
     * consolidates the whole store again.
     */
    public static Result load(Path tdb, List<Path> rdf, Articles articles, TdbStore.Loader loader, int batch, Listener listener) {
        boolean ok = true;
        DatasetGraph dsg = TdbStore.open(tdb);
        try {
            if (TdbStore.isFilling(tdb)) {
                throw new IllegalStateException("the TDB2 database in " + tdb + " is incomplete: filling it (serve --tdb) "
                        + "stopped part way; serve --tdb empties it and fills it again, or remove the folder");
            }
            if (TdbStore.isLoading(tdb)) {
                listener.unfinished(tdb);
            }
            // Until the consolidated graph is made again at the end, it may not match the articles: marked so.
            TdbStore.markLoading(tdb, true);
            for (Path f : rdf) {
                try {
                    TdbStore.LoadReport r;
                    try (Meter meter = listener.reading(f, Files.size(f))) {
                        r = TdbStore.loadFile(dsg, f, loader, batch, line -> {}, meter::reached);
                    }
                    listener.loaded(f, r);
                } catch (RuntimeException | IOException e) {
                    listener.failed(f, e);
                    ok = false;
                }
            }
            List<Path> files = articles.files();
            if (!files.isEmpty()) {
                Converter conv = new Converter(articles.config(), articles.nlp().get());
                for (int i = 0; i < files.size(); i += batch) {
                    List<Path> part = files.subList(i, Math.min(files.size(), i + batch));
                    ConversionReport[] report = new ConversionReport[1];
                    TdbStore.LoadReport loaded = TdbStore.loadStream(dsg, loader, batch, line -> {},
                            sink -> report[0] = conv.convert(part, ConversionOptions.defaults(), sink, new Converter.Units() {}));
                    listener.converted(report[0]);
                    listener.loaded(loaded);
                    ok &= report[0].ok();
                }
            }
            // The consolidated graph depends on every article graph: make it again from the whole store.
            consolidate(dsg, new IriMinter(articles.config().base()));
            TdbStore.markLoading(tdb, false);
            return new Result(ok, Txn.calculateRead(dsg, () -> dsg.stream().count()));
        } finally {
            dsg.close();
        }
    }

    /**
     * Makes the consolidated graph of the store again from every article graph in it, in one write transaction: the
     * store's graphs are read through the same consolidating stream a conversion sends its quads through
     * ({@link ConsolidatingStream#consolidated}), and {@code graph/consolidated} is replaced by what it gives.
     */
    public static void consolidate(DatasetGraph tdb, IriMinter minter) {
        Txn.executeWrite(tdb, () -> {
            Graph consolidated = ConsolidatingStream.consolidated(tdb, minter);
            Node name = NodeFactory.createURI(minter.consolidatedGraph());
            tdb.removeGraph(name);
            consolidated.find().forEachRemaining(t -> tdb.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }
}
