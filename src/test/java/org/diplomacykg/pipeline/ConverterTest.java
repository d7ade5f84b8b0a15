package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.diplomacykg.TestData;
import org.diplomacykg.graph.IriMinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConverterTest {
    @TempDir
    Path dir;

    @Test
    void seedsGiveOneGraphPerArticlePlusMetadataOntologyGazetteer() {
        ConversionReport r = TestData.seeds();
        assertTrue(r.ok(), r.failed().toString());
        assertEquals(2, r.converted().size());
        for (String g : List.of("graph/article/000-us-seeks-rapprochement", "graph/article/002-united-states-returns",
                "graph/metadata", "graph/ontology", "graph/gazetteer")) {
            var node = NodeFactory.createURI(IriMinter.DEFAULT_BASE + g);
            assertTrue(r.dataset().containsGraph(node) && r.dataset().getGraph(node).size() > 10, g);
        }
    }

    @Test
    void badArticleIsReportedAndTheOthersStillConverted() throws Exception {
        Files.copy(Path.of("data/articles/002-united-states-returns.txt"), dir.resolve("good.txt"));
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 3});
        ConversionReport r = TestData.converter().convertAll(List.of(dir.resolve("binary.txt"), dir.resolve("empty.txt"), dir.resolve("good.txt")));
        assertEquals(1, r.converted().size());
        assertEquals(2, r.failed().size());
        assertTrue(r.failed().stream().anyMatch(f -> f.file().endsWith("empty.txt") && f.problem().contains("empty")));
        assertTrue(r.dataset().containsGraph(NodeFactory.createURI(IriMinter.DEFAULT_BASE + "graph/article/good")));
    }
}
