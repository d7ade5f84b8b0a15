package org.diplomacykg.server;

import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WebContent;

/**
 * The representations of the ontology that {@link OntologyServlet} serves, and the choice between them for an
 * HTTP {@code Accept} header ({@link #negotiate}).
 * <p>
 * The rule, in order:
 * <ol>
 * <li>No {@code Accept} header (or an empty one) counts as {@code *}{@code /*}.</li>
 * <li>Each format gets the quality (q) of the <em>most specific</em> range of the header that matches it
 *     (RFC 9110 §12.5.1: in {@code text/html;q=0, *}{@code /*} HTML has q=0, not 1); q=0 means not acceptable.</li>
 * <li>HTML is a candidate only when the client names it, by {@code text/html} or {@code text/*}: a wildcard
 *     {@code *}{@code /*} alone (curl, scripts, RDF libraries) never gets HTML.</li>
 * <li>HTML wins only when its q is strictly higher than every RDF format's: a client that puts any RDF format at
 *     least as high as HTML gets RDF ({@code text/turtle, text/html;q=0.5} gives Turtle; browsers send
 *     {@code text/html,…,*}{@code /*;q=0.8} and get HTML).</li>
 * <li>Among the RDF formats the highest q wins; ties go to Turtle, then JSON-LD, RDF/XML, N-Triples.</li>
 * <li>Nothing acceptable: no format (the servlet answers 406).</li>
 * </ol>
 * The rule is {@link Negotiation}'s; resource pages ({@link ResourceFormat}) use it too.
 */
enum OntologyFormat {
    HTML(WebContent.contentTypeHTML, null, "html"),
    TURTLE(WebContent.contentTypeTurtle, Lang.TURTLE, "ttl"),
    JSONLD(WebContent.contentTypeJSONLD, Lang.JSONLD, "jsonld"),
    RDFXML(WebContent.contentTypeRDFXML, Lang.RDFXML, "rdf"),
    NTRIPLES(WebContent.contentTypeNTriples, Lang.NTRIPLES, "nt");

    private static final List<OntologyFormat> RDF_BY_PREFERENCE = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);

    private final MediaType mediaType;
    private final Lang lang;
    private final String shortName;

    OntologyFormat(String contentType, Lang lang, String shortName) {
        this.mediaType = MediaType.create(contentType);
        this.lang = lang;
        this.shortName = shortName;
    }

    /** The media type without parameters, such as {@code text/turtle}. */
    String contentType() {
        return mediaType.getContentTypeStr();
    }

    /** The value of the {@code Content-Type} header: every representation is written in UTF-8. */
    String contentTypeHeader() {
        return contentType() + ";charset=utf-8";
    }

    /** The RDF syntax, or empty for HTML. */
    Optional<Lang> lang() {
        return Optional.ofNullable(lang);
    }

    /** The value of the {@code format} query parameter that asks for this representation without negotiation. */
    String shortName() {
        return shortName;
    }

    /** The format named by a {@code format} query parameter ({@code html}, {@code ttl}, {@code jsonld}, {@code rdf}, {@code nt}). */
    static Optional<OntologyFormat> byShortName(String name) {
        for (OntologyFormat f : values())
            if (f.shortName.equalsIgnoreCase(name.strip()))
                return Optional.of(f);
        return Optional.empty();
    }

    /**
     * The representation to send for an {@code Accept} header, by the rule of this class.
     *
     * @param acceptHeader the header value, or {@code null} when the request has none
     * @return empty when no format is acceptable (HTTP 406)
     */
    static Optional<OntologyFormat> negotiate(String acceptHeader) {
        return Negotiation.choose(acceptHeader, HTML, RDF_BY_PREFERENCE, f -> f.mediaType);
    }
}
