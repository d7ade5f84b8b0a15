package org.diplomacykg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.graph.OntologyView;
import org.junit.jupiter.api.Test;

/** The HTML page of an ontology: what it shows, and that nothing from the model reaches it unescaped. */
class OntologyHtmlTest {

    private static final String TTL = """
        @prefix ex:   <https://example.org/onto#> .
        @prefix owl:  <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        <https://example.org/onto> a owl:Ontology ;
            dcterms:title "Trips & <b>talks</b>"@en ;
            dcterms:description "Says <script>alert('x')</script> in its description."@en ;
            owl:versionInfo "1.0" ;
            rdfs:seeAlso <javascript:alert(1)> .
        ex:Event a owl:Class ; rdfs:label "event"@en .
        ex:Visit a owl:Class ; rdfs:label "visit \\"quoted\\""@en ; rdfs:comment "A <visit> & more"@en ;
            rdfs:subClassOf ex:Event , <https://schema.org/Event> .
        ex:host a owl:ObjectProperty ; rdfs:domain ex:Visit ; rdfs:range [ owl:unionOf ( ex:Event ex:Visit ) ] .
        """;

    private static OntologyView view() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(TTL, Lang.TURTLE).parse(m);
        return OntologyView.of(m, m.createResource("https://example.org/onto"));
    }

    private static String page() {
        return OntologyHtml.render(view());
    }

    private static OntologyView.Term term(OntologyView v, String localName) {
        return v.groups().stream().flatMap(g -> g.terms().stream()).filter(t -> t.localName().equals(localName)).findFirst().orElseThrow();
    }

    @Test
    void eachTermHasTheRowsItHasValuesFor() {
        OntologyView v = view();
        OntologyView.Iri event = new OntologyView.Iri("https://example.org/onto#Event", "ex:Event");
        OntologyView.Iri visit = new OntologyView.Iri("https://example.org/onto#Visit", "ex:Visit");
        assertEquals(List.of(new OntologyHtml.Row("Subclass of", List.of(event,
                new OntologyView.Iri("https://schema.org/Event", "https://schema.org/Event")), ", "),
            new OntologyHtml.Row("Domain of", List.of(new OntologyView.Iri("https://example.org/onto#host", "ex:host")), ", ")),
            OntologyHtml.rows(term(v, "Visit")));
        assertEquals(List.of(new OntologyHtml.Row("Subclasses", List.of(visit), ", ")), OntologyHtml.rows(term(v, "Event")));
        assertEquals(List.of(new OntologyHtml.Row("Domain", List.of(visit), ", "),
            new OntologyHtml.Row("Range", List.of(new OntologyView.Expression("or", List.of(event, visit))), ", ")),
            OntologyHtml.rows(term(v, "host")));
        assertEquals("Trips & <b>talks</b>", v.header().displayTitle(), "escaped only by the template");
    }

    @Test
    void showsTheOntologyAndEveryTermWithAnAnchor() {
        String html = page();
        assertTrue(html.contains("<h1>Trips &amp; &lt;b&gt;talks&lt;/b&gt;</h1>"), html);
        assertTrue(html.contains("<dt>Version</dt><dd>1.0</dd>"), html);
        for (String id : new String[] {"Event", "Visit", "host"})
            assertTrue(html.contains("id=\"" + id + "\""), id);
        assertTrue(html.contains("<dt>Subclass of</dt><dd><a href=\"#Event\"><code>ex:Event</code></a>, "
            + "<a href=\"https://schema.org/Event\"><code>https://schema.org/Event</code></a></dd>"), html);
        assertTrue(html.contains("<dt>Domain</dt><dd><a href=\"#Visit\">"), html);
        assertTrue(html.contains("<a href=\"#Event\"><code>ex:Event</code></a> or <a href=\"#Visit\">"), "union range: " + html);
    }

    @Test
    void everyLiteralIsEscaped() {
        String html = page();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b>talks"), html);
        assertFalse(html.contains("<visit>"), html);
        assertTrue(html.contains("A &lt;visit&gt; &amp; more"), html);
        // A quote needs no escaping in text; in an attribute it would (see iriCharactersCannotLeaveTheAttribute).
        assertTrue(html.contains("visit \"quoted\" <code>ex:Visit</code>"), html);
    }

    @Test
    void onlyHttpIrisBecomeLinks() {
        assertFalse(page().contains("href=\"javascript:"));
    }

    @Test
    void iriCharactersCannotLeaveTheAttribute() {
        Model m = ModelFactory.createDefaultModel();
        Resource o = m.createResource("https://example.org/onto").addProperty(RDF.type, OWL2.Ontology)
            .addProperty(DCTerms.title, "T");
        // Not a valid IRI, but a model built in code can hold one.
        o.addProperty(RDFS.seeAlso, m.createResource("https://example.org/\"><script>x</script>"));
        String html = OntologyHtml.render(m, o);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("href=\"https://example.org/&#34;>&lt;script>x&lt;/script>\""), html);
    }
}
