package org.diplomacykg.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.graph.IriMinter;

/**
 * What the converter needs: the IRI base, the gazetteer, the rules folder, the ontology and the topic scheme. Built once from the
 * command line with {@link #create()}; stages never read system properties.
 */
public record ConverterConfig(String base, Path gazetteer, Path rules, Path ontology, Path topics) {
    /** A setting the converter cannot work with; the message names it. */
    public static final class ConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConfigException(String message) {
            super(message);
        }
    }

    public static Builder create() {
        return new Builder();
    }

    /** Fluent builder with the project's defaults, relative to the working folder. */
    public static final class Builder {
        private String base = IriMinter.DEFAULT_BASE;
        private Path gazetteer = Path.of("data", "gazetteer.ttl");
        private Path rules = Path.of("data", "rules");
        private Path ontology = Path.of("ontology", "diplomacy.ttl");
        private Path topics = Path.of("ontology", "topics.ttl");

        public Builder base(String b) { this.base = b; return this; }
        public Builder gazetteer(Path p) { this.gazetteer = p; return this; }
        public Builder rules(Path p) { this.rules = p; return this; }
        public Builder ontology(Path p) { this.ontology = p; return this; }
        public Builder topics(Path p) { this.topics = p; return this; }

        public ConverterConfig build() {
            if (base == null || !(base.startsWith("http://") || base.startsWith("https://"))) {
                throw new ConfigException("base '" + base + "' is not an http(s) IRI");
            }
            if (!Files.isRegularFile(gazetteer)) {
                throw new ConfigException("gazetteer " + gazetteer + " not found");
            }
            if (!Files.isDirectory(rules)) {
                throw new ConfigException("rules folder " + rules + " not found");
            }
            if (!Files.isRegularFile(ontology)) {
                throw new ConfigException("ontology " + ontology + " not found");
            }
            if (!Files.isRegularFile(topics)) {
                throw new ConfigException("topic scheme " + topics + " not found");
            }
            return new ConverterConfig(base.endsWith("/") ? base : base + "/", gazetteer, rules, ontology, topics);
        }
    }
}
