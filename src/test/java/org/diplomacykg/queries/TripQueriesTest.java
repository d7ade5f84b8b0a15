package org.diplomacykg.queries;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.diplomacykg.TestData;
import org.diplomacykg.article.ArticleSource;
import org.diplomacykg.server.DkgServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conflict and timeline questions over the seeds plus the development set's four articles on the same trip
 * ({@code ../shared/dev/articles/101-…} to {@code 104-…}): each {@code queries/trip/NN-name.csv} holds the answers
 * of {@code queries/NN-name.rq} over those six articles.
 */
class TripQueriesTest {
    private static final Path TRIP = Path.of("queries", "trip");
    private static final Path DEV = Path.of("..", "shared", "dev", "articles");

    @TestFactory
    Stream<DynamicTest> tripQuestions() throws IOException {
        assumeTrue(Files.isDirectory(DEV), "the development set (../shared/dev/articles) is not beside the project");
        List<Path> articles = new ArrayList<>(List.of(TestData.ARTICLES));
        try (Stream<Path> s = Files.list(DEV)) {
            s.filter(p -> p.getFileName().toString().matches("10[1-4]-.*\\.txt")).sorted().forEach(articles::add);
        }
        Dataset ds = DatasetFactory.wrap(DkgServer.unionView(
                TestData.converter().convertAll(ArticleSource.files(articles)).dataset()));
        List<Path> expected;
        try (Stream<Path> s = Files.list(TRIP)) {
            expected = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        return expected.stream().map(csv -> dynamicTest(csv.getFileName().toString(), () -> CompetencyQueriesTest.assertAnswers(ds,
                Path.of("queries", csv.getFileName().toString().replaceAll("\\.csv$", ".rq")), csv)));
    }
}
