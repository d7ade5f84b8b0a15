package org.diplomacykg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.diplomacykg.TestData;
import org.diplomacykg.server.DkgServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every competency question of {@code queries/} against the converted seed articles: each {@code NN-name.rq} must
 * give the rows of {@code NN-name.csv} beside it (in order when the query orders them, as a set otherwise). The
 * default graph is the union of the named graphs, as on the endpoint.
 */
class CompetencyQueriesTest {
    private static final Path QUERIES = Path.of("queries");

    @TestFactory
    Stream<DynamicTest> competencyQuestions() throws IOException {
        Dataset ds = DatasetFactory.wrap(DkgServer.unionView(TestData.seedDataset()));
        List<Path> files;
        try (Stream<Path> s = Files.list(QUERIES)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        return files.stream().map(rq -> dynamicTest(rq.getFileName().toString(),
                () -> assertAnswers(ds, rq, Path.of(rq.toString().replaceAll("\\.rq$", ".csv")))));
    }

    /** The query's answers over the dataset are the rows of the CSV file (in order when the query orders them). */
    static void assertAnswers(Dataset ds, Path rq, Path csv) throws IOException {
        Query q = QueryFactory.read(rq.toString());
        List<String> expected = lines(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> actual;
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsCSV(out, qe.execSelect());
            actual = lines(out.toString(StandardCharsets.UTF_8));
        }
        assertEquals(expected.get(0), actual.get(0), "columns of " + rq);
        List<String> exp = new ArrayList<>(expected.subList(1, expected.size()));
        List<String> act = new ArrayList<>(actual.subList(1, actual.size()));
        if (!q.hasOrderBy()) {
            exp.sort(null);
            act.sort(null);
        }
        assertEquals(String.join("\n", exp), String.join("\n", act), "rows of " + rq + " against " + csv);
    }

    private static List<String> lines(String csv) {
        return Arrays.stream(csv.split("\r?\n")).filter(l -> !l.isEmpty()).toList();
    }
}
