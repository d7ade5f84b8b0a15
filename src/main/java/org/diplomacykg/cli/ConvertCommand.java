package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.diplomacykg.article.ArticleSource;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.CoreNlpPipeline;
import org.diplomacykg.nlp.NlpPipeline;
import org.diplomacykg.pipeline.Conversion;
import org.diplomacykg.pipeline.ConversionOptions;
import org.diplomacykg.pipeline.Converter;
import org.diplomacykg.pipeline.ConverterConfig;
import org.diplomacykg.validate.ConformanceReport;
import org.diplomacykg.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code convert [FILE|DIR ...] [-o OUT.trig]}: articles to a TriG dataset, written atomically, then validated against
 * the SHACL shapes (unless {@code --no-validate}). The work is {@link Conversion#toTrig}'s.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts articles into RDF: one named graph per article, plus metadata, ontology and gazetteer graphs.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every article converted and the output conforms to the SHACL shapes",
            "1:some article failed (the others are still written), or the output does not conform to the shapes",
            "2:bad usage"})
public final class ConvertCommand implements Callable<Integer> {
    /** Violations printed after a conversion; {@code validate} lists them all. */
    private static final int MAX_VIOLATIONS_SHOWN = 20;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "Article files, or folders of *.txt articles (default: data/articles).")
    List<Path> inputs = List.of(Path.of("data", "articles"));

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.trig", description = "Output TriG file (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/build/diplomacy.trig")
    Path output;

    @Option(names = "--shapes", paramLabel = "SHAPES.ttl", description = "SHACL shapes the output is validated against (default: ${DEFAULT-VALUE}).",
            defaultValue = "ontology/diplomacy-shapes.ttl")
    Path shapes;

    @Option(names = "--no-validate", description = "Do not validate the output against the SHACL shapes.")
    boolean noValidate;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads sharing one converter; the output is the same "
            + "whatever N (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    int threads;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", description = "Time one article may take (NLP and extraction); "
            + "a slower article is reported FAILED and the others are converted (default: ${DEFAULT-VALUE}).", defaultValue = "120")
    double articleTimeout;

    @Mixin
    ConverterOptions command;

    @Override
    public Integer call() {
        List<Path> files;
        ConverterConfig cfg;
        Optional<Validator> validator;
        ConversionOptions options;
        try {
            files = ArticleSource.files(inputs);
            cfg = command.config();
            validator = noValidate ? Optional.empty() : Optional.of(Validator.fromShapes(shapes));
            options = new ConversionOptions(threads, timeout(articleTimeout));
        } catch (IllegalArgumentException e) {
            throw command.usage(e.getMessage());
        }
        PrintWriter out = command.out();
        PrintWriter err = command.err();
        if (files.isEmpty()) {
            err.println("no article files (*.txt) found in " + inputs);
            return 1;
        }
        Conversion.Written written;
        try (Progress progress = Progress.start("convert", files.size(), "articles")) {
            NlpPipeline nlp = CoreNlpPipeline.shared();
            // Counted where every readable article passes, so the bar needs no hook inside the converter.
            NlpPipeline counted = article -> {
                AnnotatedArticle a = nlp.annotate(article);
                progress.step();
                return a;
            };
            written = Conversion.toTrig(new Converter(cfg, counted), files, options, output, validator,
                    f -> err.println("removed stale temporary file " + f));
        }
        Reports.conversion(written.report(), out, err);
        out.println("wrote " + output);
        int status = written.report().ok() ? 0 : 1;
        if (written.shapes().isPresent()) {
            ConformanceReport shacl = written.shapes().get();
            out.println(shacl.summary());
            if (!shacl.conforms()) {
                shacl.violations().stream().limit(MAX_VIOLATIONS_SHOWN).forEach(v -> err.println(v.describe()));
                if (shacl.violations().size() > MAX_VIOLATIONS_SHOWN) {
                    err.printf("... and %d more: run `validate %s` for all%n", shacl.violations().size() - MAX_VIOLATIONS_SHOWN, output);
                }
                err.flush();
                status = 1;
            }
        }
        out.flush();
        return status;
    }

    /** Seconds as a duration; the limit must be positive. */
    static Duration timeout(double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("--article-timeout must be a positive number of seconds, not " + seconds);
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
