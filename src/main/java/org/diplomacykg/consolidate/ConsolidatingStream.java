package org.diplomacykg.consolidate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplomacykg.graph.IriMinter;

/**
 * A sink of quads that consolidates them as they pass on to the next one: it keeps of each article graph only its
 * {@link Consolidator.ArticleReports} (the graph is held while its block of quads passes, an article graph coming as
 * one block), of every quad what the {@link Consolidator.Context} reads, and at {@link #finish()} sends
 * {@code graph/consolidated} on before finishing the next sink. The quads it consolidates come before: the articles',
 * the metadata and the gazetteer graph. It is the one way into consolidation: a dataset at rest (a TDB2 store
 * consolidated again after a load) is read through it too, its graphs sent as a conversion sends them
 * ({@link #consolidated(DatasetGraph, IriMinter)}).
 */
public final class ConsolidatingStream extends StreamRDFWrapper {
    private final Consolidator consolidator;
    private final IriMinter minter;
    private final Consolidator.Context context;
    private final Consumer<Graph> consolidated;
    private final Map<String, Consolidator.ArticleReports> reports = new LinkedHashMap<>();
    private String article;
    private Graph held;

    /**
     * @param next         where every quad goes on, the consolidated graph's last
     * @param minter       the IRIs of the graphs
     * @param consolidated told the consolidated graph before it is sent on
     */
    public ConsolidatingStream(StreamRDF next, IriMinter minter, Consumer<Graph> consolidated) {
        super(next);
        this.consolidator = new Consolidator(minter);
        this.minter = minter;
        this.context = new Consolidator.Context(minter);
        this.consolidated = consolidated;
    }

    /**
     * The consolidated graph of a dataset's article graphs: the dataset's graphs are sent through a consolidating
     * stream as a conversion sends them, each article graph as one block, then the other graphs (metadata, gazetteer,
     * ontology, …) and the default graph, all but the consolidated graph itself, which is what is made again. Reads the
     * dataset (the caller holds a transaction when it needs one) and changes nothing in it.
     */
    public static Graph consolidated(DatasetGraph dsg, IriMinter minter) {
        Graph[] out = new Graph[1];
        ConsolidatingStream stream = new ConsolidatingStream(StreamRDFLib.sinkNull(), minter, g -> out[0] = g);
        Node consolidatedGraph = NodeFactory.createURI(minter.consolidatedGraph());
        List<Node> articles = new ArrayList<>();
        List<Node> others = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && minter.articleIdOfGraph(g.getURI()) != null) {
                articles.add(g);
            } else if (!g.equals(consolidatedGraph)) {
                others.add(g);
            }
        });
        stream.start();
        for (Node g : articles) {
            dsg.getGraph(g).find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
        }
        for (Node g : others) {
            dsg.getGraph(g).find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
        }
        dsg.getDefaultGraph().find().forEachRemaining(stream::triple);
        stream.finish();
        return out[0];
    }

    @Override
    public void triple(Triple t) {
        context.add(t);
        super.triple(t);
    }

    @Override
    public void quad(Quad q) {
        Node g = q.getGraph();
        String articleId = g.isURI() ? minter.articleIdOfGraph(g.getURI()) : null;
        if (articleId != null && !articleId.equals(article)) {
            release();
            article = articleId;
            held = GraphFactory.createDefaultGraph();
        }
        if (articleId != null) {
            held.add(q.asTriple());
        }
        context.add(q.asTriple());
        super.quad(q);
    }

    @Override
    public void finish() {
        release();
        Graph g = consolidator.build(reports.values(), context).getGraph();
        consolidated.accept(g);
        Node name = NodeFactory.createURI(minter.consolidatedGraph());
        g.find().forEachRemaining(t -> super.quad(Quad.create(name, t)));
        super.finish();
    }

    /** Reads the article graph held into its reports. */
    private void release() {
        if (article != null) {
            Consolidator.ArticleReports r = consolidator.reports(article, held);
            reports.merge(article, r, (a, b) -> {
                throw new IllegalStateException("article graph " + article + " came in two blocks");
            });
            article = null;
            held = null;
        }
    }
}
