package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplomacykg.eval.Aliases;
import org.diplomacykg.eval.AliasesLoader;
import org.diplomacykg.eval.ClaimMatcher;
import org.diplomacykg.eval.Evaluation;
import org.diplomacykg.eval.EvaluationFormat;
import org.diplomacykg.eval.Evaluator;
import org.diplomacykg.nlp.CoreNlpPipeline;
import org.diplomacykg.pipeline.Converter;
import org.diplomacykg.pipeline.ConverterConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code evaluate --articles DIR --gold DIR [--json]}: converts each article that has a gold file of the same name and
 * scores its claims against the gold by the rules of GOLD-FORMAT.md.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Converts articles and compares their claims with gold claims (one JSON file per article, same base name).",
                "Prints extracted, gold, matched, precision, recall, F1 and partial (near misses) per claim type and overall, then the unmatched claims of each article."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:evaluated (whatever the figures)", "1:some gold file or article failed (unreadable, or gold without article)", "2:bad usage"})
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "DIR", required = true, description = "Folder of articles (*.txt).")
    Path articles;

    @Option(names = "--gold", paramLabel = "DIR", required = true, description = "Folder of gold files (*.json), named after the articles.")
    Path gold;

    @Option(names = "--json", description = "Print the figures and unmatched claims as one JSON object.")
    boolean json;

    @Mixin
    ConverterOptions command;

    @Override
    public Integer call() {
        ConverterConfig cfg = command.config();
        for (Path dir : new Path[] {articles, gold}) {
            if (!Files.isDirectory(dir)) {
                throw command.usage(dir + ": no such folder");
            }
        }
        PrintWriter out = command.out();
        PrintWriter err = command.err();
        Aliases aliases = AliasesLoader.load(cfg.gazetteer(), cfg.rules().resolve("titles.tsv"), cfg.topics());
        Converter conv = new Converter(cfg, CoreNlpPipeline.shared());
        Evaluation ev = new Evaluator(conv::claims, new ClaimMatcher(aliases)).evaluate(articles, gold);
        for (String s : ev.skipped()) {
            err.println("note: " + s + " has no gold file in " + gold + ": skipped");
        }
        for (Evaluation.Failure f : ev.failures()) {
            err.println("FAILED " + f.file() + ": " + f.problem());
        }
        err.flush();
        if (json) {
            out.println(EvaluationFormat.jsonText(ev));
        } else {
            out.printf("evaluated %d articles against %s%n%n", ev.articles().size(), gold);
            out.print(EvaluationFormat.table(ev));
            out.println();
            out.println("unmatched claims (missed: in the gold, not extracted; invented: extracted, not in the gold):");
            out.print(EvaluationFormat.unmatched(ev));
        }
        out.flush();
        return ev.ok() ? 0 : 1;
    }
}
