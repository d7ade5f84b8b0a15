package org.diplomacykg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.diplomacykg.nlp.NlpPipeline;

/**
 * Articles to convert and what converts them: the files, the converter's configuration and the NLP pipeline, asked for
 * only when a conversion runs (loading CoreNLP takes seconds, and a dataset that is not stale needs none).
 *
 * @param files  the article files
 * @param config the converter's configuration
 * @param nlp    gives the NLP pipeline when the articles are converted
 */
public record Articles(List<Path> files, ConverterConfig config, Supplier<NlpPipeline> nlp) {

    public Articles {
        files = List.copyOf(files);
    }

    /** Converts every article into an in-memory dataset. */
    public ConversionReport convert() {
        return new Converter(config, nlp.get()).convertAll(files);
    }

    /**
     * Converts every article into {@code sink} as it goes (say, the TDB2 sink), keeping nothing; the report's dataset is
     * null.
     */
    public ConversionReport convert(StreamRDF sink) {
        return new Converter(config, nlp.get()).convert(files, ConversionOptions.defaults(), sink, new Converter.Units() {});
    }

    /**
     * Every file a dataset converted from these articles depends on: the articles, the gazetteer, the ontology, the
     * topics and each file of the rules folder.
     */
    public List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(files);
        inputs.add(config.gazetteer());
        inputs.add(config.ontology());
        inputs.add(config.topics());
        try (Stream<Path> rules = Files.list(config.rules())) {
            rules.forEach(inputs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inputs;
    }
}
