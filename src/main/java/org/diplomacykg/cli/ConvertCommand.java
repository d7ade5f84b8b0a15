package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.diplomacykg.article.ArticleSource;
import org.diplomacykg.nlp.CoreNlpPipeline;
import org.diplomacykg.pipeline.ConversionReport;
import org.diplomacykg.pipeline.Converter;
import org.diplomacykg.pipeline.ConverterConfig;
import org.diplomacykg.store.DatasetFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convert [FILE|DIR ...] [-o OUT.trig]}: articles to a TriG dataset, written atomically. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts articles into RDF: one named graph per article, plus metadata, ontology and gazetteer graphs.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every article converted", "1:some article failed (the others are still written)", "2:bad usage"})
public final class ConvertCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "Article files, or folders of *.txt articles (default: data/articles).")
    List<Path> inputs = List.of(Path.of("data", "articles"));

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.trig", description = "Output TriG file (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/build/diplomacy.trig")
    Path output;

    @Mixin
    ConverterOptions converter;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files;
        ConverterConfig cfg;
        try {
            files = ArticleSource.files(inputs);
            cfg = converter.config();
        } catch (IllegalArgumentException | ConverterConfig.ConfigException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            err.println("no article files (*.txt) found in " + inputs);
            return 1;
        }
        ConversionReport report = new Converter(cfg, CoreNlpPipeline.shared()).convertAll(files);
        DatasetFiles.writeTrig(report.dataset(), output);
        printReport(report, out, err);
        out.println("wrote " + output);
        out.flush();
        return report.ok() ? 0 : 1;
    }

    static void printReport(ConversionReport report, PrintWriter out, PrintWriter err) {
        for (ConversionReport.Failure f : report.failed()) {
            err.println("FAILED " + f.file() + ": " + f.problem());
        }
        err.flush();
        out.printf("converted %d of %d articles in %d ms (%d failed)%n", report.converted().size(),
                report.converted().size() + report.failed().size(), report.millis(), report.failed().size());
        out.println("triples per named graph:");
        report.dataset().listGraphNodes().forEachRemaining((Node g) ->
                out.printf("  %8d  %s%n", report.dataset().getGraph(g).size(), g.getURI()));
    }
}
