package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.diplomacykg.TestData;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The case files of src/test/resources/rules/: sentences written for the tests (not from the seed articles), one case a
 * row, with what the converter must (or must not) find in them. Each file's format is in its header; every row is a
 * test named {@code file:line kind}. Every rule of the rule files has such a case: adding a rule without one fails the
 * build, and so does a case file that no check here reads.
 * <ul>
 * <li>event-cases.tsv, characterisation-cases.tsv: each rule of data/rules/events.tsv and characterisations.tsv fires.
 * <li>event-role-cases.tsv: participants and place; event-date-cases.tsv: date and planned; post-cases.tsv: posts;
 * entity-cases.tsv: entities; quote-cases.tsv: quotes and speakers; characterisation-negative-cases.tsv: sentences
 * that hold no characterisation (intents, plain facts, negations, conditions, modals, paired subjects, quoted clauses).
 * </ul>
 * The NLP pipeline is loaded once per test JVM ({@link TestData#converter()}).
 */
class CaseFilesTest {
    private static final Path DIR = Path.of("src/test/resources/rules");
    private static final Path EVENT_CASES = DIR.resolve("event-cases.tsv");
    private static final Path CHARACTERISATION_CASES = DIR.resolve("characterisation-cases.tsv");

    /** The check of each case file, by file name. */
    private static final Map<String, Consumer<Row>> CHECKS = Map.of(
            "event-cases.tsv", CaseFilesTest::eventRule,
            "characterisation-cases.tsv", CaseFilesTest::characterisationRule,
            "characterisation-negative-cases.tsv", CaseFilesTest::noCharacterisation,
            "entity-cases.tsv", CaseFilesTest::entities,
            "event-role-cases.tsv", CaseFilesTest::eventRoles,
            "event-date-cases.tsv", CaseFilesTest::eventDates,
            "post-cases.tsv", CaseFilesTest::posts,
            "quote-cases.tsv", CaseFilesTest::quotes);

    /** A row of a case file: kind (or rule), article date, text, expected; at its line (from 1). */
    private record Row(Path file, int line, String[] cols) {
        String kind() {
            return cols[0];
        }

        String date() {
            return cols[1];
        }

        String text() {
            return cols[2];
        }

        /** The text with each "\n" a line break. */
        String lines() {
            return cols[2].replace("\\n", "\n");
        }

        String expected() {
            return cols[3];
        }
    }

    @TestFactory
    Stream<DynamicContainer> caseFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        return files.stream().map(file -> {
            String name = file.getFileName().toString();
            Consumer<Row> check = CHECKS.get(name);
            if (check == null) {
                return dynamicContainer(name, file.toUri(), Stream.of(dynamicTest(name + ": no check reads this case file", file.toUri(),
                        () -> fail(file + " is a case file that no check of CaseFilesTest reads"))));
            }
            return dynamicContainer(name, file.toUri(), rows(file).stream().map(r -> dynamicTest(
                    name + ":" + r.line() + " " + r.kind(), URI.create(file.toUri() + "?line=" + r.line()), () -> {
                        assertEquals(4, r.cols().length, file + ":" + r.line() + ": expected 4 tab-separated columns");
                        check.accept(r);
                    })));
        });
    }

    /** The non-blank, non-comment lines of a case file, split at tabs and trimmed, with their line numbers. */
    private static List<Row> rows(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            for (int c = 0; c < cols.length; c++) {
                cols[c] = cols[c].trim();
            }
            out.add(new Row(file, i + 1, cols));
        }
        return out;
    }

    /** "rule article-date sentence TYPE": the rule gives an event of the type. */
    private static void eventRule(Row r) {
        Claims claims = TestData.claims(r.date(), r.text());
        EventType type = EventType.valueOf(r.expected());
        assertTrue(claims.events().stream().anyMatch(e -> e.type() == type && List.of(e.rule().split("\\+")).contains(r.kind())),
                "rule " + r.kind() + " gives a " + type + ": " + claims.events());
    }

    /** "rule article-date sentence subject": the rule characterises the subject. */
    private static void characterisationRule(Row r) {
        Claims claims = TestData.claims(r.date(), r.text());
        assertTrue(claims.characterisations().stream().anyMatch(x -> x.rule().equals(r.kind()) && x.subjectLabel().equals(r.expected())),
                "rule " + r.kind() + " characterises " + r.expected() + ": " + claims.characterisations());
    }

    /**
     * The text ("\n" a line break) is converted, and each expectation (joined by " ;; ") is checked as present, or as
     * absent when it starts with "no ".
     */
    private static void expectations(Row r, BiConsumer<Claims, String> present, BiConsumer<Claims, String> absent) {
        Claims claims = TestData.claims(r.date(), r.lines());
        for (String expected : r.expected().split(" ;; ")) {
            if (expected.startsWith("no ")) {
                absent.accept(claims, expected.substring(3));
            } else {
                present.accept(claims, expected);
            }
        }
    }

    /** "Person | Title | State"; absent: "| Person | Title" (no such post), or "| Person | Title | State" (none of that state). */
    private static void posts(Row r) {
        expectations(r, (claims, expected) -> {
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
    private static void eventDates(Row r) {
        expectations(r, (claims, expected) -> {
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
                .map(e -> e.type() + " " + (e.date() == null ? "-" : e.date()) + (e.period() == null ? "" : " in " + e.period())
                        + (e.planned() ? " planned" : "")).toList();
    }

    /** "Label (TYPE)"; absent: no entity with that label. */
    private static void entities(Row r) {
        expectations(r, (claims, expected) -> {
            List<String> found = claims.entities().stream().map(e -> e.label() + " (" + e.type() + ")").toList();
            assertTrue(found.contains(expected), expected + " among " + found);
        }, (claims, label) -> assertTrue(claims.entities().stream().noneMatch(e -> e.label().equals(label)),
                "no " + label + " among " + claims.entities()));
    }

    /** "TYPE | participant, participant | place"; absent: "TYPE | participant", no event of the type with them. */
    private static void eventRoles(Row r) {
        expectations(r, (claims, expected) -> {
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

    /**
     * Quotes and speakers: "Speaker | first words of the quote", several joined by " ;; "; "none | first words" for a
     * quote that must not get a named speaker. The subject outside the quotation, descriptions resolved to the one post
     * holder (or kept), "quoted X as saying", continuations, transcript labels.
     */
    private static void quotes(Row r) {
        Claims claims = TestData.claims(r.date(), r.lines());
        List<String> found = claims.quotes().stream()
                .map(q -> (q.speaker() != null ? q.speaker().label() : "(" + q.speakerDescription() + ")") + " | " + q.text()
                        + " [" + q.rule() + "]")
                .toList();
        for (String expected : r.expected().split(" ;; ")) {
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
    }

    /**
     * No characterisation: "none" (none at all), "not SUBJECT", "not SUBJECT | words in the description", or "not by
     * SPEAKER" (none by that speaker or speaker description).
     */
    private static void noCharacterisation(Row r) {
        Claims claims = TestData.claims(r.date(), r.text());
        List<String> found = claims.characterisations().stream()
                .map(x -> (x.speaker() != null ? x.speaker().label() : "(" + x.speakerDescription() + ")") + ": "
                        + x.subjectLabel() + " as " + x.as() + " [" + x.rule() + "]")
                .toList();
        String expected = r.expected();
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
    }

    @Test
    void everyRuleHasACase() {
        Set<String> missing = new TreeSet<>();
        missing.addAll(uncovered(Path.of("data/rules/events.tsv"), 4, EVENT_CASES));
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
