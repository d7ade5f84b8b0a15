package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Quotes and their speakers on sentences written for the tests (src/test/resources/rules/quote-cases.tsv): the subject
 * outside the quotation, descriptions resolved to the one post holder (or kept), "quoted X as saying", continuations,
 * transcript labels. In the text, "\n" is a line break.
 */
class QuoteCasesTest {
    private static final Path CASES = Path.of("src/test/resources/rules/quote-cases.tsv");

    @TestFactory
    Stream<DynamicTest> quotes() {
        return RuleFiles.rows(CASES, 4).stream().map(c -> dynamicTest(c[0] + ": " + c[2], () -> {
            Claims claims = TestData.claims(c[1], c[2].replace("\\n", "\n"));
            List<String> found = claims.quotes().stream()
                    .map(q -> (q.speaker() != null ? q.speaker().label() : "(" + q.speakerDescription() + ")") + " | " + q.text()
                            + " [" + q.rule() + "]")
                    .toList();
            for (String expected : c[3].split(" ;; ")) {
                String[] parts = expected.split(" \\| ", 2);
                String speaker = parts[0];
                String start = parts[1];
                List<Claims.QuoteClaim> quotes = claims.quotes().stream().filter(q -> q.text().startsWith(start)).toList();
                assertTrue(!quotes.isEmpty(), "a quote starting '" + start + "' among " + found);
                if (speaker.equals("none")) {
                    assertTrue(quotes.stream().allMatch(q -> q.speaker() == null), "no named speaker for '" + start + "': " + found);
                } else {
                    assertTrue(quotes.stream().anyMatch(q -> q.speaker() != null && q.speaker().label().equals(speaker)),
                            speaker + " says '" + start + "': " + found);
                }
            }
        }));
    }
}
