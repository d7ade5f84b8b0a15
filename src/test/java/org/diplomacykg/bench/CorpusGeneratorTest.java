package org.diplomacykg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.ArticleSource;
import org.diplomacykg.eval.GoldClaims;
import org.diplomacykg.eval.GoldReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    private static final List<Path> SEEDS = ArticleSource.files(List.of(Path.of("data", "articles")));

    @TempDir
    Path dir;

    private static CorpusGenerator generator(long seed) {
        return CorpusGenerator.create(SEEDS, Path.of("data", "gold"), Path.of("data", "gazetteer.ttl"), Path.of("ontology", "topics.ttl"), seed);
    }

    @Test
    void everyArticleIsValidVariedAndHasGoldWhoseEvidenceIsInItsText() throws Exception {
        int[] ticks = {0};
        CorpusGenerator.Corpus c = generator(7).generate(6, dir, () -> ticks[0]++);
        assertEquals(6, c.count());
        assertEquals(6, ticks[0]);
        List<Path> files = ConvertBenchmark.list(c.articles());
        assertEquals(6, files.size());
        for (Path f : files) {
            Article a = ArticleReader.read(f);
            Article seed = ArticleReader.read(Path.of("data", "articles", a.header().get("generated-from") + ".txt"));
            assertNotEquals(seed.body(), a.body(), f + " is the seed unchanged");
            assertFalse(a.body().contains("John Kerry"), f + ": the seeds' main person should be replaced");
            assertEquals(0, ChronoUnit.DAYS.between(seed.date(), a.date()) % 7, "dates move by whole weeks");

            GoldClaims gold = GoldReader.read(c.gold().resolve(a.id() + ".json"));
            assertEquals(a.id(), gold.article());
            List<String> evidence = new ArrayList<>();
            gold.events().forEach(e -> evidence.add(e.evidence()));
            gold.quotes().forEach(q -> evidence.add(q.evidence()));
            for (String e : evidence) {
                if (e != null) {
                    assertTrue(a.body().contains(e), f + ": gold evidence not in the text: " + e);
                }
            }
            for (GoldClaims.GoldEvent e : gold.events()) {
                if (e.date() != null) {
                    LocalDate d = e.date();
                    assertTrue(Math.abs(ChronoUnit.DAYS.between(a.date(), d)) < 60, f + ": event date " + d + " far from " + a.date());
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndASmallCorpusIsTheStartOfALargerOne() throws Exception {
        generator(3).generate(3, dir.resolve("a"), () -> { });
        generator(3).generate(5, dir.resolve("b"), () -> { });
        for (Path f : ConvertBenchmark.list(dir.resolve("a/articles"))) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("b/articles").resolve(f.getFileName())));
        }
        generator(4).generate(1, dir.resolve("c"), () -> { });
        Path first = ConvertBenchmark.list(dir.resolve("a/articles")).get(0);
        assertNotEquals(Files.readString(first), Files.readString(dir.resolve("c/articles").resolve(first.getFileName())));
    }

    @Test
    void datesWithoutAYearAreReadAgainstTheArticleDate() {
        LocalDate ref = LocalDate.of(2015, 1, 3);
        assertEquals("on Sunday (28 December)", NameVariation.shiftDates("on Sunday (28 December)", 0, ref));
        // 28 December read as 2014-12-28; a week on it is 4 January.
        assertEquals("on Sunday (4 January)", NameVariation.shiftDates("on Sunday (28 December)", 7, ref));
        assertEquals("on 8 November 2015", NameVariation.shiftDates("on 1 November 2015", 7, ref));
        assertEquals("November 8, 2015", NameVariation.shiftDates("November 1, 2015", 7, ref));
    }
}
