package org.diplomacykg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;

import org.apache.jena.riot.WebContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The content negotiation rule of the ontology endpoint, header by header. */
class OntologyFormatTest {

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
    void negotiates(String accept, OntologyFormat expected) {
        assertEquals(Optional.of(expected), OntologyFormat.negotiate(accept));
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
        assertEquals(Optional.empty(), OntologyFormat.negotiate(accept));
    }

    @Test
    void jenasOwnRdfAcceptHeaderGetsTurtle() {
        assertEquals(Optional.of(OntologyFormat.TURTLE), OntologyFormat.negotiate(WebContent.defaultRDFAcceptHeader));
    }

    @Test
    void formatParameterNames() {
        for (OntologyFormat f : OntologyFormat.values())
            assertEquals(Optional.of(f), OntologyFormat.byShortName(f.shortName().toUpperCase()));
        assertEquals(Optional.empty(), OntologyFormat.byShortName("png"));
        assertEquals("text/turtle;charset=utf-8", OntologyFormat.TURTLE.contentTypeHeader());
    }
}
