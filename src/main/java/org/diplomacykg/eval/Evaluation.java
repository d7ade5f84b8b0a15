package org.diplomacykg.eval;

import java.util.List;

/**
 * The outcome of evaluating a folder of articles against a folder of gold files: each article's comparison, the
 * articles skipped for want of gold, and what failed (unreadable gold, gold without article, articles that could not
 * be read or converted). Figures are micro-averaged: counts are summed over articles, then over claim types.
 */
public record Evaluation(List<ArticleEvaluation> articles, List<String> skipped, List<Failure> failures,
                         Coreference coreference) {
    /** A file that could not be evaluated and why. */
    public record Failure(String file, String problem) {}

    public Evaluation(List<ArticleEvaluation> articles, List<String> skipped, List<Failure> failures) {
        this(articles, skipped, failures, Coreference.NONE);
    }

    public Evaluation {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        failures = List.copyOf(failures);
    }

    public boolean ok() {
        return failures.isEmpty();
    }

    /** The counts of one claim type over all articles. */
    public Score score(ClaimType type) {
        Score s = Score.ZERO;
        for (ArticleEvaluation a : articles) {
            s = s.plus(a.result(type).score());
        }
        return s;
    }

    /** The near misses among the unmatched extracted claims of one type, over all articles. */
    public Partial partial(ClaimType type) {
        Partial p = Partial.NONE;
        for (ArticleEvaluation a : articles) {
            p = p.plus(a.result(type).partial());
        }
        return p;
    }

    /** The counts of every claim type over all articles. */
    public Score overall() {
        Score s = Score.ZERO;
        for (ClaimType t : ClaimType.values()) {
            s = s.plus(score(t));
        }
        return s;
    }
}
