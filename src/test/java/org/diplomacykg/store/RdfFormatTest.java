package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.WebContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The content negotiation rule, header by header: for the ontology's offers (a page and the triple formats) and a resource's. */
class RdfFormatTest {
    /** What the ontology endpoint offers (as {@code server.OntologyServlet.FORMATS}). */
    private static final List<RdfFormat> ONTOLOGY = List.of(RdfFormat.HTML, RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.RDFXML,
            RdfFormat.NTRIPLES);

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
        # no header, or a wildcard only: programs get Turtle
        NULL                                                              | TURTLE
        ''                                                                | TURTLE
        */*                                                               | TURTLE
        # one format named
        text/html                                                         | HTML
        text/turtle                                                       | TURTLE
        application/ld+json                                               | JSONLD
        application/rdf+xml                                               | RDFXML
        application/n-triples                                             | NTRIPLES
        text/turtle; charset=utf-8                                        | TURTLE
        TEXT/HTML                                                         | HTML
        # weights: a client that ranks RDF at least as high as HTML gets RDF
        text/turtle, text/html;q=0.5                                      | TURTLE
        text/html;q=0.5, text/turtle                                      | TURTLE
        text/html, text/turtle;q=0.5                                      | HTML
        text/html, text/turtle                                            | TURTLE
        text/html;q=0.9, application/ld+json                              | JSONLD
        application/rdf+xml;q=0.9, application/ld+json;q=0.8              | RDFXML
        application/n-triples, text/turtle;q=0.2                          | NTRIPLES
        # browsers (Firefox, Chrome): HTML named first, everything else through */* at a lower weight
        text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8   | HTML
        text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7 | HTML
        # ranges
        text/*                                                            | TURTLE
        text/*;q=0.9, text/turtle;q=0.1                                   | HTML
        application/*                                                     | JSONLD
        */*;q=0.9, text/html;q=0.1                                        | TURTLE
        */*;q=0.1, text/html;q=0.9                                        | HTML
        # the most specific range decides; q=0 excludes
        text/html;q=0, */*                                                | TURTLE
        */*, text/turtle;q=0                                              | JSONLD
        text/html, text/turtle;q=0, */*;q=0                               | HTML
        """)
    void negotiates(String accept, RdfFormat expected) {
        assertEquals(Optional.of(expected), RdfFormat.negotiate(accept, ONTOLOGY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        image/png
        image/png, */*;q=0
        text/turtle;q=0
        application/json
        text/html;q=0, text/turtle;q=0, application/*;q=0
        """)
    void nothingAcceptable(String accept) {
        assertEquals(Optional.empty(), RdfFormat.negotiate(accept, ONTOLOGY));
    }

    @Test
    void jenasOwnRdfAcceptHeaderGetsTurtle() {
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.negotiate(WebContent.defaultRDFAcceptHeader, ONTOLOGY));
    }

    @Test
    void formatParameterNames() {
        for (RdfFormat f : RdfFormat.values())
            assertEquals(Optional.of(f), RdfFormat.byShortName(f.shortName().toUpperCase(), List.of(RdfFormat.values())));
        assertEquals(Optional.empty(), RdfFormat.byShortName("png", List.of(RdfFormat.values())));
        assertEquals(Optional.empty(), RdfFormat.byShortName("trig", ONTOLOGY), "only what is offered");
        assertEquals(Optional.empty(), RdfFormat.byShortName("html", RdfFormat.RDF));
        assertEquals("text/turtle;charset=utf-8", RdfFormat.TURTLE.contentTypeHeader());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
        NULL                                                              | TURTLE
        application/n-quads                                               | NQUADS
        application/trig, application/n-quads                             | TRIG
        application/n-quads, application/trig;q=0.9                       | NQUADS
        text/html                                                         | HTML
        text/html;q=0.5, application/trig                                 | TRIG
        """)
    void aResourceOffersItsPageAndEveryRdfFormat(String accept, RdfFormat expected) {
        assertEquals(Optional.of(expected), RdfFormat.negotiate(accept, List.of(RdfFormat.values())));
    }

    @Test
    void withoutThePageOfferedHtmlIsNeverChosen() {
        assertEquals(Optional.empty(), RdfFormat.negotiate("text/html", RdfFormat.RDF));
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.negotiate("text/html, */*;q=0.1", RdfFormat.RDF));
        assertEquals(Optional.empty(), RdfFormat.negotiate("application/trig", ONTOLOGY), "the ontology has no quad format");
    }

    @Test
    void quadFormatsAreTrigAndNQuads() {
        assertEquals(List.of(RdfFormat.TRIG, RdfFormat.NQUADS), RdfFormat.RDF.stream().filter(RdfFormat::isQuads).toList());
        assertTrue(RdfFormat.TRIPLES.stream().noneMatch(RdfFormat::isQuads));
        assertEquals(Optional.empty(), RdfFormat.HTML.lang());
    }
}
