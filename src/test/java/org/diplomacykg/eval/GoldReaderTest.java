package org.diplomacykg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFormatAndIgnoresUnknownKeys() throws Exception {
        Path f = dir.resolve("x.json");
        Files.writeString(f, """
                {"article": "x", "notes": "ignored",
                 "entities": [{"name": "John Kerry", "type": "Person", "wikidata": "Q22316", "alias": "JK"}],
                 "posts": [{"person": "John Kerry", "post": "Secretary of State", "of": "United States", "to": "Kazakhstan"}],
                 "events": [{"type": "Visit", "participants": ["John Kerry"], "place": null, "country": "Turkmenistan",
                             "date": null, "planned": true, "key": "k", "end_date": "2015-11-03", "evidence": "expected to visit"},
                            {"type": "Speech", "participants": ["John Kerry"], "place": "Astana", "country": "Kazakhstan",
                             "date": "2015-11-02", "venue": "Nazarbayev University"}],
                 "quotes": [{"speaker": "a senior US official", "anonymous": true, "text": "words", "evidence": "said"}],
                 "characterisations": [{"speaker": "John Kerry", "subject": "Kyrgyzstan", "as": "a vital partner"}],
                 "topics": ["security"]}
                """);
        GoldClaims g = GoldReader.read(f);
        assertEquals("x", g.article());
        assertEquals("Q22316", g.entities().get(0).wikidata());
        assertEquals("United States", g.posts().get(0).of());
        assertTrue(g.events().get(0).planned());
        assertNull(g.events().get(0).date());
        assertNull(g.events().get(0).place());
        assertFalse(g.events().get(1).planned());
        assertEquals(LocalDate.of(2015, 11, 2), g.events().get(1).date());
        assertTrue(g.quotes().get(0).anonymous());
        assertEquals("a vital partner", g.characterisations().get(0).as());
        assertEquals(List.of("security"), g.topics());
        assertEquals(List.of(), g.entities().get(0).aliases(), "'alias' is no key of the format");
        assertEquals(List.of(), g.descriptiveLabels());
    }

    @Test
    void readsEntityAliasesAndDescriptiveLabels() throws Exception {
        Path f = dir.resolve("y.json");
        Files.writeString(f, """
                {"entities": [{"name": "Pushpa Kamal Dahal", "type": "Person", "aliases": ["Prachanda"]}],
                 "descriptive_labels": ["Prime Minister of India", "government statement"]}
                """);
        GoldClaims g = GoldReader.read(f);
        assertEquals(List.of("Prachanda"), g.entities().get(0).aliases());
        assertEquals(List.of("Prime Minister of India", "government statement"), g.descriptiveLabels());
        assertEquals("descriptive_labels[1] is not a name", problem("{\"descriptive_labels\": [\"a\", 3]}"));
    }

    @Test
    void faultsSayWhere() throws IOException {
        assertEquals("events[0].type 'Meeting' is not one of " + GoldClaims.EVENT_TYPES,
                problem("{\"events\": [{\"type\": \"Meeting\", \"participants\": []}]}"));
        assertEquals("events[0].date '1 November' is not a date YYYY-MM-DD",
                problem("{\"events\": [{\"type\": \"Visit\", \"participants\": [], \"date\": \"1 November\"}]}"));
        assertEquals("entities[1].name is missing or empty",
                problem("{\"entities\": [{\"name\": \"A\", \"type\": \"State\"}, {\"type\": \"State\"}]}"));
        assertTrue(problem("{not json").startsWith("not valid JSON"));
        assertEquals("topics is not an array", problem("{\"topics\": \"security\"}"));
    }

    private String problem(String json) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        GoldException e = assertThrows(GoldException.class, () -> GoldReader.read(f));
        assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
        return e.problem();
    }

    /** Every gold file of the project reads: a typo in a type name or a date fails here, not in the middle of a run. */
    @TestFactory
    Stream<DynamicTest> everyProjectGoldFileReads() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path d : List.of(Path.of("data", "gold"), Path.of("data", "dev", "gold"))) {
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            }
        }
        return files.stream().map(f -> dynamicTest(f.toString(), () -> {
            GoldClaims g = GoldReader.read(f);
            String name = f.getFileName().toString();
            assertEquals(name.substring(0, name.length() - 5), g.article(), "the article key names the file");
        }));
    }
}
