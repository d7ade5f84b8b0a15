package org.diplomacykg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.TdbStore;

/**
 * What {@code load} does: adds converted datasets (TriG, N-Quads, ... optionally gzipped) and articles (converted first)
 * to a TDB2 database, one write transaction per article batch, then makes the consolidated graph again from every
 * article graph in the store. A file or article that fails is told and the others are still loaded.
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
        /** A dataset file of {@code bytes} bytes is about to be read. */
        default Meter reading(Path file, long bytes) {
            return b -> {};
        }

        /** A dataset file was loaded. */
        default void loaded(Path file, TdbStore.LoadReport report) {}

        /** A dataset file could not be read or loaded; the others are loaded. */
        default void failed(Path file, Exception e) {}

        /** A batch of articles was converted. */
        default void converted(ConversionReport report) {}

        /** A batch of converted articles was loaded. */
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
     * Loads {@code rdf}, then the articles (converted in batches of {@code batch}, each loaded before the next is
     * converted), into the database in {@code tdb} (created if missing), then consolidates the whole store again.
     */
    public static Result load(Path tdb, List<Path> rdf, Articles articles, TdbStore.Loader loader, int batch, Listener listener) {
        boolean ok = true;
        DatasetGraph dsg = TdbStore.open(tdb);
        try {
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
                    ConversionReport report = conv.convertAll(files.subList(i, Math.min(files.size(), i + batch)));
                    listener.converted(report);
                    listener.loaded(TdbStore.load(dsg, report.dataset(), loader, batch, line -> {}));
                    ok &= report.ok();
                }
            }
            // The consolidated graph depends on every article graph: make it again from the whole store.
            TdbStore.consolidate(dsg, new IriMinter(articles.config().base()));
            return new Result(ok, Txn.calculateRead(dsg, () -> dsg.stream().count()));
        } finally {
            dsg.close();
        }
    }
}
