package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built dataset is made again exactly when it is missing or older than one of its inputs. */
class BuiltDatasetTest {
    @TempDir
    Path dir;

    PipelineFixtures fx;
    BuiltDataset built;
    BuiltDataset.Listener listener;
    List<String> told;

    @BeforeEach
    void setUp() throws Exception {
        fx = new PipelineFixtures(dir);
        built = new BuiltDataset(dir.resolve("build/kg.trig"), fx.articles());
        listener = fx.new Recorder();
        told = fx.told;
    }

    @Test
    void aMissingDatasetIsConvertedWrittenAndRead() {
        assertTrue(built.stale());
        DatasetGraph dsg = built.read(listener);
        assertEquals(List.of("converting 2", "converted 2"), told);
        assertTrue(Files.isRegularFile(built.file()));
        assertTrue(PipelineFixtures.holdsArticle(dsg, "000-us-seeks-rapprochement"));
        assertFalse(built.stale(), "just written: newer than every input");
    }

    @Test
    void aDatasetNewerThanEveryInputIsReadWithoutConverting() throws Exception {
        built.convertIfStale(listener);
        told.clear();
        assertFalse(built.convertIfStale(listener));
        built.read(listener);
        assertEquals(List.of(), told);
        assertEquals(1, fx.nlpAsked.get(), "the NLP pipeline is not even loaded");
    }

    @Test
    void anArticleNewerThanTheDatasetMakesItStale() throws Exception {
        built.convertIfStale(listener);
        PipelineFixtures.touch(fx.files.get(1), 60);
        assertTrue(built.stale());
        assertTrue(built.convertIfStale(listener));
        assertEquals(2, fx.nlpAsked.get());
    }

    @Test
    void everyInputCounts() throws Exception {
        List<Path> inputs = fx.articles().inputs();
        assertTrue(inputs.containsAll(fx.files));
        for (Path p : List.of(Path.of("data/gazetteer.ttl"), Path.of("ontology/diplomacy.ttl"), Path.of("ontology/topics.ttl"),
                Path.of("data/rules/titles.tsv"))) {
            assertTrue(inputs.contains(p), p + " in " + inputs);
        }
        Files.createDirectories(built.file().getParent());
        Files.writeString(built.file(), "");
        PipelineFixtures.touch(built.file(), 3600);
        assertFalse(built.stale(), "newer than every input");
        long year = 365L * 24 * 3600;
        for (Path article : fx.files) {
            PipelineFixtures.touch(article, -20 * year);
        }
        PipelineFixtures.touch(built.file(), -10 * year);
        assertTrue(built.stale(), "newer than the articles, older than the gazetteer, the ontology and the rules");
    }
}
