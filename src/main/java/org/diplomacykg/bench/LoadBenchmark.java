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
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.pipeline.Loading;
import org.diplomacykg.store.TdbStore;

/**
 * {@code bench load}: loads one dataset file into new TDB2 databases in one run and gives quads/s of Jena's basic
 * loader (the crash-safe one, one transaction), of the project's own {@code load --tdb} path on the same file
 * ({@link TdbStore#loadFile}: written while parsed, articles in batches, one transaction each, basic loader; then the
 * consolidated graph made again from the store, timed apart), and for reference Jena's phased loader (what
 * {@code tdb2.tdbloader} uses).
 */
public final class LoadBenchmark {
    /** The project's target: its load path at least this fraction of Jena's basic loader's rate. */
    public static final double TARGET = 0.9;

    private LoadBenchmark() {}

    public record Loaded(long quads, double seconds) {
        double rate() {
            return quads / seconds;
        }
    }

    /**
     * @param batch  articles per transaction of the project's load (as {@code load --batch})
     * @param rounds rounds of the two measured loads, in the order basic, ours, then ours, basic, ... (so that neither
     *               always comes first on a machine whose other load changes); the fastest of each is compared
     * @param minter the IRIs of the data, for consolidation
     */
    public static Table run(Path data, Path work, int batch, int rounds, IriMinter minter, Steps steps) {
        Table t = new Table("TDB2 load of " + data.getFileName() + " into a new database (fastest of " + rounds + " rounds)",
                "loader", "quads", "seconds", "quads/s", "vs basic");
        List<Double> basicTimes = new java.util.ArrayList<>();
        List<Double> ourTimes = new java.util.ArrayList<>();
        Loaded basic = null;
        Loaded ours = null;
        Loaded consolidation = null;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                boolean basicNow = (k == 0) == (r % 2 == 0);
                if (basicNow) {
                    Loaded b = basicLoad(data, work.resolve("tdb2-basic"), steps);
                    basicTimes.add(b.seconds());
                    basic = basic == null || b.seconds() < basic.seconds() ? b : basic;
                } else {
                    Loaded[] c = new Loaded[1];
                    Loaded o = projectLoad(data, work.resolve("tdb2-ours"), batch, minter, steps, c);
                    ourTimes.add(o.seconds());
                    if (ours == null || o.seconds() < ours.seconds()) {
                        ours = o;
                        consolidation = c[0];
                    }
                }
            }
        }
        t.row("Jena basic (LoaderFactory.basicLoader, one transaction)", basic.quads(), basic.seconds(), basic.rate(), "1×");
        double ratio = ours.rate() / basic.rate();
        t.row("project: load --tdb (TdbStore.loadFile, " + batch + " articles per transaction, basic loader)", ours.quads(), ours.seconds(),
                ours.rate(), Table.num(ratio) + "× (target ≥ " + TARGET + "×: " + (ratio >= TARGET ? "met" : "MISSED") + ")");
        Loaded whole = new Loaded(ours.quads(), ours.seconds() + consolidation.seconds());
        t.row("project: the same, with the consolidation at its end (+" + consolidation.quads() + " quads)", whole.quads(),
                whole.seconds(), whole.rate(), Table.num(whole.rate() / basic.rate()) + "×");
        Loaded phased = load(data, work.resolve("tdb2-phased"), "phased", steps);
        t.row("Jena phased (LoaderFactory.phasedLoader, not crash-safe; one run, last)", phased.quads(), phased.seconds(), phased.rate(),
                Table.num(phased.rate() / basic.rate()) + "×");
        t.note("Each load into a new database, in this JVM; quads are those in the database after the load (before consolidation). "
                + "Seconds of every round: basic " + times(basicTimes) + ", project " + times(ourTimes) + ". The project's load "
                + "parses the file and writes whole-article batches as it goes (parsing counted in its time, as in the basic loader's).");
        deleteTree(work.resolve("tdb2-basic"));
        deleteTree(work.resolve("tdb2-ours"));
        deleteTree(work.resolve("tdb2-phased"));
        return t;
    }

    private static String times(List<Double> seconds) {
        return String.join(", ", seconds.stream().map(Table::num).toList());
    }

    /**
     * What {@code load FILE --tdb DB} does, into a new database; gives the quads loaded and the time of the load, and
     * in {@code consolidation[0]} the quads the consolidation added and its time.
     */
    static Loaded projectLoad(Path data, Path db, int batch, IriMinter minter, Steps steps, Loaded[] consolidation) {
        deleteTree(db);
        DatasetGraph dsg = TdbStore.open(db);
        try (Steps.Step step = steps.start("project load --tdb", 0, "batches")) {
            long t0 = System.nanoTime();
            TdbStore.loadFile(dsg, data, TdbStore.Loader.BASIC, batch, line -> step.run());
            long t1 = System.nanoTime();
            long quads = Txn.calculateRead(dsg, () -> dsg.stream().count());
            long t2 = System.nanoTime();
            Loading.consolidate(dsg, minter);
            long t3 = System.nanoTime();
            long after = Txn.calculateRead(dsg, () -> dsg.stream().count());
            consolidation[0] = new Loaded(after - quads, (t3 - t2) / 1e9);
            return new Loaded(quads, (t1 - t0) / 1e9);
        } finally {
            TDBInternal.expel(dsg);
        }
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
