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
 * Sentences written for the tests (src/test/resources/rules/characterisation-negative-cases.tsv) that must give no
 * characterisation, or none of a subject, or none whose description holds some words: intents and needs, plain facts,
 * negations, conditions, modals, paired subjects, a whole quoted clause. The positive cases of each rule are in
 * characterisation-cases.tsv (RuleCasesTest).
 */
class CharacterisationCasesTest {
    private static final Path CASES = Path.of("src/test/resources/rules/characterisation-negative-cases.tsv");

    @TestFactory
    Stream<DynamicTest> noCharacterisation() {
        return RuleFiles.rows(CASES, 4).stream().map(c -> dynamicTest(c[0] + ": " + c[2], () -> {
            Claims claims = TestData.claims(c[1], c[2]);
            List<String> found = claims.characterisations().stream()
                    .map(x -> (x.speaker() != null ? x.speaker().label() : "(" + x.speakerDescription() + ")") + ": "
                            + x.subjectLabel() + " as " + x.as() + " [" + x.rule() + "]")
                    .toList();
            String expected = c[3];
            if (expected.equals("none")) {
                assertTrue(found.isEmpty(), "no characterisation: " + found);
                return;
            }
            if (expected.startsWith("not by ")) {
                String speaker = expected.substring("not by ".length());
                assertTrue(claims.characterisations().stream().noneMatch(x -> speaker.equals(x.speakerDescription())
                        || x.speaker() != null && x.speaker().label().equals(speaker)), "no characterisation by " + speaker + ": " + found);
                return;
            }
            String[] parts = expected.substring("not ".length()).split(" \\| ", 2);
            String subject = parts[0];
            String words = parts.length > 1 ? parts[1] : null;
            assertTrue(claims.characterisations().stream()
                            .noneMatch(x -> x.subjectLabel().equals(subject) && (words == null || x.as().contains(words))),
                    "no characterisation of " + subject + (words == null ? "" : " with '" + words + "'") + ": " + found);
        }));
    }
}
