package org.diplomacykg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WebContent;

/**
 * The representations of a document on the web: an HTML page and six RDF syntaxes, each with its content type, its
 * Jena {@link Lang} and its short name, which is both the value of a {@code format} query parameter and the file
 * extension of the document ({@code /data/id/person/john-kerry.ttl}, {@code /ontology?format=ttl}).
 * <p>
 * A document offers some of them ({@link #TRIPLES} for the ontology, {@link #RDF} for resources, with or without the
 * HTML page); {@link #negotiate} chooses one for an HTTP {@code Accept} header by the rule of {@link Negotiation}: HTML
 * only for a client that names it and ranks it above every RDF format offered; among the RDF formats the highest q
 * wins, ties going to the earlier offer (Turtle, then JSON-LD, RDF/XML, N-Triples, TriG, N-Quads). The quad formats
 * (TriG, N-Quads) have named graphs besides the default graph ({@link #isQuads()}).
 */
public enum RdfFormat {
    HTML(WebContent.contentTypeHTML, null, "html"),
    TURTLE(WebContent.contentTypeTurtle, Lang.TURTLE, "ttl"),
    JSONLD(WebContent.contentTypeJSONLD, Lang.JSONLD, "jsonld"),
    RDFXML(WebContent.contentTypeRDFXML, Lang.RDFXML, "rdf"),
    NTRIPLES(WebContent.contentTypeNTriples, Lang.NTRIPLES, "nt"),
    TRIG(WebContent.contentTypeTriG, Lang.TRIG, "trig"),
    NQUADS(WebContent.contentTypeNQuads, Lang.NQUADS, "nq");

    /** Every RDF format, the preferred first. */
    public static final List<RdfFormat> RDF = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES, TRIG, NQUADS);

    /** The RDF formats of one graph, without named graphs (as the ontology is served), the preferred first. */
    public static final List<RdfFormat> TRIPLES = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);

    private final MediaType mediaType;
    private final Lang lang;
    private final String shortName;

    RdfFormat(String contentType, Lang lang, String shortName) {
        this.mediaType = MediaType.create(contentType);
        this.lang = lang;
        this.shortName = shortName;
    }

    /** The media type without parameters, such as {@code text/turtle}. */
    public String contentType() {
        return mediaType.getContentTypeStr();
    }

    /** The value of the {@code Content-Type} header: every representation is written in UTF-8. */
    public String contentTypeHeader() {
        return contentType() + ";charset=utf-8";
    }

    /** The RDF syntax; empty for HTML. */
    public Optional<Lang> lang() {
        return Optional.ofNullable(lang);
    }

    /** The value of a {@code format} query parameter asking for this format, and the extension of its document, without the dot ({@code ttl}). */
    public String shortName() {
        return shortName;
    }

    /** Whether the format has named graphs besides the default graph (TriG, N-Quads). */
    public boolean isQuads() {
        return this == TRIG || this == NQUADS;
    }

    /** The format of {@code offers} whose short name is {@code name}, in any case. */
    public static Optional<RdfFormat> byShortName(String name, List<RdfFormat> offers) {
        for (RdfFormat f : offers)
            if (f.shortName.equalsIgnoreCase(name))
                return Optional.of(f);
        return Optional.empty();
    }

    /**
     * The representation of {@code offers} to send for an {@code Accept} header, by the rule of {@link Negotiation}.
     *
     * @param acceptHeader the header value, or {@code null} when the request has none
     * @param offers       the formats the document has, the RDF ones in the order of preference (the earlier wins a
     *                     tie); the page is offered when {@link #HTML} is among them
     * @return empty when nothing offered is acceptable (HTTP 406)
     */
    public static Optional<RdfFormat> negotiate(String acceptHeader, List<RdfFormat> offers) {
        List<RdfFormat> rdf = new ArrayList<>(offers);
        boolean page = rdf.remove(HTML);
        return Negotiation.choose(acceptHeader, page ? HTML : null, rdf, f -> f.mediaType);
    }
}
