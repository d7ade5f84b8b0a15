package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.diplomacykg.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule of the rule files fires on sentences written for it (src/test/resources/rules/*-cases.tsv), and every
 * rule has such a case: adding a rule without a test fails the build.
 */
class RuleCasesTest {
    private static final Path EVENT_CASES = Path.of("src/test/resources/rules/event-cases.tsv");
    private static final Path POST_CASES = Path.of("src/test/resources/rules/post-cases.tsv");
    private static final Path DATE_CASES = Path.of("src/test/resources/rules/event-date-cases.tsv");
    private static final Path ROLE_CASES = Path.of("src/test/resources/rules/event-role-cases.tsv");
    private static final Path ENTITY_CASES = Path.of("src/test/resources/rules/entity-cases.tsv");
    private static final Path CHARACTERISATION_CASES = Path.of("src/test/resources/rules/characterisation-cases.tsv");

    @TestFactory
    Stream<DynamicTest> eventRules() {
        return RuleFiles.rows(EVENT_CASES, 4).stream().map(c -> dynamicTest(c[0] + ": " + c[2], () -> {
            Claims claims = TestData.claims(c[1], c[2]);
            EventType type = EventType.valueOf(c[3]);
            assertTrue(claims.events().stream().anyMatch(e -> e.type() == type && List.of(e.rule().split("\\+")).contains(c[0])),
                    "rule " + c[0] + " gives a " + type + ": " + claims.events());
        }));
    }

    /**
     * One dynamic test per row of a cases file (kind, article date, text, "\n" for a line break, expectations): the text is converted, and
     * each expectation (joined by " ;; ") is checked as present, or as absent when it starts with "no ".
     */
    private static Stream<DynamicTest> cases(Path file, BiConsumer<Claims, String> present, BiConsumer<Claims, String> absent) {
        return RuleFiles.rows(file, 4).stream().map(c -> dynamicTest(c[0] + ": " + c[2], () -> {
            Claims claims = TestData.claims(c[1], c[2].replace("\\n", "\n"));
            for (String expected : c[3].split(" ;; ")) {
                if (expected.startsWith("no ")) {
                    absent.accept(claims, expected.substring(3));
                } else {
                    present.accept(claims, expected);
                }
            }
        }));
    }

    /** "Person | Title | State"; absent: "| Person | Title" (no such post), or "| Person | Title | State" (none of that state). */
    @TestFactory
    Stream<DynamicTest> posts() {
        return cases(POST_CASES, (claims, expected) -> {
            List<String> found = posts(claims);
            assertTrue(found.contains(expected), "post " + expected + " among " + found);
        }, (claims, expected) -> {
            String[] parts = expected.replaceFirst("^\\| ", "").split(" \\| ");
            assertTrue(claims.posts().stream().noneMatch(p -> p.person().label().equals(parts[0]) && p.title().equals(parts[1])
                            && (parts.length < 3 || p.in() != null && p.in().label().equals(parts[2]))),
                    "no post " + parts[1] + " for " + parts[0] + ": " + posts(claims));
        });
    }

    private static List<String> posts(Claims claims) {
        return claims.posts().stream()
                .map(p -> p.person().label() + " | " + p.title() + " | " + (p.in() == null ? "" : p.in().label())).toList();
    }

    /** "TYPE date [planned]"; absent: no such event, planned or not ("no TYPE date"), or no planned one ("no TYPE date planned"). */
    @TestFactory
    Stream<DynamicTest> eventDates() {
        return cases(DATE_CASES, (claims, expected) -> {
            List<String> found = eventDates(claims);
            assertTrue(found.contains(expected), expected + " among " + found);
        }, (claims, event) -> {
            List<String> found = eventDates(claims);
            // "no TYPE date" rules out the event planned or not; "no TYPE date planned" only the planned one.
            assertTrue(found.stream().noneMatch(f -> f.equals(event) || !event.endsWith(" planned") && f.equals(event + " planned")),
                    "no " + event + " among " + found);
        });
    }

    private static List<String> eventDates(Claims claims) {
        return claims.events().stream()
                .map(e -> e.type() + " " + (e.date() == null ? "-" : e.date()) + (e.planned() ? " planned" : "")).toList();
    }

    /** "Label (TYPE)"; absent: no entity with that label. */
    @TestFactory
    Stream<DynamicTest> entities() {
        return cases(ENTITY_CASES, (claims, expected) -> {
            List<String> found = claims.entities().stream().map(e -> e.label() + " (" + e.type() + ")").toList();
            assertTrue(found.contains(expected), expected + " among " + found);
        }, (claims, label) -> assertTrue(claims.entities().stream().noneMatch(e -> e.label().equals(label)),
                "no " + label + " among " + claims.entities()));
    }

    /** "TYPE | participant, participant | place"; absent: "TYPE | participant", no event of the type with them. */
    @TestFactory
    Stream<DynamicTest> eventRoles() {
        return cases(ROLE_CASES, (claims, expected) -> {
            String[] parts = expected.split(" \\| ");
            EventType type = EventType.valueOf(parts[0]);
            Set<String> who = new TreeSet<>(List.of(parts[1].split(", ")));
            assertTrue(claims.events().stream().anyMatch(e -> e.type() == type
                    && new TreeSet<>(e.participants().stream().map(p -> p.label()).toList()).equals(who)
                    && (e.place() == null ? "-" : e.place().label()).equals(parts[2])), expected + " among " + claims.events());
        }, (claims, expected) -> {
            String[] parts = expected.split(" \\| ");
            EventType type = EventType.valueOf(parts[0]);
            assertTrue(claims.events().stream().noneMatch(e -> e.type() == type
                    && e.participants().stream().anyMatch(p -> p.label().equals(parts[1]))), "no " + expected + ": " + claims.events());
        });
    }

    @TestFactory
    Stream<DynamicTest> characterisationRules() {
        return RuleFiles.rows(CHARACTERISATION_CASES, 4).stream().map(c -> dynamicTest(c[0] + ": " + c[2], () -> {
            Claims claims = TestData.claims(c[1], c[2]);
            assertTrue(claims.characterisations().stream().anyMatch(x -> x.rule().equals(c[0]) && x.subjectLabel().equals(c[3])),
                    "rule " + c[0] + " characterises " + c[3] + ": " + claims.characterisations());
        }));
    }

    @Test
    void everyRuleHasACase() {
        Set<String> missing = new TreeSet<>();
        missing.addAll(uncovered(Path.of("data/rules/events.tsv"), 3, EVENT_CASES));
        missing.addAll(uncovered(Path.of("data/rules/characterisations.tsv"), 3, CHARACTERISATION_CASES));
        assertTrue(missing.isEmpty(), "rules without a test case: " + missing);
    }

    private static List<String> uncovered(Path rules, int columns, Path cases) {
        Set<String> tested = new TreeSet<>();
        RuleFiles.rows(cases, 4).forEach(c -> tested.add(c[0]));
        List<String> out = new ArrayList<>();
        for (String[] r : RuleFiles.rows(rules, columns)) {
            if (!tested.contains(r[0])) {
                out.add(r[0]);
            }
        }
        return out;
    }
}
