package org.diplomacykg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplomacykg.TestData;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.graph.PROV;
import org.diplomacykg.pipeline.Converter;
import org.junit.jupiter.api.Test;

/**
 * Adding articles one at a time, in either order, gives the same graphs (isomorphic, the same IRIs) as converting
 * them all at once: consolidation depends on the set of articles, not on their arrival.
 */
class IncrementalTest {
    private static final Path A = Path.of("data/articles/000-us-seeks-rapprochement.txt");
    private static final Path B = Path.of("data/articles/002-united-states-returns.txt");

    @Test
    void addingInEitherOrderEqualsAFullRebuild() {
        Converter c = TestData.converter();
        DatasetGraph full = TestData.seedDataset();
        DatasetGraph ab = DatasetGraphFactory.createTxnMem();
        c.add(ab, List.of(A));
        c.add(ab, List.of(B));
        DatasetGraph ba = DatasetGraphFactory.createTxnMem();
        c.add(ba, List.of(B));
        c.add(ba, List.of(A));
        assertSameGraphs(full, ab, "A then B");
        assertSameGraphs(full, ba, "B then A");
        Node consolidated = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "graph/consolidated");
        assertTrue(full.getGraph(consolidated).size() > 50, "the consolidated graph is there");
    }

    @Test
    void addingTheSameArticleAgainChangesNothing() {
        Converter c = TestData.converter();
        DatasetGraph twice = DatasetGraphFactory.createTxnMem();
        c.add(twice, List.of(A, B));
        c.add(twice, List.of(B));
        assertSameGraphs(TestData.seedDataset(), twice, "B added twice");
    }

    private static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual, String how) {
        Set<String> names = new TreeSet<>();
        expected.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
        Set<String> actualNames = new TreeSet<>();
        actual.listGraphNodes().forEachRemaining(g -> actualNames.add(g.getURI()));
        assertEquals(names, actualNames, how + ": the same named graphs");
        for (String name : names) {
            Graph e = withoutTimes(expected.getGraph(NodeFactory.createURI(name)));
            Graph a = withoutTimes(actual.getGraph(NodeFactory.createURI(name)));
            assertTrue(e.isIsomorphicWith(a), how + ": graph " + name + " differs (" + e.size() + " vs " + a.size() + " triples)");
        }
    }

    /** The graph without the conversion times of the provenance, which differ from run to run. */
    private static Graph withoutTimes(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        List<Node> times = new ArrayList<>(List.of(PROV.startedAtTime.asNode(), PROV.endedAtTime.asNode(), PROV.generatedAtTime.asNode()));
        g.find().forEachRemaining(t -> {
            if (!times.contains(t.getPredicate())) {
                out.add(t);
            }
        });
        return out;
    }
}
