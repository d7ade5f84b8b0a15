package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.diplomacykg.pipeline.BuiltDataset;
import org.diplomacykg.pipeline.ConversionReport;

/** How the commands print what the pipeline did. */
final class Reports {
    private Reports() {}

    /** The failed articles on stderr, then the counts and the triples per named graph on stdout. */
    static void conversion(ConversionReport report, PrintWriter out, PrintWriter err) {
        for (ConversionReport.Failure f : report.failed()) {
            err.println("FAILED " + f.file() + ": " + f.problem());
        }
        err.flush();
        out.printf("converted %d of %d articles in %d ms (%d failed)%n", report.converted().size(),
                report.converted().size() + report.failed().size(), report.millis(), report.failed().size());
        out.println("triples per named graph:");
        report.triplesPerGraph().forEach((g, n) -> out.printf("  %8d  %s%n", n, g));
    }

    /** Prints a conversion of the built dataset: a line before it, the report after. */
    static class Converting implements BuiltDataset.Listener {
        final PrintWriter out;
        final PrintWriter err;
        final Path articles;

        /** @param articles the folder the articles come from, as the user named it */
        Converting(CommandIo io, Path articles) {
            this.out = io.out();
            this.err = io.err();
            this.articles = articles;
        }

        @Override
        public void converting(int n) {
            out.println("converting " + n + " articles from " + articles + " ...");
            out.flush();
        }

        @Override
        public void converted(ConversionReport report) {
            conversion(report, out, err);
        }
    }
}
