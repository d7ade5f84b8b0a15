package org.diplomacykg.validate;

import org.diplomacykg.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.TestData;
import org.diplomacykg.store.DatasetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate}: exit status 0 on conforming data, 1 on violations, 2 on bad usage; list or Turtle report. And the
 * validation step of {@code convert}.
 */
class ValidateCommandTest {
    @TempDir
    Path dir;

    private static CliRun.Result run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void theConvertedSeedsConformExit0() {
        Path trig = dir.resolve("seeds.trig");
        DatasetFiles.writeTrig(TestData.seedDataset(), trig);
        CliRun.Result r = run("validate", trig.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("SHACL: conforms (0 violations)"), r.out());
    }

    @Test
    void violationsExit1AndAreListed() throws Exception {
        Path trig = dir.resolve("broken.trig");
        Files.writeString(trig, """
                PREFIX dkg: <https://w3id.org/diplomacy-kg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                <https://w3id.org/diplomacy-kg/graph/article/t> {
                  <https://w3id.org/diplomacy-kg/id/post/p> a dkg:Post ; rdfs:label "President"@en ; dkg:postTitle "President" .
                }
                """);
        CliRun.Result r = run("validate", trig.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("Violation: https://w3id.org/diplomacy-kg/id/post/p <https://w3id.org/diplomacy-kg/ontology#postIn>"), r.out());
        assertTrue(r.out().contains("SHACL: does not conform: 1 violation"), r.out());

        CliRun.Result t = run("validate", "--turtle", trig.toString());
        assertEquals(1, t.status());
        assertTrue(t.out().contains("sh:ValidationReport") && t.out().contains("sh:conforms") && t.out().contains("false"), t.out());
    }

    @Test
    void unreadableDataExits1() throws Exception {
        Path trig = dir.resolve("bad.trig");
        Files.writeString(trig, "this is not TriG");
        CliRun.Result r = run("validate", trig.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("cannot read"), r.err());
    }

    @Test
    void convertExits1WhenItsOutputViolatesTheShapesUnlessToldNotToValidate() throws Exception {
        TestData.converter(); // the NLP pipeline, loaded once for the JVM
        Path strict = dir.resolve("strict-shapes.ttl");
        Files.writeString(strict, """
                PREFIX sh:  <http://www.w3.org/ns/shacl#>
                PREFIX dkg: <https://w3id.org/diplomacy-kg/ontology#>
                [] a sh:NodeShape ; sh:targetClass dkg:Article ;
                   sh:property [ sh:path dkg:noSuchProperty ; sh:minCount 1 ] .
                """);
        String article = "data/articles/000-us-seeks-rapprochement.txt";
        CliRun.Result r = run("convert", article, "-o", dir.resolve("a.trig").toString(), "--shapes", strict.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("SHACL: does not conform: 1 violation"), r.out());
        assertTrue(r.err().contains("https://w3id.org/diplomacy-kg/id/article/000-us-seeks-rapprochement"), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("a.trig")), "the output is written all the same");

        CliRun.Result skip = run("convert", article, "-o", dir.resolve("b.trig").toString(), "--shapes", strict.toString(), "--no-validate");
        assertEquals(0, skip.status(), skip.out() + skip.err());
        assertFalse(skip.out().contains("SHACL"), skip.out());

        assertEquals(2, run("convert", article, "-o", dir.resolve("c.trig").toString(), "--shapes",
                dir.resolve("missing.ttl").toString()).status());
    }

    @Test
    void badUsageExits2AndHelpExits0() {
        assertEquals(2, run("validate", dir.resolve("missing.trig").toString()).status());
        assertEquals(2, run("validate", "--no-such-option").status());
        Path empty = dir.resolve("empty.trig");
        DatasetFiles.writeTrig(org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem(), empty);
        assertEquals(2, run("validate", empty.toString(), "--shapes", dir.resolve("missing-shapes.ttl").toString()).status());
        CliRun.Result help = run("validate", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--shapes") && help.out().contains("--turtle") && help.out().contains("Exit status"), help.out());
        CliRun.Result convertHelp = run("convert", "--help");
        assertTrue(convertHelp.out().contains("--no-validate"), convertHelp.out());
    }
}
