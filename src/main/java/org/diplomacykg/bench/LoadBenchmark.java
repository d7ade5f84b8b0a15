package org.diplomacykg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * {@code bench load}: loads one dataset file into new TDB2 databases and gives quads/s: Jena's basic loader (the
 * crash-safe one: one transaction) and, for reference, its phased loader (what {@code tdb2.tdbloader} uses by default).
 * The project's {@code load} command (batches of articles, consolidation at the end) is timed on its own, beside these.
 */
public final class LoadBenchmark {
    private LoadBenchmark() {}

    public record Loaded(long quads, double seconds) {}

    public static Table run(Path data, Path work, Steps steps) {
        Table t = new Table("TDB2 load of " + data.getFileName() + " into a new database", "loader", "quads", "seconds", "quads/s", "vs basic");
        Loaded basic = basicLoad(data, work.resolve("tdb2-basic"), steps);
        t.row("Jena basic (LoaderFactory.basicLoader)", basic.quads(), basic.seconds(), basic.quads() / basic.seconds(), "1×");
        Loaded phased = load(data, work.resolve("tdb2-phased"), "phased", steps);
        t.row("Jena phased (LoaderFactory.phasedLoader)", phased.quads(), phased.seconds(), phased.quads() / phased.seconds(),
                Table.num((phased.quads() / phased.seconds()) / (basic.quads() / basic.seconds())) + "×");
        t.note("Jena's loaders only; the project's load command on the same file: time java -jar target/diplomacy-kg.jar load FILE --tdb DIR.");
        deleteTree(work.resolve("tdb2-basic"));
        deleteTree(work.resolve("tdb2-phased"));
        return t;
    }

    /** Loads the file into a new TDB2 database at {@code db} (deleted first) with Jena's basic loader. */
    public static Loaded basicLoad(Path data, Path db, Steps steps) {
        return load(data, db, "basic", steps);
    }

    private static Loaded load(Path data, Path db, String kind, Steps steps) {
        deleteTree(db);
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        DatasetGraph dsg = ds.asDatasetGraph();
        try (Steps.Step step = steps.start("TDB2 " + kind + " load", 0, "s")) {
            long t0 = System.nanoTime();
            DataLoader loader = kind.equals("basic") ? LoaderFactory.basicLoader(dsg, (fmt, args) -> step.run())
                    : LoaderFactory.phasedLoader(dsg, (fmt, args) -> step.run());
            loader.startBulk();
            try {
                loader.load(List.of(data.toString()));
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long quads = Txn.calculateRead(dsg, () -> dsg.stream().count());
            return new Loaded(quads, seconds);
        } finally {
            // Expelled, not just closed: the database is opened next by a server in another JVM, which needs the lock.
            TDBInternal.expel(dsg);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
