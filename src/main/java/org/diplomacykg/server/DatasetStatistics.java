package org.diplomacykg.server;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.graph.IriMinter;

/**
 * Figures of the dataset for its VoID and service descriptions: statements per named graph, entities (distinct
 * subjects under the data's {@code id/} space), classes with their instances, properties, and the {@code owl:sameAs}
 * links to each external dataset ({@link #LINK_TARGETS}). One pass over every quad, in a read transaction.
 *
 * @param quadsPerGraph statements per graph name (the default graph under {@link Quad#defaultGraphIRI}), sorted
 * @param entities      distinct IRI subjects under {@code base + "id/"} ({@link IriMinter#isData})
 * @param instances     per class IRI, its distinct instances
 * @param properties    distinct properties
 * @param links         per link target name ({@link #LINK_TARGETS}), the number of {@code owl:sameAs} statements to it
 */
record DatasetStatistics(Map<Node, Long> quadsPerGraph, long entities, Map<String, Long> instances, long properties,
                         Map<String, Long> links) {

    /** External datasets the data links to with {@code owl:sameAs}: name → IRI prefix of their entities. */
    static final Map<String, List<String>> LINK_TARGETS = linkTargets();

    long quads() {
        return quadsPerGraph.values().stream().mapToLong(Long::longValue).sum();
    }

    static DatasetStatistics compute(DatasetGraph dsg, String base) {
        return Txn.calculateRead(dsg, () -> count(dsg, base));
    }

    private static DatasetStatistics count(DatasetGraph dsg, String base) {
        IriMinter minter = new IriMinter(base);
        Map<Node, Long> perGraph = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        Set<Node> entities = new HashSet<>();
        Map<String, Set<Node>> instances = new HashMap<>();
        Set<Node> properties = new HashSet<>();
        Map<String, Long> links = new LinkedHashMap<>();
        LINK_TARGETS.keySet().forEach(k -> links.put(k, 0L));
        Node sameAs = OWL2.sameAs.asNode();
        Node type = RDF.type.asNode();
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            perGraph.merge(q.getGraph(), 1L, Long::sum);
            Node s = q.getSubject();
            if (s.isURI() && minter.isData(s.getURI()))
                entities.add(s);
            properties.add(q.getPredicate());
            if (q.getPredicate().equals(type) && q.getObject().isURI())
                instances.computeIfAbsent(q.getObject().getURI(), k -> new HashSet<>()).add(s);
            if (q.getPredicate().equals(sameAs) && q.getObject().isURI()) {
                String o = q.getObject().getURI();
                LINK_TARGETS.forEach((name, prefixes) -> {
                    if (prefixes.stream().anyMatch(o::startsWith))
                        links.merge(name, 1L, Long::sum);
                });
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        instances.forEach((c, set) -> counts.put(c, (long) set.size()));
        return new DatasetStatistics(perGraph, entities.size(), counts, properties.size(), links);
    }

    private static Map<String, List<String>> linkTargets() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("wikidata", List.of("http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/"));
        m.put("geonames", List.of("https://sws.geonames.org/", "http://sws.geonames.org/"));
        m.put("dbpedia", List.of("http://dbpedia.org/resource/", "https://dbpedia.org/resource/"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Computes the figures at most once per {@code ttl}: a data change (SPARQL Update, load) shows after it. */
    static final class Cache {
        private final DatasetGraph dsg;
        private final String base;
        private final long ttlNanos;
        private DatasetStatistics value;
        private long computedAt;

        Cache(DatasetGraph dsg, String base, Duration ttl) {
            this.dsg = dsg;
            this.base = base;
            this.ttlNanos = ttl.toNanos();
        }

        synchronized DatasetStatistics get() {
            long now = System.nanoTime();
            if (value == null || now - computedAt > ttlNanos) {
                value = compute(dsg, base);
                computedAt = now;
            }
            return value;
        }
    }
}
