package org.diplomacykg.nlp;

import org.diplomacykg.article.Article;

/** Needs an article; adds sentences, tokens, lemmas, coarse entity classes, dates normalised against the article date, and a dependency parse. */
public interface NlpPipeline {
    AnnotatedArticle annotate(Article article);
}
