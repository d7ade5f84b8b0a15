package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.TestData;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.ArticleSource;
import org.diplomacykg.graph.GraphBuilder.ArticleGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One converter used by several threads at once gives what it gives on one; {@code convertAll} with several workers
 * give the dataset of one worker; an article over the time limit fails alone and
 * leaves the shared NLP pipeline usable.
 */
class ConcurrentConversionTest {
    /** Made-up articles (not from the seeds), each a few sentences. */
    static final List<Article> MADE_UP = List.of(
            TestData.article("made-up-a", "2016-03-02", "Russian Foreign Minister Sergey Lavrov met Kazakh President Nursultan Nazarbayev "
                    + "in Astana on Tuesday. Lavrov described Kazakhstan as \"a reliable partner\".\n\nThe two discussed trade."),
            TestData.article("made-up-b", "2016-04-11", "US Secretary of State John Kerry visited Tashkent on Monday, where he met "
                    + "Uzbek President Islam Karimov.\n\nKerry then travelled to Dushanbe for talks with President Emomali Rahmon."),
            TestData.article("made-up-c", "2016-05-20", "German Foreign Minister Frank-Walter Steinmeier will visit Bishkek next week. "
                    + "He is expected to meet President Almazbek Atambayev."),
            TestData.article("made-up-d", "2016-06-07", "Kyrgyz President Almazbek Atambayev hosted Turkmen President Gurbanguly "
                    + "Berdimuhamedov in Bishkek on Friday. \"We are neighbours and friends,\" Atambayev said."));

    @TempDir
    Path dir;

    @Test
    void oneConverterOnSeveralThreadsGivesTheGraphsOfASequentialRun() throws Exception {
        Converter converter = TestData.converter();
        List<Article> articles = new ArrayList<>(MADE_UP);
        for (Path seed : ArticleSource.files(List.of(TestData.ARTICLES))) {
            articles.add(ArticleReader.read(seed));
        }
        List<ArticleGraphs> sequential = new ArrayList<>();
        for (Article a : articles) {
            sequential.add(converter.convert(a));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // Each article twice, so that the same rule objects serve two runs of one article at once too.
            List<Future<ArticleGraphs>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (Article a : articles) {
                    futures.add(pool.submit(() -> converter.convert(a)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                ArticleGraphs expected = sequential.get(i % articles.size());
                ArticleGraphs actual = futures.get(i).get();
                assertEquals(expected.graphIri(), actual.graphIri());
                assertTrue(expected.claims().size() > 0, expected.graphIri());
                SameDatasets.assertSameGraph(expected.claims().getGraph(), actual.claims().getGraph(), "claims of " + actual.graphIri());
                SameDatasets.assertSameGraph(expected.metadata().getGraph(), actual.metadata().getGraph(), "metadata of " + actual.graphIri());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void workersGiveTheDatasetOfOneWorker() throws Exception {
        List<Path> files = files();
        Converter converter = TestData.converter();
        ConversionReport one = converter.convertAll(files);
        assertTrue(one.ok(), one.failed().toString());
        ConversionReport three = converter.convertAll(files, new ConversionOptions(3, ConversionOptions.DEFAULT_ARTICLE_TIMEOUT));
        SameDatasets.assertSame(one.dataset(), three.dataset(), "3 workers");
        assertEquals(files.size(), three.converted().size());
        for (int i = 0; i < files.size(); i++) {
            assertEquals(files.get(i), three.converted().get(i).file(), "reported in file order");
        }
    }

    @Test
    void anArticleOverTheTimeLimitFailsAloneAndThePipelineStaysUsable() throws Exception {
        Path slow = dir.resolve("slow.txt");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append("Foreign Minister Sergey Lavrov met President Nursultan Nazarbayev in Astana on Tuesday ")
                    .append("to discuss trade, transport and security in the region.\n\n");
        }
        Files.writeString(slow, "title: A long made-up article\npublisher: Test\ndate: 2016-03-02\nlanguage: en\n---\n" + body);
        Converter converter = TestData.converter();
        ConversionReport r = converter.convertAll(List.of(slow), new ConversionOptions(1, Duration.ofMillis(200)));
        assertEquals(0, r.converted().size());
        assertEquals(List.of(new ConversionReport.Failure(slow, "conversion took longer than 0.2 s")), r.failed());

        ConversionReport after = converter.convertAll(ArticleSource.files(List.of(TestData.ARTICLES)));
        assertTrue(after.ok(), after.failed().toString());
        SameDatasets.assertSame(TestData.seedDataset(), after.dataset(), "seeds after an interrupted article");
    }

    /** The made-up articles as files, then the seeds. */
    private List<Path> files() throws Exception {
        List<Path> out = new ArrayList<>();
        for (Article a : MADE_UP) {
            Path f = dir.resolve(a.id() + ".txt");
            Files.writeString(f, "title: " + a.title() + "\npublisher: " + a.publisher() + "\ndate: " + a.date() + "\nlanguage: en\n---\n" + a.body());
            out.add(f);
        }
        out.addAll(ArticleSource.files(List.of(TestData.ARTICLES)));
        return out;
    }
}
