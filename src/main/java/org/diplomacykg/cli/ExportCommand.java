package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.Dumps;
import org.diplomacykg.store.JsonLdLib;
import org.diplomacykg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export [--input FILE | --tdb DIR] [-o DIR] [--jsonld FILE [--base IRI]]}: writes the dumps of a dataset,
 * gzipped N-Quads and TriG with every named graph, and their SHA-256 sums ({@code sha256sum} format), which
 * {@code serve} offers at {@code /dumps/}; and, when asked, the dataset as JSON-LD compacted with the project's context.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the dumps of the dataset: diplomacy.nq.gz and diplomacy.trig.gz (every named graph kept) and SHA256SUMS.",
            "Check them with: sha256sum -c SHA256SUMS"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:dumps written", "1:failure (the input cannot be read, or the output written)", "2:bad usage"})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE", description = "Dataset file: TriG, N-Quads, ... (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/build/diplomacy.trig")
    Path input;

    @Option(names = "--tdb", paramLabel = "DIR", description = "Export the TDB2 database in this folder instead of --input.")
    Path tdb;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder of the dumps (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/build/dumps")
    Path output;

    @Option(names = "--jsonld", paramLabel = "FILE", description = {"Also write the dataset as JSON-LD to FILE (.jsonld, or .jsonld.gz gzipped), "
            + "every named graph kept, compacted with the project's context (its @context is BASE + context.jsonld)."})
    Path jsonld;

    @Option(names = "--base", paramLabel = "IRI", description = "Base of the data IRIs, for --jsonld's context (default: ${DEFAULT-VALUE}).",
            defaultValue = IriMinter.DEFAULT_BASE)
    String base;

    @Mixin
    CommandIo io;

    @Override
    public Integer call() {
        if (jsonld != null && !(base.endsWith("/") && java.net.URI.create(base).isAbsolute())) {
            throw io.usage("--base " + base + ": must be an absolute IRI ending with '/'");
        }
        DatasetGraph dsg;
        if (tdb != null) {
            if (TdbStore.isNew(tdb)) {
                throw io.usage("--tdb " + tdb + ": no TDB2 database there");
            }
            if (TdbStore.isFilling(tdb)) {
                return io.fail("--tdb " + tdb + ": the database is incomplete, filling it stopped part way (or is under way); "
                        + "serve --tdb empties it and fills it again");
            }
            if (TdbStore.isLoading(tdb)) {
                io.err().println("warning: a load into " + tdb + " stopped part way; the consolidated events exported may not "
                        + "match the articles until `load` runs to its end");
                io.err().flush();
            }
            dsg = TdbStore.open(tdb);
        } else {
            if (!Files.isRegularFile(input)) {
                throw io.usage("--input " + input + ": no such file (run `convert` first)");
            }
            try {
                dsg = DatasetFiles.readInMemory(input);
            } catch (RuntimeException e) {
                return io.fail("cannot read " + input + ": " + e.getMessage());
            }
        }
        Dumps.Written w;
        try {
            w = Dumps.export(dsg, output, jsonld, base);
        } catch (RuntimeException e) {
            return io.fail(e.getMessage());
        } finally {
            if (tdb != null) {
                dsg.close();
            }
        }
        PrintWriter out = io.out();
        out.printf("exported %d statements from %s%n", w.quads(), tdb != null ? tdb : input);
        for (int i = 0; i < w.files().size(); i++) {
            Path f = w.files().get(i);
            out.printf("  %s%s%n", f, i < w.sha256().size() ? "  sha256 " + w.sha256().get(i) : "");
        }
        if (jsonld != null) {
            out.printf("  %s  (JSON-LD, @context %s)%n", jsonld, JsonLdLib.contextIri(base));
        }
        out.flush();
        return 0;
    }
}
