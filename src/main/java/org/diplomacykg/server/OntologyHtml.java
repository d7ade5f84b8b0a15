package org.diplomacykg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.diplomacykg.graph.OntologyView;
import org.diplomacykg.graph.OntologyView.Node;
import org.diplomacykg.graph.OntologyView.Term;
import org.diplomacykg.server.Pages.Alternate;
import org.diplomacykg.store.RdfFormat;

/**
 * The HTML page of the ontology ({@code ontology.jte}), written from its {@link OntologyView}: title, description and
 * version of the {@code owl:Ontology}; then every class and property of its namespace with label, comment, super- and
 * sub-terms, domain, range, characteristics, annotations of the ontology's own (such as the CAMEO code) and example;
 * then the concept schemes in the model (CAMEO, PLOVER). Each term and concept has an anchor named after its IRI's
 * fragment ({@code id="Visit"}), so {@code …/ontology#Visit} opens on it; links between terms stay on the page. Every
 * literal and IRI is HTML-escaped; only http(s) IRIs become links. The same view writes {@code docs/ontology.md}
 * ({@code validate.OntologyDoc}).
 */
final class OntologyHtml {

    /** A row of a term's section: its name, its values, what separates them. */
    record Row(String name, List<Node> values, String separator) {}

    private static final String CHAIN = " ∘ ";

    private OntologyHtml() {}

    /** The rows of a term's section that have values, in the order the page shows them (its examples follow). */
    static List<Row> rows(Term t) {
        List<Row> rows = new ArrayList<>();
        add(rows, "Subclass of", t.superClasses());
        add(rows, "Equivalent to", t.equivalentClasses());
        add(rows, "Disjoint with", t.disjointWith());
        add(rows, "Subclasses", t.subClasses());
        add(rows, "Subproperty of", t.superProperties());
        add(rows, "Subproperties", t.subProperties());
        add(rows, "Inverse of", t.inverseOf());
        t.chains().forEach(c -> rows.add(new Row("Property chain", c, CHAIN)));
        add(rows, "Domain", t.domain());
        add(rows, "Range", t.range());
        add(rows, "Domain of", t.domainOf());
        add(rows, "Range of", t.rangeOf());
        t.annotations().forEach(a -> add(rows, a.name(), a.values()));
        return List.copyOf(rows);
    }

    private static void add(List<Row> rows, String name, List<Node> values) {
        if (!values.isEmpty())
            rows.add(new Row(name, values, ", "));
    }

    /** Whether the values are the steps of a property chain, each anonymous one then in brackets. */
    static boolean isChain(String separator) {
        return CHAIN.equals(separator);
    }

    /** The page for {@code ontology}, an {@code owl:Ontology} of {@code model}. */
    static String render(Model model, Resource ontology) {
        return render(OntologyView.of(model, ontology));
    }

    static String render(OntologyView view) {
        return Pages.render("ontology.jte", java.util.Map.of("view", view, "formats", formats()));
    }

    /** The ontology's other representations, at {@code ?format=…}. */
    static List<Alternate> formats() {
        return OntologyServlet.FORMATS.stream().filter(f -> f != RdfFormat.HTML)
            .map(f -> new Alternate(f.shortName(), f.contentType(), "?format=" + f.shortName())).toList();
    }

    /** Whether {@code iri} is an http(s) IRI, which the page may link to. */
    static boolean isHttp(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
