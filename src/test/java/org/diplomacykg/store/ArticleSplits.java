package org.diplomacykg.store;

import java.util.ArrayList;
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
 * A whole dataset cut into {@link ArticleBatches}' units at once: what the load tests expect {@link TdbStore#load}
 * and {@link TdbStore#loadFile} to write, article by article.
 */
final class ArticleSplits {
    private ArticleSplits() {}

    /**
     * @param articles      the articles, by graph name
     * @param reference     every other named graph (and the default graph, under {@link Quad#defaultGraphIRI}), by name
     * @param otherMetadata metadata statements reached from no article graph
     */
    record Split(List<ArticleBatches.Article> articles, Map<Node, List<Quad>> reference, List<Quad> otherMetadata) {}

    /** Cuts {@code dsg} (read in one read transaction). */
    static Split split(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> split(dsg.find()));
    }

    /** Cuts quads as read from a file (a quad repeated is kept twice: a store keeps it once). */
    static Split split(java.util.Iterator<Quad> quadsIn) {
        Map<Node, List<Quad>> articleQuads = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        Map<Node, List<Quad>> reference = new LinkedHashMap<>();
        // A set: a file may repeat a metadata statement (the converter's, once per article), a dataset never does.
        Set<Quad> metadata = new java.util.LinkedHashSet<>();
        quadsIn.forEachRemaining(q -> {
            Node g = q.getGraph();
            if (ArticleBatches.isArticleGraph(g))
                articleQuads.computeIfAbsent(g, k -> new ArrayList<>()).add(q);
            else if (ArticleBatches.isMetadataGraph(g))
                metadata.add(q);
            else
                reference.computeIfAbsent(Quad.isDefaultGraph(g) ? Quad.defaultGraphIRI : g, k -> new ArrayList<>()).add(q);
        });
        Map<Node, List<Quad>> metadataBySubject = new LinkedHashMap<>();
        metadata.forEach(q -> metadataBySubject.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q));

        Set<Quad> claimed = new HashSet<>();
        List<ArticleBatches.Article> articles = new ArrayList<>();
        articleQuads.forEach((g, quads) -> {
            List<Quad> meta = ArticleBatches.reach(g, metadataBySubject);
            claimed.addAll(meta);
            articles.add(new ArticleBatches.Article(g, List.copyOf(quads), meta));
        });
        List<Quad> other = metadata.stream().filter(q -> !claimed.contains(q)).toList();
        return new Split(List.copyOf(articles), reference, other);
    }
}
