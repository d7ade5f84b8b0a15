package org.diplomacykg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A read-only view of a dataset whose default graph is the union of its named graphs.
 * <p>
 * Why: our datasets keep every triple in a named graph (one per article, plus metadata, ontology and
 * gazetteer), and a query without {@code GRAPH} must see all of them. ARQ 5.6 has no context switch for
 * this on general datasets, only TDB's {@link TDB2#symUnionDefaultGraph}. So:
 * <ul>
 * <li>general datasets: ARQ's main engine reads the default graph through {@link #getDefaultGraph()}, but
 *     only if it sees this wrapper. It unwraps any {@code DatasetGraphWrapper} for query
 *     ({@code QueryEngineFactoryWrapper}) unless the wrapper is a {@link DatasetGraphWrapperView}, as Jena's
 *     own {@code DatasetGraphFilteredView} is; {@link #create} returns such a view.</li>
 * <li>TDB2: queries must reach TDB2's own engine, so the wrapper is <em>not</em> a view; ARQ unwraps it and
 *     the query context must carry {@link TDB2#symUnionDefaultGraph}. The wrapper still serves the Graph
 *     Store Protocol, which reads {@link #getDefaultGraph()} directly.</li>
 * </ul>
 * Either way the wrapper has its own copy of the base dataset's context, so settings made for serving do not
 * leak into the caller's dataset. The server serves its datasets through it, and whoever runs the endpoint's queries
 * in-process (the reasoning experiments, tests) reads through {@link #create}, so their answers are the endpoint's.
 */
public class UnionDefaultGraphView extends DatasetGraphReadOnly {

    /** The wrapper for {@code base}; if {@link #needsUnionContext}, queries also need the TDB2 union setting. */
    public static UnionDefaultGraphView create(DatasetGraph base) {
        return needsUnionContext(base) ? new UnionDefaultGraphView(base) : new ForQuery(base);
    }

    /**
     * What the server serves for {@code base}: the union view ({@link #create}), or, with {@code update}, a writable
     * one whose default graph still reads as the union while writes go to the stored graphs ({@link Writable}); without
     * {@code union}, the dataset as it is (read-only unless {@code update}).
     */
    public static DatasetGraph served(DatasetGraph base, boolean union, boolean update) {
        if (!union)
            return update ? base : new DatasetGraphReadOnly(base, base.getContext().copy());
        if (!update)
            return create(base);
        return needsUnionContext(base) ? new Writable(base) : new WritableForQuery(base);
    }

    /** Whether queries run on a store whose own engine does the union, when told so by its context. */
    public static boolean needsUnionContext(DatasetGraph base) {
        return TDBInternal.isBackedByTDB(base);
    }

    private UnionDefaultGraphView(DatasetGraph base) {
        super(base, base.getContext().copy());
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        // The Graph Store Protocol asks for the default graph by name.
        if (Quad.isDefaultGraph(graphNode))
            return getUnionGraph();
        return super.getGraph(graphNode);
    }

    /**
     * The writable form, for SPARQL Update: reads of the default graph see the union (so an update's WHERE matches what
     * a query matches); inserts and deletes go to the base dataset, the default graph's to its stored default graph.
     */
    public static class Writable extends DatasetGraphWrapper {
        Writable(DatasetGraph base) {
            super(base, base.getContext().copy());
            if (needsUnionContext(base))
                getContext().set(TDB2.symUnionDefaultGraph, true);
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }
    }

    /** {@link Writable}, seen by ARQ's main query engine as it is. */
    private static final class WritableForQuery extends Writable implements DatasetGraphWrapperView {
        WritableForQuery(DatasetGraph base) {
            super(base);
        }
    }

    /** Seen by ARQ's main query engine as it is, not unwrapped. */
    private static final class ForQuery extends UnionDefaultGraphView implements DatasetGraphWrapperView {
        ForQuery(DatasetGraph base) {
            super(base);
        }
    }
}
