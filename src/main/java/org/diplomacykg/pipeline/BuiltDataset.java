package org.diplomacykg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.store.DatasetFiles;

/**
 * The dataset file built from the articles ({@code data/build/diplomacy.trig} by default), as {@code serve} and
 * {@code infer} use it: made again from the articles when it is missing or older than one of its inputs
 * ({@link Articles#inputs()}), else read as it is.
 *
 * @param file     the TriG file
 * @param articles what it is made from
 */
public record BuiltDataset(Path file, Articles articles) {

    /** What a conversion tells as it goes, for the command line. */
    public interface Listener {
        /** The articles are about to be converted (which takes minutes). */
        default void converting(int articles) {}

        /** They were converted (some may have failed: the report says). */
        default void converted(ConversionReport report) {}
    }

    /** Whether the file must be made again: missing, or older than an article, the gazetteer, a rule file or the ontology. */
    public boolean stale() {
        if (!Files.isRegularFile(file)) {
            return true;
        }
        try {
            FileTime built = Files.getLastModifiedTime(file);
            for (Path p : articles.inputs()) {
                if (Files.getLastModifiedTime(p).compareTo(built) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Converts the articles into the file when it is {@link #stale()}; whether it converted. */
    public boolean convertIfStale(Listener listener) {
        return convertedIfStale(listener).isPresent();
    }

    /**
     * The dataset: the one just converted when the file was {@link #stale()} (and written to it), else read from the
     * file (a new in-memory dataset). Either way the file holds what is given.
     */
    public DatasetGraph read(Listener listener) {
        return convertedIfStale(listener).orElseGet(() -> DatasetFiles.readInMemory(file));
    }

    /** Converts the articles into the file when it is {@link #stale()}: the dataset written, or empty when it was not stale. */
    Optional<DatasetGraph> convertedIfStale(Listener listener) {
        if (!stale()) {
            return Optional.empty();
        }
        listener.converting(articles.files().size());
        ConversionReport report = articles.convert();
        DatasetFiles.writeTrig(report.dataset(), file);
        listener.converted(report);
        return Optional.of(report.dataset());
    }
}
