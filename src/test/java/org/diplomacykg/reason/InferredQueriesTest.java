package org.diplomacykg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.diplomacykg.TestData;
import org.diplomacykg.graph.IriMinter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reasoning experiments of {@code queries/inferred/} as competency questions: each {@code NN-name.rq} answered over
 * the converted seed articles without reasoning and with each reasoner must give the rows of
 * {@code NN-name.{none|rdfs|owl-rl|rules}.csv} beside it (in order when the query orders them, as a set otherwise).
 */
class InferredQueriesTest {
    private static final Path QUERIES = Path.of("queries", "inferred");

    @TestFactory
    Stream<DynamicTest> inferredCompetencyQuestions() {
        List<Path> queries = Experiments.queries(QUERIES);
        assertTrue(queries.size() >= 6, "at least six experiments, found " + queries);
        List<Optional<Reasoning>> reasonings = new ArrayList<>();
        reasonings.add(Optional.empty());
        Arrays.stream(Reasoning.values()).forEach(r -> reasonings.add(Optional.of(r)));
        List<Experiments.Run> runs = Experiments.run(TestData.seedDataset(), queries, reasonings, IriMinter.DEFAULT_BASE, Inference.DEFAULT_RULES);
        assertEquals(queries.size() * reasonings.size(), runs.size());
        return runs.stream().map(run -> dynamicTest(run.query() + " with " + run.reasoner(), () -> {
            Path csv = QUERIES.resolve(run.query().replaceAll("\\.rq$", "." + run.reasoner() + ".csv"));
            assertTrue(Files.isRegularFile(csv), "expected answers missing: " + csv);
            List<String> expected = lines(Files.readString(csv, StandardCharsets.UTF_8));
            List<String> actual = lines(run.csv());
            assertEquals(expected.get(0), actual.get(0), "columns of " + csv);
            List<String> exp = new ArrayList<>(expected.subList(1, expected.size()));
            List<String> act = new ArrayList<>(actual.subList(1, actual.size()));
            if (!run.ordered()) {
                exp.sort(null);
                act.sort(null);
            }
            assertEquals(String.join("\n", exp), String.join("\n", act), "rows of " + csv);
        }));
    }

    /** Every expected-answer file belongs to a query and a reasoner (no stale file after a rename). */
    @TestFactory
    Stream<DynamicTest> noOrphanAnswers() throws IOException {
        List<String> suffixes = new ArrayList<>(List.of(Experiments.NONE));
        Arrays.stream(Reasoning.values()).forEach(r -> suffixes.add(r.label()));
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList().stream().map(csv -> dynamicTest(csv.getFileName().toString(), () -> {
                String name = csv.getFileName().toString();
                assertTrue(suffixes.stream().anyMatch(x -> name.endsWith("." + x + ".csv")
                    && Files.isRegularFile(QUERIES.resolve(name.substring(0, name.length() - x.length() - 5) + ".rq"))), name + " answers no query");
            }));
        }
    }

    private static List<String> lines(String csv) {
        return Arrays.stream(csv.split("\r?\n")).filter(l -> !l.isEmpty()).toList();
    }
}
