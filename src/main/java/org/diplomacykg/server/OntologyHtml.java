package org.diplomacykg.server;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.diplomacykg.graph.OntologyView;
import org.diplomacykg.server.Pages.Alternate;

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

    private OntologyHtml() {}

    /** The page for {@code ontology}, an {@code owl:Ontology} of {@code model}. */
    static String render(Model model, Resource ontology) {
        return render(OntologyView.of(model, ontology));
    }

    static String render(OntologyView view) {
        return Pages.render("ontology.jte", java.util.Map.of("view", view, "formats", formats()));
    }

    /** The ontology's other representations, at {@code ?format=…}. */
    static List<Alternate> formats() {
        return Arrays.stream(OntologyFormat.values()).filter(f -> f != OntologyFormat.HTML)
            .map(f -> new Alternate(f.shortName(), f.contentType(), "?format=" + f.shortName())).toList();
    }

    /** Whether {@code iri} is an http(s) IRI, which the page may link to. */
    static boolean isHttp(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
