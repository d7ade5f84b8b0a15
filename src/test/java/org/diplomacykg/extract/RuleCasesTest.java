package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    @TestFactory
    Stream<DynamicTest> posts() {
        return RuleFiles.rows(POST_CASES, 4).stream().map(c -> dynamicTest(c[0] + ": " + c[2], () -> {
            Claims claims = TestData.claims(c[1], c[2]);
            List<String> found = claims.posts().stream()
                    .map(p -> p.person().label() + " | " + p.title() + " | " + (p.in() == null ? "" : p.in().label())).toList();
            for (String expected : c[3].split(" ;; ")) {
                if (expected.startsWith("no | ")) {
                    String[] parts = expected.split(" \\| ");
                    assertTrue(claims.posts().stream().noneMatch(p -> p.person().label().equals(parts[1]) && p.title().equals(parts[2])),
                            "no post " + parts[2] + " for " + parts[1] + ": " + found);
                } else {
                    assertTrue(found.contains(expected), "post " + expected + " among " + found);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> eventDates() {
        return RuleFiles.rows(DATE_CASES, 4).stream().map(c -> dynamicTest(c[0] + ": " + c[2], () -> {
            Claims claims = TestData.claims(c[1], c[2]);
            List<String> found = claims.events().stream()
                    .map(e -> e.type() + " " + (e.date() == null ? "-" : e.date()) + (e.planned() ? " planned" : "")).toList();
            for (String expected : c[3].split(" ;; ")) {
                if (expected.startsWith("no ")) {
                    String event = expected.substring(3);
                    assertTrue(found.stream().noneMatch(f -> f.equals(event) || f.equals(event + " planned")), "no " + event + " among " + found);
                } else {
                    assertTrue(found.contains(expected), expected + " among " + found);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> entities() {
        return RuleFiles.rows(ENTITY_CASES, 4).stream().map(c -> dynamicTest(c[0] + ": " + c[2], () -> {
            Claims claims = TestData.claims(c[1], c[2]);
            List<String> found = claims.entities().stream().map(e -> e.label() + " (" + e.type() + ")").toList();
            for (String expected : c[3].split(" ;; ")) {
                if (expected.startsWith("no ")) {
                    String label = expected.substring(3);
                    assertTrue(claims.entities().stream().noneMatch(e -> e.label().equals(label)), "no " + label + " among " + found);
                } else {
                    assertTrue(found.contains(expected), expected + " among " + found);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> eventRoles() {
        return RuleFiles.rows(ROLE_CASES, 4).stream().map(c -> dynamicTest(c[0] + ": " + c[2], () -> {
            Claims claims = TestData.claims(c[1], c[2]);
            for (String expected : c[3].split(" ;; ")) {
                String[] parts = expected.split(" \\| ");
                if (parts[0].startsWith("no ")) {
                    EventType type = EventType.valueOf(parts[0].substring(3));
                    assertTrue(claims.events().stream().noneMatch(e -> e.type() == type
                            && e.participants().stream().anyMatch(p -> p.label().equals(parts[1]))), "no " + expected + ": " + claims.events());
                    continue;
                }
                EventType type = EventType.valueOf(parts[0]);
                Set<String> who = new TreeSet<>(List.of(parts[1].split(", ")));
                assertTrue(claims.events().stream().anyMatch(e -> e.type() == type
                        && new TreeSet<>(e.participants().stream().map(p -> p.label()).toList()).equals(who)
                        && (e.place() == null ? "-" : e.place().label()).equals(parts[2])), expected + " among " + claims.events());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> characterisationRules() {
        return RuleFiles.rows(CHARACTERISATION_CASES, 4).stream().map(c -> dynamicTest(c[0] + ": " + c[2], () -> {
            Claims claims = TestData.claims(c[1], c[2]);
            assertTrue(claims.characterisations().stream().anyMatch(x -> x.rule().equals(c[0]) && x.subject().label().equals(c[3])),
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
