package org.diplomacykg.nlp;

import java.util.List;
import org.diplomacykg.article.Article;

/** An article with the sentences the NLP stage found in its body. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }

    /** The sentence holding the character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.begin() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
