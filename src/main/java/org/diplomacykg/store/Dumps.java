package org.diplomacykg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The dumps of a dataset: the whole dataset, every named graph kept, as gzipped N-Quads ({@value #NQUADS}) and
 * gzipped TriG ({@value #TRIG}), and {@value #CHECKSUMS}, their SHA-256 sums in the format of {@code sha256sum}
 * ({@code sha256sum -c SHA256SUMS} checks them). Each file is written to a temporary file and moved into place; the
 * sums are written last. The gzip header carries no time, so the same data gives the same files.
 */
public final class Dumps {

    public static final String NQUADS = "diplomacy.nq.gz";
    public static final String TRIG = "diplomacy.trig.gz";
    public static final String CHECKSUMS = "SHA256SUMS";
    /** Every file a dump folder holds, in the order they are written and listed. */
    public static final List<String> FILES = List.of(NQUADS, TRIG, CHECKSUMS);

    private Dumps() {}

    /**
     * What {@code export} writes: the dumps of {@code dsg} into {@code dir} ({@link #write}), then, when {@code jsonld}
     * is given, the dataset as JSON-LD compacted with the project's context for {@code base}
     * ({@link DatasetFiles#writeJsonLd}).
     *
     * @param jsonld the JSON-LD file ({@code .jsonld}, or {@code .jsonld.gz} gzipped), or {@code null} for none
     */
    public static Written export(DatasetGraph dsg, Path dir, Path jsonld, String base) {
        Written w = write(dsg, dir);
        if (jsonld != null) {
            Txn.executeRead(dsg, () -> DatasetFiles.writeJsonLd(dsg, jsonld, base));
        }
        return w;
    }

    /** What {@link #write} wrote: each dump file with its SHA-256 (hex), then the checksum file. */
    public record Written(List<Path> files, List<String> sha256, long quads) {}

    /**
     * Writes the dumps of {@code dsg} into {@code dir} (created if needed), reading it in one read transaction.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public static Written write(DatasetGraph dsg, Path dir) {
        try {
            Files.createDirectories(dir);
            long quads = Txn.calculateRead(dsg, () -> {
                write(dsg, dir.resolve(NQUADS), RDFFormat.NQUADS);
                write(dsg, dir.resolve(TRIG), RDFFormat.TRIG_BLOCKS);
                return dsg.stream().count();
            });
            List<Path> files = List.of(dir.resolve(NQUADS), dir.resolve(TRIG));
            List<String> sums = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Path f : files) {
                String sum = sha256(f);
                sums.add(sum);
                // sha256sum's format: hash, two spaces (text mode), file name.
                text.append(sum).append("  ").append(f.getFileName()).append('\n');
            }
            Path checksums = dir.resolve(CHECKSUMS);
            atomically(checksums, out -> out.write(text.toString().getBytes(StandardCharsets.US_ASCII)));
            List<Path> all = new ArrayList<>(files);
            all.add(checksums);
            return new Written(List.copyOf(all), List.copyOf(sums), quads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void write(DatasetGraph dsg, Path file, RDFFormat format) {
        try {
            atomically(file, raw -> {
                try (OutputStream out = new GZIPOutputStream(raw, 1 << 16)) {
                    if (StreamRDFWriter.registered(format)) {
                        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format, dsg.getContext());
                        stream.start();
                        StreamRDFOps.sendDatasetToStream(dsg, stream);
                        stream.finish();
                    } else {
                        org.apache.jena.riot.RDFDataMgr.write(out, dsg, format);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of a file, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The dump files present in {@code dir}, in {@link #FILES} order; none when {@code dir} is null or missing. */
    public static List<Path> list(Path dir) {
        if (dir == null || !Files.isDirectory(dir))
            return List.of();
        List<Path> out = new ArrayList<>();
        for (String name : FILES) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p))
                out.add(p);
        }
        return out;
    }

    /** The dump file of that name in {@code dir}, if it is one of {@link #FILES} and exists. */
    public static Optional<Path> find(Path dir, String name) {
        if (dir == null || !FILES.contains(name))
            return Optional.empty();
        Path p = dir.resolve(name);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** Whether the dumps in {@code dir} are missing or older than the file {@code source}. */
    public static boolean stale(Path dir, Path source) {
        try {
            return stale(dir, Files.getLastModifiedTime(source).toMillis());
        } catch (IOException e) {
            return true;
        }
    }

    /** Whether the dumps in {@code dir} are missing or older than {@code sourceModified} (epoch milliseconds). */
    public static boolean stale(Path dir, long sourceModified) {
        List<Path> present = list(dir);
        if (present.size() < FILES.size())
            return true;
        try {
            for (Path p : present)
                if (Files.getLastModifiedTime(p).toMillis() < sourceModified)
                    return true;
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void atomically(Path file, AtomicFiles.Body body) throws IOException {
        AtomicFiles.write(file, body);
    }
}
