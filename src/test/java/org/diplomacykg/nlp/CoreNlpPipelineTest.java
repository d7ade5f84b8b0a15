package org.diplomacykg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomacykg.TestData;
import org.junit.jupiter.api.Test;

class CoreNlpPipelineTest {
    private static AnnotatedArticle annotate(String date, String body) {
        return CoreNlpPipeline.shared().annotate(TestData.article("n", date, body));
    }

    @Test
    void tokensPointIntoTheBody() {
        String body = "Lavrov met Blinken in Geneva.\n\nThey talked for two hours.";
        AnnotatedArticle a = annotate("2022-01-21", body);
        assertEquals(2, a.sentences().size());
        for (Sentence s : a.sentences()) {
            assertEquals(s.text(), body.substring(s.begin(), s.end()));
            for (Token t : s.tokens()) {
                assertEquals(t.word(), body.substring(t.begin(), t.end()));
            }
        }
    }

    @Test
    void datesNormalisedAgainstTheArticleDate() {
        AnnotatedArticle a = annotate("2021-06-16", "The two presidents met on Wednesday in Geneva. On Monday Biden was in Brussels.");
        assertEquals(List.of("2021-06-16"), dates(a.sentences().get(0)));
        assertEquals(List.of("2021-06-14"), dates(a.sentences().get(1)));
    }

    @Test
    void dayAndMonthInBrackets() {
        AnnotatedArticle a = annotate("2019-09-24", "Leaders gathered on Monday (23 September) at the United Nations.");
        assertTrue(dates(a.sentences().get(0)).contains("2019-09-23"));
    }

    @Test
    void hyphenatedWordsStayOneToken() {
        AnnotatedArticle a = annotate("2020-01-01", "They held wide-ranging talks.");
        assertTrue(a.sentences().get(0).tokens().stream().anyMatch(t -> t.word().equals("wide-ranging")));
    }

    @Test
    void semgrexRuleFindsSubjectAndObject() {
        AnnotatedArticle a = annotate("2020-01-01", "Macron met Scholz in Paris.");
        DependencyPattern p = DependencyPattern.compile("{lemma:meet}=v >nsubj {}=a >obj {}=b");
        var matches = p.matches(a.sentences().get(0));
        assertEquals(1, matches.size());
        Sentence s = a.sentences().get(0);
        assertEquals("Macron", s.token(matches.get(0).get("a")).word());
        assertEquals("Scholz", s.token(matches.get(0).get("b")).word());
    }

    private static List<String> dates(Sentence s) {
        return s.tokens().stream().map(Token::normalized).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
