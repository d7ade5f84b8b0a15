package org.diplomacykg.cli;

import java.nio.file.Path;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.pipeline.ConverterConfig;
import picocli.CommandLine.Option;

/** Options shared by the commands that convert articles. */
final class ConverterOptions {
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

    ConverterConfig config() {
        return ConverterConfig.create().base(base).gazetteer(gazetteer).rules(rules).ontology(ontology).topics(topics).build();
    }
}
