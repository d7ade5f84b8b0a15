package org.diplomacykg.reason;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.store.UnionDefaultGraphView;

/**
 * Reasoning experiments: SPARQL queries ({@code *.rq} of a folder such as {@code queries/inferred/}) answered over the
 * asserted data alone and over the asserted data with each reasoner's inferred graph, with the number of rows, the
 * time the inference took and the time each query took. The default graph is the union of the named graphs, as on the
 * endpoint. Each reasoner's inference runs once and serves every query.
 */
public final class Experiments {
    /** The name of the run without reasoning, in the table and in the expected-answer files ({@code NN-name.none.csv}). */
    public static final String NONE = "none";

    private Experiments() {}

    /**
     * One query answered with one reasoner (or none).
     *
     * @param query       the query file's name
     * @param reasoner    {@value #NONE}, {@code rdfs}, {@code owl-rl} or {@code rules}
     * @param rows        rows of the answer
     * @param inferenceMs how long the inference took (0 without reasoning; the same for every query of a reasoner)
     * @param queryMs     how long the query took
     * @param csv         the answer as SPARQL CSV
     * @param ordered     whether the query orders its rows
     */
    public record Run(String query, String reasoner, int rows, long inferenceMs, long queryMs, String csv, boolean ordered) {}

    /** The {@code *.rq} files of a folder (not of its sub-folders), by name. */
    public static List<Path> queries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs every query without reasoning (when {@code reasonings} holds an empty value) and with each reasoner given.
     *
     * @param base  the base of the data IRIs, for the inferred graph's name
     * @param rules the rules file for {@link Reasoning#RULES}
     */
    public static List<Run> run(DatasetGraph asserted, List<Path> queries, List<Optional<Reasoning>> reasonings, String base, Path rules) {
        Map<Path, Query> parsed = new LinkedHashMap<>();
        for (Path q : queries)
            parsed.put(q, QueryFactory.read(q.toString()));
        List<Run> runs = new ArrayList<>();
        for (Optional<Reasoning> r : reasonings) {
            long t0 = System.nanoTime();
            DatasetGraph data = asserted;
            if (r.isPresent()) {
                Graph inferred = Inference.of(r.get(), rules).inferred(asserted);
                data = Inference.withInferred(asserted, inferred, r.get().graphIri(base));
            }
            long inferenceMs = r.isPresent() ? (System.nanoTime() - t0) / 1_000_000 : 0;
            Dataset ds = DatasetFactory.wrap(UnionDefaultGraphView.create(data));
            for (Map.Entry<Path, Query> e : parsed.entrySet()) {
                long q0 = System.nanoTime();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int rows;
                try (QueryExecution qe = QueryExecution.dataset(ds).query(e.getValue()).build()) {
                    ResultSetRewindable rewindable = ResultSetFactory.copyResults(qe.execSelect());
                    rows = rewindable.size();
                    ResultSetFormatter.outputAsCSV(out, rewindable);
                }
                long queryMs = (System.nanoTime() - q0) / 1_000_000;
                runs.add(new Run(e.getKey().getFileName().toString(), r.map(Reasoning::label).orElse(NONE), rows, inferenceMs, queryMs,
                                 out.toString(StandardCharsets.UTF_8), e.getValue().hasOrderBy()));
            }
        }
        return runs;
    }

    /** The runs as a Markdown table: query, reasoner, rows, inference ms, query ms. */
    public static String markdown(List<Run> runs) {
        StringBuilder sb = new StringBuilder("| query | reasoner | rows | inference ms | query ms |\n|---|---|---:|---:|---:|\n");
        runs.stream().sorted(Comparator.comparing(Run::query)).forEach(r -> sb.append("| ").append(r.query()).append(" | ")
            .append(r.reasoner()).append(" | ").append(r.rows()).append(" | ").append(r.inferenceMs()).append(" | ")
            .append(r.queryMs()).append(" |\n"));
        return sb.toString();
    }
}
