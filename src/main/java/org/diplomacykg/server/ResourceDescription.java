package org.diplomacykg.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the data document of one IRI holds, as quads (so each statement keeps the named graph, the article, that
 * makes it): a concise bounded description grown for browsing.
 * <ul>
 * <li>every statement about the IRI (outgoing), following blank nodes;</li>
 * <li>every statement about the hash IRIs of the document ({@code …/id/article/x#char=1,5} belongs to
 *     {@code …/id/article/x}) found through their links to it, with the statements that point at them;</li>
 * <li>statements pointing at the IRI (incoming), at most {@code maxIncoming} of them;</li>
 * <li>the labels ({@code rdfs:label}, {@code skos:prefLabel}, {@code dcterms:title}) of every other IRI named.</li>
 * </ul>
 * Read in one read transaction of the dataset. Empty when the dataset says nothing of the IRI and has no graph of
 * that name: the IRI is unknown (404).
 */
record ResourceDescription(String iri, List<Quad> quads, boolean truncated, Map<String, String> prefixes) {

    /** Most statements pointing at one resource in a document: a hub (a state named by every article) has many. */
    static final int DEFAULT_MAX_INCOMING = 2000;
    private static final int MAX_BLANK_NODES = 1000;
    private static final Node[] LABELS = {RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode()};

    boolean isEmpty() {
        return quads.isEmpty();
    }

    /** Whether the dataset says anything of {@code iri} (as subject or object), or has a graph of that name. */
    static boolean exists(DatasetGraph dsg, String iri) {
        Node n = NodeFactory.createURI(iri);
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext()
            || dsg.find(Node.ANY, Node.ANY, Node.ANY, n).hasNext() || dsg.containsGraph(n));
    }

    /** Describes the document IRI {@code iri} (no fragment) from {@code dsg}. */
    static ResourceDescription describe(DatasetGraph dsg, String iri, int maxIncoming) {
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> collect(dsg, iri, maxIncoming));
    }

    private static ResourceDescription collect(DatasetGraph dsg, String iri, int maxIncoming) {
        Node s = NodeFactory.createURI(iri);
        Set<Quad> out = new LinkedHashSet<>();
        outgoing(dsg, s, out);

        boolean truncated = false;
        int incoming = 0;
        Set<Node> hashIris = new LinkedHashSet<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, s); it.hasNext(); ) {
            Quad q = it.next();
            if (incoming++ >= maxIncoming) {
                truncated = true;
                break;
            }
            out.add(q);
            Node subj = q.getSubject();
            if (subj.isURI() && subj.getURI().startsWith(iri + "#"))
                hashIris.add(subj);
        }
        for (Node h : hashIris) {
            outgoing(dsg, h, out);
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, h); it.hasNext(); ) {
                if (incoming++ >= maxIncoming) {
                    truncated = true;
                    break;
                }
                out.add(it.next());
            }
        }
        if (out.isEmpty() && !dsg.containsGraph(s))
            return new ResourceDescription(iri, List.of(), false, Map.of());

        Set<Node> named = new LinkedHashSet<>();
        for (Quad q : out) {
            for (Node n : new Node[] {q.getSubject(), q.getObject(), q.getGraph()})
                if (n.isURI() && !n.equals(s) && !hashIris.contains(n))
                    named.add(n);
        }
        List<Quad> labels = new ArrayList<>();
        for (Node n : named)
            for (Node p : LABELS)
                dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(labels::add);
        out.addAll(labels);
        return new ResourceDescription(iri, List.copyOf(out), truncated, Map.copyOf(dsg.prefixes().getMapping()));
    }

    /** Statements about {@code s}, and about the blank nodes they reach. */
    private static void outgoing(DatasetGraph dsg, Node s, Set<Quad> out) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(s);
        while (!todo.isEmpty() && seen.size() < MAX_BLANK_NODES) {
            Node n = todo.poll();
            if (!seen.add(n))
                continue;
            for (Iterator<Quad> it = dsg.find(Node.ANY, n, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                out.add(q);
                if (q.getObject().isBlank())
                    todo.add(q.getObject());
            }
        }
    }

    /**
     * The statements as a dataset (for TriG and N-Quads): every statement in the default graph, as {@link #asGraph()}
     * has them, so that a client reading the document's default graph (a SPARQL query without {@code GRAPH}, link
     * traversal) finds what the document says; and each again in its named graph, which says which article (or the
     * gazetteer, the ontology) states it.
     */
    DatasetGraph asDataset() {
        DatasetGraph d = DatasetGraphFactory.create();
        for (Quad q : quads) {
            d.getDefaultGraph().add(q.asTriple());
            if (!q.isDefaultGraph())
                d.add(q);
        }
        prefixes.forEach(d.prefixes()::add);
        return d;
    }

    /** The statements as one graph, whichever graphs state them (for the triple formats). */
    Graph asGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        for (Quad q : quads)
            g.add(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
        prefixes.forEach(g.getPrefixMapping()::setNsPrefix);
        return g;
    }

    /** {@link #asGraph()} as a model, for reading. */
    Model asModel() {
        return ModelFactory.createModelForGraph(asGraph());
    }
}
