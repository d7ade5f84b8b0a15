package org.diplomacykg.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The outcome of converting a set of articles: the dataset (every good article's graph, metadata, ontology and
 * gazetteer graphs), the articles converted and those that failed with what was wrong.
 */
public record ConversionReport(DatasetGraph dataset, List<Converted> converted, List<Failure> failed, long millis) {
    public record Converted(Path file, String articleId, String graph, long triples, long millis) {}

    public record Failure(Path file, String problem) {}

    public ConversionReport {
        converted = List.copyOf(converted);
        failed = List.copyOf(failed);
    }

    public boolean ok() {
        return failed.isEmpty();
    }
}
