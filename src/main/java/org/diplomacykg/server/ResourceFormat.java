package org.diplomacykg.server;

import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WebContent;

/**
 * The representations of a resource (and of the VoID and service descriptions): an HTML page and six RDF syntaxes,
 * each with the file extension that names its document ({@code /data/id/person/john-kerry.ttl}).
 * <p>
 * {@link #negotiate} follows {@link Negotiation}: HTML only for a client that names it and ranks it above every RDF
 * format; among RDF formats ties go to Turtle, then JSON-LD, RDF/XML, N-Triples, TriG, N-Quads. The quad formats
 * (TriG, N-Quads) have the document's statements in the default graph, as the triple formats have them, and each
 * again in its named graph, that is, with which article says it ({@link ResourceDescription#asDataset()}).
 */
enum ResourceFormat {
    HTML(WebContent.contentTypeHTML, null, "html"),
    TURTLE(WebContent.contentTypeTurtle, Lang.TURTLE, "ttl"),
    JSONLD(WebContent.contentTypeJSONLD, Lang.JSONLD, "jsonld"),
    RDFXML(WebContent.contentTypeRDFXML, Lang.RDFXML, "rdf"),
    NTRIPLES(WebContent.contentTypeNTriples, Lang.NTRIPLES, "nt"),
    TRIG(WebContent.contentTypeTriG, Lang.TRIG, "trig"),
    NQUADS(WebContent.contentTypeNQuads, Lang.NQUADS, "nq");

    /** Every RDF format, the preferred first. */
    static final List<ResourceFormat> RDF = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES, TRIG, NQUADS);

    private final MediaType mediaType;
    private final Lang lang;
    private final String extension;

    ResourceFormat(String contentType, Lang lang, String extension) {
        this.mediaType = MediaType.create(contentType);
        this.lang = lang;
        this.extension = extension;
    }

    /** The media type without parameters, such as {@code text/turtle}. */
    String contentType() {
        return mediaType.getContentTypeStr();
    }

    /** The value of the {@code Content-Type} header: every representation is written in UTF-8. */
    String contentTypeHeader() {
        return contentType() + ";charset=utf-8";
    }

    /** The RDF syntax; empty for HTML. */
    Optional<Lang> lang() {
        return Optional.ofNullable(lang);
    }

    /** The extension of the document in this format, without the dot ({@code ttl}). */
    String extension() {
        return extension;
    }

    /** Whether the format has named graphs besides the default graph (TriG, N-Quads). */
    boolean isQuads() {
        return this == TRIG || this == NQUADS;
    }

    /** The RDF format whose extension is {@code ext} (not HTML: pages have URLs of their own). */
    static Optional<ResourceFormat> byExtension(String ext) {
        for (ResourceFormat f : RDF)
            if (f.extension.equalsIgnoreCase(ext))
                return Optional.of(f);
        return Optional.empty();
    }

    /** The representation for an {@code Accept} header; empty when nothing offered is acceptable (406). */
    static Optional<ResourceFormat> negotiate(String acceptHeader) {
        return Negotiation.choose(acceptHeader, HTML, RDF, f -> f.mediaType);
    }

    /** The RDF format for an {@code Accept} header, for documents that have no HTML page. */
    static Optional<ResourceFormat> negotiateRdf(String acceptHeader) {
        return Negotiation.choose(acceptHeader, null, RDF, f -> f.mediaType);
    }
}
