package org.diplomacykg.eval;

import org.diplomacykg.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} on the command line: output, JSON shape and exit status. */
class EvaluateCommandTest {
    private static final String SEED = "000-us-seeks-rapprochement";

    @TempDir
    Path dir;

    private static CliRun.Result run(String... args) {
        return CliRun.run(args);
    }

    private Path[] oneSeed() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.copy(Path.of("data", "articles", SEED + ".txt"), articles.resolve(SEED + ".txt"));
        Files.copy(Path.of("data", "gold", SEED + ".json"), gold.resolve(SEED + ".json"));
        return new Path[] {articles, gold};
    }

    @Test
    void jsonHasOverallByTypeAndUnmatched() throws Exception {
        Path[] d = oneSeed();
        Files.writeString(d[0].resolve("no-gold.txt"), Files.readString(d[0].resolve(SEED + ".txt")));
        CliRun.Result r = run("evaluate", "--articles", d[0].toString(), "--gold", d[1].toString(), "--json");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("no-gold.txt"), "skipped article noted on stderr: " + r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (String k : List.of("extracted", "gold", "matched", "precision", "recall", "f1")) {
            assertTrue(json.path("overall").path(k).isNumber(), k + " in " + json.path("overall"));
        }
        for (ClaimType t : ClaimType.values()) {
            assertTrue(json.path("byType").path(t.key()).path("f1").isNumber(), t.key());
            assertTrue(json.path("unmatched").path(SEED).path("missed").path(t.key()).isArray(), t.key());
            assertTrue(json.path("unmatched").path(SEED).path("invented").path(t.key()).isArray(), t.key());
        }
        int sum = 0;
        for (ClaimType t : ClaimType.values()) {
            sum += json.path("byType").path(t.key()).path("gold").asInt();
        }
        assertEquals(json.path("overall").path("gold").asInt(), sum, "overall is the sum over types");
    }

    @Test
    void tablePrintsEveryRowAndTheUnmatchedClaims() throws Exception {
        Path[] d = oneSeed();
        CliRun.Result r = run("evaluate", "--articles", d[0].toString(), "--gold", d[1].toString());
        assertEquals(0, r.status(), r.err());
        for (String row : List.of("entities", "posts", "events", "quotes", "characterisations", "topics", "overall", "precision")) {
            assertTrue(r.out().contains(row), row + " in\n" + r.out());
        }
        assertTrue(r.out().contains(SEED + "\n"), r.out());
    }

    @Test
    void goldWithoutArticleOrUnreadableGoldExits1AndNamesIt() throws Exception {
        Path[] d = oneSeed();
        Files.writeString(d[1].resolve("lost.json"), "{}");
        CliRun.Result r = run("evaluate", "--articles", d[0].toString(), "--gold", d[1].toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("lost.json"), r.err());
        Files.delete(d[1].resolve("lost.json"));
        Files.writeString(d[1].resolve(SEED + ".json"), "{\"events\": [{\"type\": \"Party\"}]}");
        CliRun.Result bad = run("evaluate", "--articles", d[0].toString(), "--gold", d[1].toString());
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains(SEED + ".json") && bad.err().contains("Party"), bad.err());
    }

    @Test
    void badUsageExits2AndHelpExits0() {
        assertEquals(2, run("evaluate", "--articles", "data/articles").status(), "--gold is required");
        assertEquals(2, run("evaluate", "--articles", dir.resolve("none").toString(), "--gold", "data/gold").status());
        assertEquals(2, run("evaluate", "--articles", "data/articles", "--gold", "data/gold", "--gazetteer", "nowhere.ttl").status());
        CliRun.Result help = run("evaluate", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("Exit status") && help.out().contains("--json") && help.out().contains("--gazetteer"), help.out());
    }
}
