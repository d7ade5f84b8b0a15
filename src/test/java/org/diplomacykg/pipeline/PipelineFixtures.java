package org.diplomacykg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.nlp.AnnotatedArticle;
import org.diplomacykg.nlp.NlpPipeline;

/**
 * Articles for the tests of the pipeline's drivers ({@link BuiltDataset}, {@link Serving}, {@link Loading}), converted
 * with an NLP pipeline that finds no sentence: fast (no CoreNLP), and still one graph and metadata per article. It
 * counts how often it was asked for, so a test can tell whether anything was converted.
 */
final class PipelineFixtures {
    /** How many times the NLP pipeline was asked for (a conversion asks once). */
    final AtomicInteger nlpAsked = new AtomicInteger();
    final Path dir;
    final List<Path> files = new ArrayList<>();
    /** What the listeners of the tests were told, one line an event. */
    final List<String> told = new ArrayList<>();

    /** Copies the two seed articles into {@code dir}/articles. */
    PipelineFixtures(Path dir) throws IOException {
        this.dir = dir;
        Path articles = Files.createDirectories(dir.resolve("articles"));
        for (String name : List.of("000-us-seeks-rapprochement.txt", "002-united-states-returns.txt")) {
            files.add(Files.copy(Path.of("data", "articles", name), articles.resolve(name)));
        }
    }

    Articles articles() {
        return articles(files);
    }

    Articles articles(List<Path> files) {
        return new Articles(files, config(), () -> {
            nlpAsked.incrementAndGet();
            return NO_SENTENCES;
        });
    }

    static ConverterConfig config() {
        ConverterConfig cfg = ConverterConfig.create().base(IriMinter.DEFAULT_BASE).gazetteer(Path.of("data/gazetteer.ttl"))
                .rules(Path.of("data/rules")).ontology(Path.of("ontology/diplomacy.ttl")).topics(Path.of("ontology/topics.ttl")).build();
        return cfg;
    }

    static final NlpPipeline NO_SENTENCES = article -> new AnnotatedArticle(article, List.of());

    /** A listener writing what it is told of a conversion into {@link #told}; the tests' listeners extend it. */
    class Recorder implements BuiltDataset.Listener {
        @Override
        public void converting(int articles) {
            told.add("converting " + articles);
        }

        @Override
        public void converted(ConversionReport report) {
            told.add("converted " + report.converted().size());
        }
    }

    /** Whether the dataset has the metadata of the article (which it has even when nothing was extracted from it). */
    static boolean holdsArticle(DatasetGraph dsg, String id) {
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        return Txn.calculateRead(dsg, () -> dsg.contains(NodeFactory.createURI(iris.metadataGraph()), NodeFactory.createURI(iris.article(id)),
                Node.ANY, Node.ANY));
    }

    /** Sets the modification time of {@code file} to {@code secondsFromNow} from now. */
    static void touch(Path file, long secondsFromNow) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsFromNow)));
    }
}
