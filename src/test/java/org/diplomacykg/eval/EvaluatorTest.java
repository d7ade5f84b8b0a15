package org.diplomacykg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplomacykg.extract.Claims;
import org.diplomacykg.extract.Entity;
import org.diplomacykg.extract.EntityType;
import org.diplomacykg.extract.Mention;
import org.diplomacykg.extract.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairing articles with gold files and reporting what fails, with a stand-in extractor (no NLP). */
class EvaluatorTest {
    @TempDir
    Path dir;

    private static final String ARTICLE = "title: T\npublisher: P\ndate: 2015-11-02\nlanguage: en\n---\nJohn Kerry spoke.\n";
    private static final String GOLD = """
            {"entities": [{"name": "John Kerry", "type": "Person", "wikidata": null},
                          {"name": "Kazakhstan", "type": "State", "wikidata": null}]}
            """;

    /** Claims naming John Kerry only. */
    private static Claims kerryOnly(org.diplomacykg.article.Article a) {
        Mention m = new Mention(0, 0, 1, new Span(0, 10), Entity.unknown(EntityType.PERSON, "John Kerry"), Mention.Kind.NAME);
        return new Claims(a, List.of(m), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void pairsByNameSkipsArticlesWithoutGoldAndFailsOnGoldWithoutArticle() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(articles.resolve("a.txt"), ARTICLE);
        Files.writeString(gold.resolve("a.json"), GOLD);
        Files.writeString(articles.resolve("no-gold.txt"), ARTICLE);
        Files.writeString(gold.resolve("orphan.json"), GOLD);
        Files.writeString(articles.resolve("bad-gold.txt"), ARTICLE);
        Files.writeString(gold.resolve("bad-gold.json"), "{\"entities\": 3}");
        Files.writeString(articles.resolve("empty.txt"), "");
        Files.writeString(gold.resolve("empty.json"), GOLD);

        Evaluation ev = new Evaluator(EvaluatorTest::kerryOnly, new ClaimMatcher(Aliases.none())).evaluate(articles, gold);

        assertEquals(List.of("a"), ev.articles().stream().map(ArticleEvaluation::article).toList());
        assertEquals(new Score(1, 2, 1), ev.score(ClaimType.ENTITIES));
        assertEquals(List.of("State: Kazakhstan"), ev.articles().get(0).result(ClaimType.ENTITIES).missed());
        assertEquals(List.of("no-gold.txt"), ev.skipped());
        assertEquals(3, ev.failures().size(), ev.failures().toString());
        assertTrue(ev.failures().stream().anyMatch(f -> f.file().endsWith("bad-gold.json") && f.problem().contains("entities")));
        assertTrue(ev.failures().stream().anyMatch(f -> f.file().endsWith("empty.txt") && f.problem().contains("empty")));
        assertTrue(ev.failures().stream().anyMatch(f -> f.file().endsWith("orphan.json") && f.problem().contains("no article")));
        assertTrue(!ev.ok());
    }
}
