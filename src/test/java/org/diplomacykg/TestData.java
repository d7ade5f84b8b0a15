package org.diplomacykg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleSource;
import org.diplomacykg.extract.Claims;
import org.diplomacykg.nlp.CoreNlpPipeline;
import org.diplomacykg.pipeline.ConversionReport;
import org.diplomacykg.pipeline.Converter;
import org.diplomacykg.pipeline.ConverterConfig;

/**
 * What the tests share within one JVM: the NLP pipeline (loaded once: it takes seconds), one converter, and the
 * converted seed articles.
 */
public final class TestData {
    public static final Path ARTICLES = Path.of("data", "articles");
    private static Converter converter;
    private static ConversionReport seeds;

    private TestData() {}

    public static synchronized Converter converter() {
        if (converter == null) {
            converter = new Converter(ConverterConfig.create().build(), CoreNlpPipeline.shared());
        }
        return converter;
    }

    /** The seed articles of data/articles converted into one dataset. */
    public static synchronized ConversionReport seeds() {
        if (seeds == null) {
            seeds = converter().convertAll(ArticleSource.files(List.of(ARTICLES)));
        }
        return seeds;
    }

    public static DatasetGraph seedDataset() {
        return seeds().dataset();
    }

    /** An article made in the test from a few sentences, published on the given date. */
    public static Article article(String id, String date, String body) {
        return new Article(id, id + ".txt", "Test " + id, "Test Publisher", LocalDate.parse(date), "en", Optional.empty(),
                Map.of(), body);
    }

    /** The claims the converter takes from a few sentences. */
    public static Claims claims(String date, String body) {
        return converter().claims(article("t", date, body));
    }

    public static boolean sharedExists() {
        return Files.isDirectory(Path.of("..", "shared"));
    }
}
