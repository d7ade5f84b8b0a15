package org.diplomacykg.validate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Validates RDF against the SHACL shapes ({@code ontology/diplomacy-shapes.ttl}). Takes a graph, or a dataset whose
 * named graphs (and default graph) are validated as one union graph, as the SPARQL endpoint's default graph shows
 * them; gives a {@link ConformanceReport}. The shapes are parsed once; a validator may be used many times.
 */
public final class Validator {
    /** The shapes file the commands use by default. */
    public static final Path DEFAULT_SHAPES = Path.of("ontology", "diplomacy-shapes.ttl");

    private final Shapes shapes;

    private Validator(Shapes shapes) {
        this.shapes = shapes;
    }

    /**
     * Reads the shapes from a Turtle file.
     *
     * @throws IllegalArgumentException when the file is missing or is not valid Turtle or SHACL
     */
    public static Validator fromShapes(Path shapesFile) {
        if (!Files.isRegularFile(shapesFile)) {
            throw new IllegalArgumentException("no shapes file " + shapesFile);
        }
        try {
            return new Validator(Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString())));
        } catch (RiotException | ShaclException e) {
            throw new IllegalArgumentException("cannot read shapes " + shapesFile + ": " + e.getMessage(), e);
        }
    }

    /** Validates the union of the dataset's graphs (every named graph and the default graph). */
    public ConformanceReport validate(DatasetGraph dsg) {
        Graph union = dsg.supportsTransactions() && !dsg.isInTransaction()
                ? Txn.calculateRead(dsg, () -> union(dsg))
                : union(dsg);
        return validate(union);
    }

    /** Validates one graph. */
    public ConformanceReport validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(new Violation(str(e.focusNode()), e.resultPath() == null ? "" : e.resultPath().toString(),
                    e.message() == null ? "" : e.message(), severity(e), constraint(e), str(e.value())));
        }
        violations.sort(Comparator.comparing(Violation::focusNode).thenComparing(Violation::path)
                .thenComparing(Violation::message).thenComparing(Violation::value));
        return new ConformanceReport(report.conforms(), violations, turtle(report));
    }

    // A copy, not a union view: SHACL looks every node up many times, and a copy deduplicates once.
    private static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Iterator<Quad> it = dsg.find(); it.hasNext();) {
            g.add(it.next().asTriple());
        }
        return g;
    }

    private static String severity(ReportEntry e) {
        Node level = e.severity().level();
        String iri = level.getURI();
        return iri.substring(iri.lastIndexOf('#') + 1);
    }

    private static String constraint(ReportEntry e) {
        Node c = e.sourceConstraintComponent();
        if (c == null || !c.isURI()) {
            return "";
        }
        String iri = c.getURI();
        return iri.startsWith("http://www.w3.org/ns/shacl#") ? iri.substring(iri.indexOf('#') + 1) : iri;
    }

    private static String str(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return n.toString();
    }

    private static String turtle(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), RDFFormat.TURTLE_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }
}
