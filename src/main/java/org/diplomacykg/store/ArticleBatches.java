package org.diplomacykg.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.diplomacykg.graph.IriMinter;

/**
 * The units {@link TdbStore#load} writes (see {@link StreamedLoad}), each article in one piece: an article is its
 * named graph ({@code …/graph/article/{id}}) and its metadata, the statements of the metadata graph
 * ({@code …/graph/metadata}) about the article graph and what they lead to (the article, the conversion, the
 * converter). Every other graph (ontology, gazetteer, consolidated events) is a reference graph, replaced whole.
 * Graph names are recognised by their last segments, whatever the base ({@link IriMinter#isArticleGraph},
 * {@link IriMinter#isMetadataGraph}).
 */
public final class ArticleBatches {

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

    public static boolean isArticleGraph(Node g) {
        return g.isURI() && IriMinter.isArticleGraph(g.getURI());
    }

    public static boolean isMetadataGraph(Node g) {
        return g.isURI() && IriMinter.isMetadataGraph(g.getURI());
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
