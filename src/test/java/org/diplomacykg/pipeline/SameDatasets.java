package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplomacykg.graph.PROV;

/** Compares converted datasets: the same graph names, each graph isomorphic but for the conversion times. */
public final class SameDatasets {
    private static final List<Node> TIMES = List.of(PROV.startedAtTime.asNode(), PROV.endedAtTime.asNode(), PROV.generatedAtTime.asNode());

    private SameDatasets() {}

    public static void assertSame(DatasetGraph expected, DatasetGraph actual, String how) {
        Set<String> names = names(expected);
        assertEquals(names, names(actual), how + ": the same named graphs");
        for (String name : names) {
            assertSameGraph(expected.getGraph(NodeFactory.createURI(name)), actual.getGraph(NodeFactory.createURI(name)), how + ": graph " + name);
        }
    }

    public static void assertSameGraph(Graph expected, Graph actual, String what) {
        Graph e = withoutTimes(expected);
        Graph a = withoutTimes(actual);
        assertTrue(e.isIsomorphicWith(a), what + " differs (" + e.size() + " vs " + a.size() + " triples)");
    }

    private static Set<String> names(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> out.add(g.getURI()));
        return out;
    }

    /** The graph without the conversion times of the provenance, which differ from run to run. */
    public static Graph withoutTimes(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            if (!TIMES.contains(t.getPredicate())) {
                out.add(t);
            }
        });
        return out;
    }
}
