package org.diplomacykg.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A converted dataset cut into the units {@link TdbStore#load} writes, each article in one piece: an article is its
 * named graph ({@code …/graph/article/{id}}) and its metadata, the statements of the metadata graph
 * ({@code …/graph/metadata}) about the article graph and what they lead to (the article, the conversion, the
 * converter). Every other graph (ontology, gazetteer, consolidated events) is a reference graph, replaced whole.
 * Metadata statements that belong to no article stay in {@link Split#otherMetadata()}. Graph names are recognised by
 * their last segments, whatever the base.
 */
public final class ArticleBatches {

    static final String ARTICLE_GRAPH = "/graph/article/";
    static final String METADATA_GRAPH = "/graph/metadata";
    /** How far from the article graph metadata is followed: graph → article / conversion → converter. */
    private static final int METADATA_DEPTH = 3;

    private ArticleBatches() {}

    /** One article: its graph name, the statements of its graph, and its metadata statements (in the metadata graph). */
    public record Article(Node graph, List<Quad> quads, List<Quad> metadata) {
        /** The subjects of its metadata, whose statements a reload replaces. */
        public Set<Node> metadataSubjects() {
            Set<Node> s = new HashSet<>();
            metadata.forEach(q -> s.add(q.getSubject()));
            return s;
        }
    }

    /**
     * @param articles      the articles, by graph name
     * @param reference     every other named graph (and the default graph, under {@link Quad#defaultGraphIRI}), by name
     * @param otherMetadata metadata statements reached from no article graph
     */
    public record Split(List<Article> articles, Map<Node, List<Quad>> reference, List<Quad> otherMetadata) {}

    public static boolean isArticleGraph(Node g) {
        return g.isURI() && g.getURI().contains(ARTICLE_GRAPH);
    }

    public static boolean isMetadataGraph(Node g) {
        return g.isURI() && g.getURI().endsWith(METADATA_GRAPH);
    }

    /** Cuts {@code dsg} (read in one read transaction). */
    public static Split split(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> split(dsg.find()));
    }

    /** Cuts quads as read from a file (a quad repeated is kept twice: a store keeps it once). */
    public static Split split(java.util.Iterator<Quad> quadsIn) {
        Map<Node, List<Quad>> articleQuads = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        Map<Node, List<Quad>> reference = new LinkedHashMap<>();
        // A set: a file may repeat a metadata statement (the converter's, once per article), a dataset never does.
        Set<Quad> metadata = new java.util.LinkedHashSet<>();
        quadsIn.forEachRemaining(q -> {
            Node g = q.getGraph();
            if (isArticleGraph(g))
                articleQuads.computeIfAbsent(g, k -> new ArrayList<>()).add(q);
            else if (isMetadataGraph(g))
                metadata.add(q);
            else
                reference.computeIfAbsent(Quad.isDefaultGraph(g) ? Quad.defaultGraphIRI : g, k -> new ArrayList<>()).add(q);
        });
        Map<Node, List<Quad>> metadataBySubject = new LinkedHashMap<>();
        metadata.forEach(q -> metadataBySubject.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q));

        Set<Quad> claimed = new HashSet<>();
        List<Article> articles = new ArrayList<>();
        articleQuads.forEach((g, quads) -> {
            List<Quad> meta = reach(g, metadataBySubject);
            claimed.addAll(meta);
            articles.add(new Article(g, List.copyOf(quads), meta));
        });
        List<Quad> other = metadata.stream().filter(q -> !claimed.contains(q)).toList();
        return new Split(List.copyOf(articles), reference, other);
    }

    /** The metadata statements about {@code start} and the resources its statements lead to, breadth first. */
    static List<Quad> reach(Node start, Map<Node, List<Quad>> bySubject) {
        List<Quad> out = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Deque<Node> level = new ArrayDeque<>(List.of(start));
        for (int depth = 0; depth < METADATA_DEPTH && !level.isEmpty(); depth++) {
            Deque<Node> next = new ArrayDeque<>();
            for (Node n : level) {
                if (!seen.add(n))
                    continue;
                for (Quad q : bySubject.getOrDefault(n, List.of())) {
                    out.add(q);
                    if (!q.getObject().isLiteral())
                        next.add(q.getObject());
                }
            }
            level = next;
        }
        return out;
    }
}
