package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.diplomacykg.pipeline.BuiltDataset;
import org.diplomacykg.pipeline.Inferring;
import org.diplomacykg.reason.Experiments;
import org.diplomacykg.reason.Inference;
import org.diplomacykg.reason.Reasoning;
import org.diplomacykg.store.DatasetFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code infer}: runs a reasoner over the built dataset (converting the articles first when it is missing or stale, as
 * {@code serve} does) and writes only the inferred triples; or, with {@code --experiments DIR}, answers every query of
 * the folder without reasoning and with each reasoner and prints a Markdown table of rows and timings. A path that
 * names nothing, or an output that cannot be written, stops it before any conversion ({@link Preflight}). The work is
 * {@link Inferring}'s.
 */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = {"Writes the triples a reasoner infers from the graph (never mixed with the asserted ones),",
            "or runs the reasoning experiments of a folder of queries."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "1:failure (the data or the rules cannot be read, the output cannot be written)", "2:bad usage (e.g. a path that names no file)"})
public final class InferCommand implements Callable<Integer> {
    @Option(names = "--reasoning", paramLabel = "rdfs|owl-rl|rules", converter = ReasoningConverter.class,
            description = "Reasoner: rdfs (Jena RDFS), owl-rl (Jena OWL Micro, the closest Jena has to OWL 2 RL), rules (ontology/diplomacy.rules). "
                + "Required unless --experiments, where it restricts the runs to this reasoner.")
    Reasoning reasoning;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the inferred triples; the syntax follows the extension: "
        + ".ttl, .nt, .rdf (the triples) or .trig, .nq, .jsonld (in the named graph {base}graph/inferred/{reasoning}).")
    Path output;

    @Option(names = "--experiments", paramLabel = "DIR", description = "Answer every *.rq of DIR without reasoning and with each reasoner, print a Markdown table "
        + "(query, reasoner, rows, inference ms, query ms).")
    Path experiments;

    @Mixin
    BuiltDataOptions articles;

    @Option(names = "--data", paramLabel = "FILE.trig", description = BuiltDataOptions.DATA_HELP, defaultValue = Preflight.DEFAULT_DATA)
    Path data;

    @Option(names = "--inference-rules", paramLabel = "FILE", description = "Jena rules for --reasoning rules (default: diplomacy.rules beside the ontology).")
    Path inferenceRules;

    @Mixin
    ConverterOptions command;

    @Override
    public Integer call() {
        if (experiments == null && (reasoning == null || output == null))
            throw command.usage("--reasoning and -o are required (or --experiments DIR)");
        if (output != null && experiments == null && DatasetFiles.lang(output).isEmpty())
            throw command.usage("-o " + output + ": the extension names no RDF syntax (.ttl, .nt, .rdf, .trig, .nq, .jsonld)");
        BuiltDataset built;
        try {
            built = new BuiltDataset(data, command.articles(articles::files));
        } catch (IllegalArgumentException e) {
            throw command.usage(e.getMessage());
        }
        // Before converting (minutes): a path that names nothing is bad usage, an output that cannot be written a failure.
        Preflight.builtDataset(command.commandLine(), data);
        if (experiments != null)
            Preflight.existingFolder(command.commandLine(), "--experiments", experiments);
        if (inferenceRules != null)
            Preflight.existingFile(command.commandLine(), "--inference-rules", inferenceRules);
        Optional<String> problem = experiments == null ? Preflight.cannotWriteFile("-o", output) : Optional.empty();
        if (built.stale())
            problem = problem.or(() -> Preflight.cannotWriteFile("--data", data));
        if (problem.isPresent()) {
            return command.fail("infer: " + problem.get());
        }
        Path rules = inferenceRules != null ? inferenceRules : built.articles().config().ontology().resolveSibling(Inference.RULES_FILE);
        PrintWriter out = command.out();
        Reports.Converting printer = new Reports.Converting(command, articles.articles);
        try {
            if (experiments != null) {
                out.print(Experiments.markdown(Inferring.experiments(built, experiments, Optional.ofNullable(reasoning), rules, printer)));
            } else {
                Inferring.Inferred inferred = Inferring.write(built, reasoning, rules, output, printer);
                out.printf("%s: %d inferred triples in %d ms, written to %s%n", reasoning, inferred.triples(), inferred.millis(), output);
            }
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            return command.fail("infer: " + e.getMessage());
        }
    }

    /** Reads {@code --reasoning}. */
    static final class ReasoningConverter implements CommandLine.ITypeConverter<Reasoning> {
        @Override
        public Reasoning convert(String value) {
            try {
                return Reasoning.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
