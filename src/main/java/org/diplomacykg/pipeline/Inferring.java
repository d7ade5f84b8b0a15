package org.diplomacykg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.reason.Experiments;
import org.diplomacykg.reason.Inference;
import org.diplomacykg.reason.Reasoning;
import org.diplomacykg.store.DatasetFiles;

/**
 * What {@code infer} does over the built dataset (converted again first when it is stale, as {@code serve} does): writes
 * the triples a reasoner infers, never mixed with the asserted ones; or runs the reasoning experiments of a folder of
 * queries.
 */
public final class Inferring {

    /** What a reasoner inferred: how many triples, in how many milliseconds. */
    public record Inferred(long triples, long millis) {}

    private Inferring() {}

    /**
     * Runs {@code reasoning} over the built dataset and writes the inferred triples to {@code output}, in the named graph
     * {@code {base}graph/inferred/{reasoning}} when the file's syntax has named graphs.
     */
    public static Inferred write(BuiltDataset built, Reasoning reasoning, Path rules, Path output, BuiltDataset.Listener listener) {
        DatasetGraph asserted = built.read(listener);
        long t0 = System.nanoTime();
        Graph inferred = Inference.of(reasoning, rules).inferred(asserted);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        DatasetFiles.writeNamed(inferred, reasoning.graphIri(built.articles().config().base()), output);
        return new Inferred(inferred.size(), ms);
    }

    /**
     * Answers every query of {@code queries} over the built dataset without reasoning, then with {@code only} or, when
     * it is empty, with each reasoner.
     */
    public static List<Experiments.Run> experiments(BuiltDataset built, Path queries, Optional<Reasoning> only, Path rules,
                                                    BuiltDataset.Listener listener) {
        DatasetGraph asserted = built.read(listener);
        return Experiments.run(asserted, Experiments.queries(queries), runs(only), built.articles().config().base(), rules);
    }

    /** No reasoning first, then {@code only} or every reasoner. */
    static List<Optional<Reasoning>> runs(Optional<Reasoning> only) {
        List<Optional<Reasoning>> runs = new ArrayList<>();
        runs.add(Optional.empty());
        only.map(List::of).orElseGet(() -> Arrays.asList(Reasoning.values())).forEach(r -> runs.add(Optional.of(r)));
        return runs;
    }
}
