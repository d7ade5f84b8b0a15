package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.reason.Experiments;
import org.diplomacykg.reason.Inference;
import org.diplomacykg.reason.Reasoning;
import org.diplomacykg.store.DatasetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What infer does: the inferred triples alone, in the reasoner's graph when the syntax has graphs; the experiments' runs. */
class InferringTest {
    @TempDir
    Path dir;

    @Test
    void experimentsRunWithoutReasoningFirstThenOneOrEveryReasoner() {
        assertEquals(List.of(Optional.empty(), Optional.of(Reasoning.RDFS)), Inferring.runs(Optional.of(Reasoning.RDFS)));
        List<Optional<Reasoning>> all = Inferring.runs(Optional.empty());
        assertEquals(Optional.empty(), all.get(0));
        assertEquals(Reasoning.values().length + 1, all.size());
    }

    @Test
    void theInferredTriplesAreWrittenAloneInTheReasonersGraphOrAsTriples() throws Exception {
        PipelineFixtures fx = new PipelineFixtures(dir);
        BuiltDataset built = new BuiltDataset(dir.resolve("kg.trig"), fx.articles());
        Path rules = Path.of("ontology", Inference.RULES_FILE);
        Path trig = dir.resolve("inferred.trig");
        Inferring.Inferred i = Inferring.write(built, Reasoning.RDFS, rules, trig, new BuiltDataset.Listener() {});
        assertTrue(i.triples() > 0);
        DatasetGraph written = DatasetFiles.readInMemory(trig);
        String graph = Reasoning.RDFS.graphIri(IriMinter.DEFAULT_BASE);
        Graph g = written.getGraph(NodeFactory.createURI(graph));
        assertEquals(i.triples(), g.size());
        assertEquals(1, written.size(), "one named graph: the inferred one, nothing asserted");

        Path ttl = dir.resolve("inferred.ttl");
        Inferring.write(built, Reasoning.RDFS, rules, ttl, new BuiltDataset.Listener() {});
        assertEquals(i.triples(), DatasetFiles.readInMemory(ttl).getDefaultGraph().size());
        assertEquals(1, fx.nlpAsked.get(), "converted once, then read");
    }

    @Test
    void experimentsAnswerEveryQueryOfTheFolderPerRun() throws Exception {
        PipelineFixtures fx = new PipelineFixtures(dir);
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("people.rq"), "SELECT ?p WHERE { ?p a <" + FOAF.Person.getURI() + "> }");
        List<Experiments.Run> runs = Inferring.experiments(new BuiltDataset(dir.resolve("kg.trig"), fx.articles()), queries,
                Optional.of(Reasoning.RDFS), Path.of("ontology", Inference.RULES_FILE), new BuiltDataset.Listener() {});
        assertEquals(2, runs.size());
        assertEquals(List.of("people.rq", "people.rq"), runs.stream().map(Experiments.Run::query).toList());
        assertEquals(List.of(Experiments.NONE, Reasoning.RDFS.label()), runs.stream().map(Experiments.Run::reasoner).toList());
    }
}
