package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplomacykg.article.ArticleSource;
import org.diplomacykg.pipeline.ConverterConfig;
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
 * names nothing, or an output that cannot be written, stops it before any conversion ({@link Preflight}).
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

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of articles (default: ${DEFAULT-VALUE}).", defaultValue = "data/articles")
    Path articles;

    @Option(names = "--data", paramLabel = "FILE.trig", description = "Built dataset, made again from the articles when stale; "
            + "must exist unless it is the default (default: ${DEFAULT-VALUE}, made when missing).",
            defaultValue = Preflight.DEFAULT_DATA)
    Path data;

    @Option(names = "--inference-rules", paramLabel = "FILE", description = "Jena rules for --reasoning rules (default: diplomacy.rules beside the ontology).")
    Path inferenceRules;

    @Mixin
    ConverterOptions converter;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (experiments == null && (reasoning == null || output == null))
            throw usage("--reasoning and -o are required (or --experiments DIR)");
        if (output != null && experiments == null && DatasetFiles.lang(output).isEmpty())
            throw usage("-o " + output + ": the extension names no RDF syntax (.ttl, .nt, .rdf, .trig, .nq, .jsonld)");
        ConverterConfig cfg;
        List<Path> files;
        try {
            cfg = converter.config();
            files = ArticleSource.files(List.of(articles));
        } catch (IllegalArgumentException | ConverterConfig.ConfigException e) {
            throw usage(e.getMessage());
        }
        // Before converting (minutes): a path that names nothing is bad usage, an output that cannot be written a failure.
        Preflight.builtDataset(spec.commandLine(), data);
        if (experiments != null)
            Preflight.existingFolder(spec.commandLine(), "--experiments", experiments);
        if (inferenceRules != null)
            Preflight.existingFile(spec.commandLine(), "--inference-rules", inferenceRules);
        Optional<String> problem = experiments == null ? Preflight.cannotWriteFile("-o", output) : Optional.empty();
        if (ServeCommand.stale(data, files, cfg))
            problem = problem.or(() -> Preflight.cannotWriteFile("--data", data));
        if (problem.isPresent()) {
            err.println("infer: " + problem.get());
            err.flush();
            return 1;
        }
        Path rules = inferenceRules != null ? inferenceRules : cfg.ontology().resolveSibling(Inference.RULES_FILE);
        try {
            DatasetGraph asserted = asserted(cfg, files, out, err);
            if (experiments != null) {
                List<Optional<Reasoning>> runs = new ArrayList<>();
                runs.add(Optional.empty());
                (reasoning != null ? List.of(reasoning) : Arrays.asList(Reasoning.values())).forEach(r -> runs.add(Optional.of(r)));
                List<Experiments.Run> results = Experiments.run(asserted, Experiments.queries(experiments), runs, cfg.base(), rules);
                out.print(Experiments.markdown(results));
                out.flush();
                return 0;
            }
            long t0 = System.nanoTime();
            Graph inferred = Inference.of(reasoning, rules).inferred(asserted);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            write(inferred, reasoning.graphIri(cfg.base()), output);
            out.printf("%s: %d inferred triples in %d ms, written to %s%n", reasoning, inferred.size(), ms, output);
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("infer: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** The built dataset, converted again first when it is missing or older than its inputs. */
    private DatasetGraph asserted(ConverterConfig cfg, List<Path> files, PrintWriter out, PrintWriter err) {
        ServeCommand.convertIfStale(data, articles, files, cfg, out, err);
        return DatasetFiles.readInMemory(data);
    }

    /** Writes the triples, in a named graph when the syntax has them. */
    static void write(Graph inferred, String graphName, Path file) {
        Lang lang = DatasetFiles.lang(file).orElseThrow();
        RDFFormat format = RDFWriterRegistry.defaultSerialization(lang);
        if (RDFLanguages.isQuads(lang)) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            dsg.addGraph(NodeFactory.createURI(graphName), inferred);
            DatasetFiles.write(dsg, file, format);
        } else {
            DatasetFiles.write(inferred, file, format);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
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
