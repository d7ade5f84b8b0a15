package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.validate.ConformanceReport;
import org.diplomacykg.validate.Validator;
import org.diplomacykg.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate [FILE.trig] [--shapes SHAPES.ttl] [--turtle]}: checks a built dataset against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates a built dataset against the SHACL shapes: the data graph is the union of all its named graphs, "
                + "as the SPARQL endpoint's default graph. Prints each violation (or the SHACL report as Turtle) and a summary.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the dataset conforms to the shapes", "1:violations found, or the dataset cannot be read",
            "2:bad usage (e.g. a missing file)"})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.trig", arity = "0..1",
            description = "Dataset to validate, TriG or N-Quads (*.nq) (default: data/build/diplomacy.trig).")
    Path data = Path.of("data", "build", "diplomacy.trig");

    @Option(names = "--shapes", paramLabel = "SHAPES.ttl", description = "SHACL shapes, Turtle (default: ${DEFAULT-VALUE}).",
            defaultValue = "ontology/diplomacy-shapes.ttl")
    Path shapes;

    @Option(names = "--turtle", description = "Print the SHACL validation report as Turtle instead of a list.")
    boolean turtle;

    @Mixin
    CommandIo io;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(data)) {
            throw io.usage("no dataset file " + data);
        }
        Validator validator;
        try {
            validator = Validator.fromShapes(shapes);
        } catch (IllegalArgumentException e) {
            throw io.usage(e.getMessage());
        }
        PrintWriter out = io.out();
        DatasetGraph dsg;
        try {
            dsg = DatasetFiles.readInMemory(data);
        } catch (RiotException e) {
            return io.fail("cannot read " + data + ": " + e.getMessage());
        }
        ConformanceReport report = validator.validate(dsg);
        if (turtle) {
            out.print(report.turtle());
        } else {
            out.println("validated " + data + " against " + shapes);
            for (Violation v : report.violations()) {
                out.println("  " + v.describe());
            }
            out.println(report.summary());
        }
        out.flush();
        return report.conforms() ? 0 : 1;
    }
}
