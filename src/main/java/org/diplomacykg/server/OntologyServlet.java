package org.diplomacykg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.web.HttpNames;
import org.diplomacykg.graph.DKG;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.store.RdfFormat;

/**
 * Serves the ontology at its IRI: {@code https://w3id.org/diplomacy-kg/ontology} is answered at this server's
 * {@code /ontology} (the base {@value IriMinter#DEFAULT_BASE} maps to the server root), and so are the version
 * IRI {@code /ontology/0.2.0} and the other IRIs the {@link OntologyDocument} answers to. Term IRIs such as
 * {@code …/ontology#Visit} reach it as {@code /ontology} (browsers do not send fragments); the HTML page has an
 * anchor per term, so the browser lands on it.
 * <p>
 * GET and HEAD. The representation is chosen from the {@code Accept} header by {@link RdfFormat#negotiate}
 * (HTML for browsers, Turtle for {@code *}{@code /*} and no header, RDF whenever the client ranks an RDF format as
 * high as HTML), or named by the query parameter {@code format} ({@code html}, {@code ttl}, {@code jsonld},
 * {@code rdf}, {@code nt}) for links. Every answer carries {@code Vary: Accept} and a {@code Link} header per
 * format ({@code rel="alternate"}); nothing acceptable gives 406, an unknown {@code format} 400, an IRI the
 * document does not answer to (or no ontology configured) 404.
 */
final class OntologyServlet extends ReadServlet {

    /** The first path segment of the ontology IRI after the base: the servlet answers under {@code /ontology}. */
    static final String PATH_SEGMENT = DKG.ONTOLOGY_IRI.substring(IriMinter.DEFAULT_BASE.length());
    /** For {@code FusekiServer.Builder.addServlet}: matches {@code /ontology} itself and every path below it. */
    static final String PATH_SPEC = "/" + PATH_SEGMENT + "/*";

    private static final String FORMAT_PARAM = "format";

    /** The representations of the ontology: its HTML page and the RDF formats of one graph, the preferred first. */
    static final List<RdfFormat> FORMATS = List.of(RdfFormat.HTML, RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.RDFXML, RdfFormat.NTRIPLES);

    private final transient Optional<OntologyDocument> document;

    /** @param document the ontology, or empty to answer 404 */
    OntologyServlet(Optional<OntologyDocument> document) {
        this.document = document;
    }

    @Override
    protected void answer(HttpServletRequest req, HttpServletResponse resp, String path, boolean withBody) throws IOException {
        String iri = IriMinter.DEFAULT_BASE + path.substring(1);
        if (document.isEmpty() || !document.get().isNamedBy(iri)) {
            text(resp, HttpServletResponse.SC_NOT_FOUND, document.isEmpty() ? "No ontology is served here.\n"
                : "Not found: " + path + " names no part of the ontology.\n", withBody);
            return;
        }
        resp.setHeader(HttpNames.hVary, HttpNames.hAccept);
        resp.setHeader("Link", alternates(req.getRequestURI()));

        Optional<RdfFormat> format;
        String named = req.getParameter(FORMAT_PARAM);
        if (named != null) {
            format = RdfFormat.byShortName(named.strip(), FORMATS);
            if (format.isEmpty()) {
                text(resp, HttpServletResponse.SC_BAD_REQUEST, "Unknown format '" + named + "'; use one of: " + shortNames() + "\n", withBody);
                return;
            }
        } else {
            format = RdfFormat.negotiate(req.getHeader(HttpNames.hAccept), FORMATS);
            if (format.isEmpty()) {
                text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "None of the formats of the ontology is acceptable. Available: "
                    + contentTypes() + "\n", withBody);
                return;
            }
        }

        RdfFormat f = format.get();
        byte[] body = document.get().bytes(f);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(f.contentTypeHeader());
        resp.setContentLength(body.length);
        if (f == RdfFormat.HTML)
            resp.setHeader("Content-Security-Policy", Pages.CSP);
        if (withBody)
            resp.getOutputStream().write(body);
    }

    /** {@code </ontology?format=ttl>; rel="alternate"; type="text/turtle", …}: each representation at a URL of its own. */
    private static String alternates(String path) {
        StringJoiner links = new StringJoiner(", ");
        for (RdfFormat f : FORMATS)
            links.add("<" + path + "?" + FORMAT_PARAM + "=" + f.shortName() + ">; rel=\"alternate\"; type=\"" + f.contentType() + "\"");
        return links.toString();
    }

    private static String shortNames() {
        StringJoiner names = new StringJoiner(", ");
        for (RdfFormat f : FORMATS)
            names.add(f.shortName());
        return names.toString();
    }

    private static String contentTypes() {
        StringJoiner types = new StringJoiner(", ");
        for (RdfFormat f : FORMATS)
            types.add(f.contentType());
        return types.toString();
    }

    private static void text(HttpServletResponse resp, int status, String message, boolean withBody) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        if (withBody)
            resp.getOutputStream().write(body);
    }
}
