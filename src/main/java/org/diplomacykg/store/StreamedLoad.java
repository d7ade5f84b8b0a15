package org.diplomacykg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TDB2 sink: {@link TdbStore#loadFile} parses a file into it, {@link TdbStore#loadStream} gives it to the
 * converter's stream of quads (and {@link TdbStore#load} sends a dataset to it). Writes a converted dataset into TDB2
 * as its statements arrive, one batch of whole articles per write transaction, holding only the batch in memory.
 * <p>
 * A batch is written when the first statement of the article after it arrives: the converter's stream, and the files
 * written by {@code convert} and {@code bench convert}, give each article's graph and then its metadata, so by
 * then the batch's articles are whole (their graphs and the metadata statements they lead to, see
 * {@link ArticleBatches}). A file in another order is detected before anything is written of it: when an article of
 * the batch about to be written has no metadata yet (say, a dump whose metadata graph comes last), the rest of the
 * file is read before writing, as a whole-file load would. Reference graphs (ontology, gazetteer, consolidated events)
 * are kept until the end and written then, one transaction each, followed by the metadata that belongs to no article.
 * An article graph met again after its batch was written (a file that splits an article) is added in a last
 * transaction of its own, and the log says so.
 */
final class StreamedLoad extends StreamRDFBase {

    private static final Logger LOG = LoggerFactory.getLogger(StreamedLoad.class);

    private final DatasetGraph tdb;
    private final TdbStore.Loader loader;
    private final int batchSize;
    private final boolean empty;
    private final Consumer<String> progress;

    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final Set<String> prefixesWritten = new HashSet<>();
    /** Article graphs not yet written, in the order they came, with their statements. */
    private final Map<Node, List<Quad>> pending = new LinkedHashMap<>();
    /** Metadata statements not yet written with an article, by subject (a set: a file may repeat one). */
    private final Map<Node, Set<Quad>> metadata = new LinkedHashMap<>();
    private final Map<Node, List<Quad>> reference = new LinkedHashMap<>();
    private final Set<Node> written = new HashSet<>();
    private final List<Quad> late = new ArrayList<>();
    /** False once the file showed it is not in article order: then nothing is written before its end. */
    private boolean streaming = true;

    private int articles;
    private int transactions;
    private long quads;

    StreamedLoad(DatasetGraph tdb, TdbStore.Loader loader, int batchSize, boolean empty, Consumer<String> progress) {
        this.tdb = tdb;
        this.loader = loader;
        this.batchSize = batchSize;
        this.empty = empty;
        this.progress = progress;
    }

    @Override
    public void prefix(String prefix, String iri) {
        prefixes.put(prefix, iri);
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad q) {
        Node g = q.getGraph();
        if (ArticleBatches.isArticleGraph(g)) {
            if (written.contains(g)) {
                if (late.isEmpty())
                    LOG.warn("{} comes back after its batch was written: the file splits it; its later statements are added apart", g);
                late.add(q);
                return;
            }
            List<Quad> list = pending.get(g);
            if (list == null) {
                if (streaming && pending.size() >= batchSize)
                    writePending(false);
                list = new ArrayList<>();
                pending.put(g, list);
            }
            list.add(q);
        } else if (ArticleBatches.isMetadataGraph(g)) {
            metadata.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>()).add(q);
        } else {
            reference.computeIfAbsent(Quad.isDefaultGraph(g) ? Quad.defaultGraphIRI : g, k -> new ArrayList<>()).add(q);
        }
    }

    /** Writes what is left once the whole file is parsed. */
    TdbStore.LoadReport finishLoad(long startNanos) {
        writePending(true);
        for (Map.Entry<Node, List<Quad>> e : reference.entrySet()) {
            Node g = e.getKey();
            write(d -> {
                if (!Quad.isDefaultGraph(g) && !empty)
                    d.removeGraph(g);
            }, e.getValue());
            progress.accept("graph " + g + ": " + e.getValue().size() + " statements");
        }
        List<Quad> other = new ArrayList<>();
        metadata.values().forEach(other::addAll);
        if (!other.isEmpty())
            write(d -> {}, other);
        if (!late.isEmpty()) {
            write(d -> {}, late);
            progress.accept("statements of already written articles: " + late.size());
        }
        if (!prefixesWritten.containsAll(prefixes.keySet()))
            write(d -> {}, List.of());
        return new TdbStore.LoadReport(articles, transactions, quads, (System.nanoTime() - startNanos) / 1_000_000);
    }

    /**
     * Writes the pending articles with the metadata they lead to, {@code batchSize} per transaction; unless
     * {@code last}, first checks that each has metadata, and when one has none reads on instead (see the class comment).
     */
    private void writePending(boolean last) {
        Map<Node, List<Quad>> bySubject = new LinkedHashMap<>();
        metadata.forEach((s, qs) -> bySubject.put(s, new ArrayList<>(qs)));
        List<ArticleBatches.Article> batch = new ArrayList<>();
        for (Map.Entry<Node, List<Quad>> e : pending.entrySet()) {
            List<Quad> meta = ArticleBatches.reach(e.getKey(), bySubject);
            if (!last && meta.isEmpty()) {
                LOG.info("{} has no metadata before the next article: the file is not in article order, so the rest of it is "
                         + "read before it is written", e.getKey());
                streaming = false;
                return;
            }
            batch.add(new ArticleBatches.Article(e.getKey(), e.getValue(), meta));
        }
        for (int i = 0; i < batch.size(); i += batchSize) {
            List<ArticleBatches.Article> part = batch.subList(i, Math.min(batch.size(), i + batchSize));
            List<Quad> all = new ArrayList<>();
            part.forEach(a -> {
                all.addAll(a.quads());
                all.addAll(a.metadata());
            });
            write(d -> {
                if (!empty)
                    part.forEach(a -> TdbStore.replace(d, a));
            }, all);
            articles += part.size();
            progress.accept("articles " + (articles - part.size() + 1) + "-" + articles + ": " + all.size() + " statements");
        }
        for (ArticleBatches.Article a : batch) {
            written.add(a.graph());
            for (Quad q : a.metadata()) {
                Set<Quad> left = metadata.get(q.getSubject());
                if (left != null && left.remove(q) && left.isEmpty())
                    metadata.remove(q.getSubject());
            }
        }
        pending.clear();
    }

    private void write(Consumer<DatasetGraph> before, List<Quad> qs) {
        Map<String, String> newPrefixes = new LinkedHashMap<>();
        prefixes.forEach((p, iri) -> {
            if (prefixesWritten.add(p))
                newPrefixes.put(p, iri);
        });
        quads += TdbStore.inTransaction(tdb, loader, d -> {
            newPrefixes.forEach(d.prefixes()::add);
            before.accept(d);
        }, qs);
        transactions++;
    }
}
