package org.diplomacykg.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.graph.GraphBuilder.ArticleGraphs;
import org.diplomacykg.validate.ConformanceReport;
import org.diplomacykg.validate.Violation;
import org.diplomacykg.validate.Validator;

/**
 * Validates a streamed conversion part by part, so the dataset is never held whole: each article's graph with its
 * metadata (the nodes an article's shapes look at are typed in those two), the ontology and gazetteer graphs, and the
 * consolidated graph together with the ontology, the gazetteer and the types the article graphs and metadata give (of
 * the participants, places, reports, evidence spans and articles it names), keeping only results about the
 * consolidated graph's own nodes.
 * {@code validate FILE} checks the union of the written file at once.
 */
final class StreamValidation implements Converter.Units {
    private final Validator validator;
    private final List<Violation> violations = new ArrayList<>();
    /** What the consolidated graph's shapes look at outside it: the static graphs, the types of the articles' nodes. */
    private final Graph context = GraphFactory.createDefaultGraph();

    StreamValidation(Validator validator) {
        this.validator = validator;
    }

    @Override
    public void article(ArticleGraphs g) {
        Graph unit = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(unit, g.claims().getGraph());
        GraphUtil.addInto(unit, g.metadata().getGraph());
        violations.addAll(validator.validate(unit).violations());
        unit.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(context::add);
    }

    @Override
    public void statics(Graph g) {
        violations.addAll(validator.validate(g).violations());
        GraphUtil.addInto(context, g);
    }

    @Override
    public void consolidated(Graph g) {
        Graph unit = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(unit, g);
        GraphUtil.addInto(unit, context);
        Set<String> own = new HashSet<>();
        g.find().forEachRemaining(t -> own.add(name(t.getSubject())));
        validator.validate(unit).violations().stream().filter(v -> own.contains(v.focusNode())).forEach(violations::add);
    }

    /** The results of every part, sorted and without duplicates, as {@link Validator} sorts them. */
    ConformanceReport report() {
        List<Violation> all = new ArrayList<>(new java.util.LinkedHashSet<>(violations));
        all.sort(Comparator.comparing(Violation::focusNode).thenComparing(Violation::path)
                .thenComparing(Violation::message).thenComparing(Violation::value));
        return new ConformanceReport(all.isEmpty(), all, "");
    }

    private static String name(Node n) {
        // As Validator names focus nodes.
        return n.isURI() ? n.getURI() : n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }
}
