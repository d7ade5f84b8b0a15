package org.diplomacykg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleException;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.ArticleSource;
import org.diplomacykg.extract.Claims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pairs the articles of a folder with the gold files of another by base name ({@code 000-x.txt} with
 * {@code 000-x.json}), takes each article's claims with the given extractor (the converter's, in use) and matches them
 * with the {@link ClaimMatcher}. An article without gold is skipped; a gold file without article, an unreadable gold
 * file or an article that cannot be read or converted is a failure, and the others are still evaluated.
 */
public final class Evaluator {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    private final Function<Article, Claims> extractor;
    private final ClaimMatcher matcher;

    public Evaluator(Function<Article, Claims> extractor, ClaimMatcher matcher) {
        this.extractor = extractor;
        this.matcher = matcher;
    }

    /**
     * @throws IllegalArgumentException when a folder does not exist
     */
    public Evaluation evaluate(Path articlesDir, Path goldDir) {
        if (!Files.isDirectory(articlesDir)) {
            throw new IllegalArgumentException(articlesDir + ": no such folder");
        }
        if (!Files.isDirectory(goldDir)) {
            throw new IllegalArgumentException(goldDir + ": no such folder");
        }
        Map<String, Path> gold = new LinkedHashMap<>();
        for (Path g : goldFiles(goldDir)) {
            gold.put(baseName(g), g);
        }
        List<ArticleEvaluation> done = new ArrayList<>();
        List<CoreferenceScorer.Article> forCoreference = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Evaluation.Failure> failures = new ArrayList<>();
        for (Path file : ArticleSource.files(List.of(articlesDir))) {
            Path goldFile = gold.remove(baseName(file));
            if (goldFile == null) {
                skipped.add(file.getFileName().toString());
                continue;
            }
            try {
                GoldClaims g = GoldReader.read(goldFile);
                Article article = ArticleReader.read(file);
                Claims claims = extractor.apply(article);
                done.add(matcher.match(claims, g));
                forCoreference.add(new CoreferenceScorer.Article(claims, g, matcher.eventPairs(claims, g)));
            } catch (GoldException e) {
                failures.add(new Evaluation.Failure(goldFile.toString(), e.problem()));
            } catch (ArticleException e) {
                failures.add(new Evaluation.Failure(file.toString(), e.problem()));
            } catch (RuntimeException e) {
                LOG.debug("{}: conversion failed", file, e);
                failures.add(new Evaluation.Failure(file.toString(), "conversion failed: " + e));
            }
        }
        for (Path orphan : gold.values()) {
            failures.add(new Evaluation.Failure(orphan.toString(), "gold file has no article "
                    + baseName(orphan) + ".txt in " + articlesDir));
        }
        return new Evaluation(done, skipped, failures, CoreferenceScorer.score(forCoreference));
    }

    private static List<Path> goldFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }
}
