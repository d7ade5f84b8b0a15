package org.diplomacykg.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The outcome of converting a set of articles: the dataset (every good article's graph, metadata, ontology and
 * gazetteer graphs; null when the conversion was streamed to a sink and kept nothing), the number of triples of each
 * named graph, the articles converted and those that failed with what was wrong.
 */
public record ConversionReport(DatasetGraph dataset, Map<String, Long> triplesPerGraph, List<Converted> converted,
                               List<Failure> failed, long millis) {
    public record Converted(Path file, String articleId, String graph, long triples, long millis) {}

    public record Failure(Path file, String problem) {}

    public ConversionReport {
        triplesPerGraph = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(triplesPerGraph));
        converted = List.copyOf(converted);
        failed = List.copyOf(failed);
    }

    public boolean ok() {
        return failed.isEmpty();
    }
}
