package org.diplomacykg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.nlp.CoreNlpPipeline;
import org.diplomacykg.pipeline.Articles;
import org.diplomacykg.pipeline.ConverterConfig;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that convert articles, mixed in with {@code @Mixin}: with the prologue of
 * {@link CommandIo}, so that such a command mixes in this alone.
 */
final class ConverterOptions extends CommandIo {
    @Option(names = "--base", description = "Base of the data IRIs (default: ${DEFAULT-VALUE}).", defaultValue = IriMinter.DEFAULT_BASE)
    String base;

    @Option(names = "--gazetteer", description = "Reference gazetteer, Turtle (default: ${DEFAULT-VALUE}).", defaultValue = "data/gazetteer.ttl")
    Path gazetteer;

    @Option(names = "--rules", description = "Folder of extraction rules (default: ${DEFAULT-VALUE}).", defaultValue = "data/rules")
    Path rules;

    @Option(names = "--ontology", description = "Ontology, Turtle (default: ${DEFAULT-VALUE}).", defaultValue = "ontology/diplomacy.ttl")
    Path ontology;

    @Option(names = "--topics", description = "Topic scheme, SKOS Turtle (default: ${DEFAULT-VALUE}).", defaultValue = "ontology/topics.ttl")
    Path topics;

    /** The converter's configuration; a file or base that is wrong is bad usage (exit 2). */
    ConverterConfig config() {
        try {
            return ConverterConfig.create().base(base).gazetteer(gazetteer).rules(rules).ontology(ontology).topics(topics).build();
        } catch (ConverterConfig.ConfigException e) {
            throw usage(e.getMessage());
        }
    }

    /**
     * The article files with {@link #config()} (read first: a wrong option of this mixin is told before a wrong
     * folder of articles) and the JVM's CoreNLP pipeline, loaded only if they are converted.
     */
    Articles articles(Supplier<List<Path>> files) {
        ConverterConfig cfg = config();
        return new Articles(files.get(), cfg, CoreNlpPipeline::shared);
    }
}
