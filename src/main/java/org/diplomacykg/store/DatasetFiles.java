package org.diplomacykg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Reads and writes a dataset as a TriG file; writing goes to a temporary file moved into place, so a reader never sees half a file. */
public final class DatasetFiles {
    private DatasetFiles() {}

    public static void writeTrig(DatasetGraph dsg, Path out) {
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + out.getFileName(), ".tmp");
            try {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    RDFDataMgr.write(os, dsg, RDFFormat.TRIG_BLOCKS);
                }
                try {
                    Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Loads a TriG (or N-Quads) file into a new in-memory transactional dataset. */
    public static DatasetGraph readInMemory(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Lang lang = file.toString().endsWith(".nq") ? Lang.NQUADS : Lang.TRIG;
        RDFDataMgr.read(dsg, file.toString(), lang);
        return dsg;
    }
}
