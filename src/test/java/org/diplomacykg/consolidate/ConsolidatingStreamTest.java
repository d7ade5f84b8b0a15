package org.diplomacykg.consolidate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.TestData;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.pipeline.SameDatasets;
import org.junit.jupiter.api.Test;

/**
 * Consolidation depends on the set of articles, not on their order; reading a dataset's article graphs again (as
 * {@code load} does with the store) gives the consolidated graph the stream gave; and what the stream keeps of an
 * article, its reports, is a small part of its graph.
 */
class ConsolidatingStreamTest {
    private static final Path A = Path.of("data/articles/000-us-seeks-rapprochement.txt");
    private static final Path B = Path.of("data/articles/002-united-states-returns.txt");
    private static final IriMinter MINTER = new IriMinter(IriMinter.DEFAULT_BASE);
    private static final Node CONSOLIDATED = NodeFactory.createURI(MINTER.consolidatedGraph());

    @Test
    void eitherOrderOfTheArticlesGivesTheSameDataset() {
        DatasetGraph ab = TestData.seedDataset();
        DatasetGraph ba = TestData.converter().convertAll(List.of(B, A)).dataset();
        SameDatasets.assertSame(ab, ba, "B then A");
        assertTrue(ab.getGraph(CONSOLIDATED).size() > 50, "the consolidated graph is there");
    }

    @Test
    void consolidatingTheDatasetAgainGivesTheStreamedConsolidatedGraph() {
        DatasetGraph dsg = TestData.seedDataset();
        Graph again = ConsolidatingStream.consolidated(dsg, MINTER);
        SameDatasets.assertSameGraph(dsg.getGraph(CONSOLIDATED), again, "the consolidated graph made again from the dataset");
    }

    @Test
    void theReportsKeptOfAnArticleAreASmallPartOfItsGraph() throws IOException {
        DatasetGraph dsg = TestData.seedDataset();
        Consolidator consolidator = new Consolidator(MINTER);
        long kept = 0;
        long written = 0;
        for (Node g : (Iterable<Node>) () -> dsg.listGraphNodes()) {
            String articleId = MINTER.articleIdOfGraph(g.getURI());
            if (articleId != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                    out.writeObject(consolidator.reports(articleId, dsg.getGraph(g)));
                }
                kept += bytes.size();
                written += dsg.getGraph(g).find().toList().stream().mapToLong(t -> t.toString().length()).sum();
            }
        }
        assertTrue(kept > 0 && kept * 3 < written, "kept " + kept + " bytes of " + written + " characters of article triples");
    }
}
