package org.diplomacykg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.store.JsonLdLib;
import org.diplomacykg.store.RdfFormat;

/** Small helpers the server's own servlets share to answer: plain text, bytes, RDF documents, {@code Link} headers. */
final class Responses {

    private Responses() {}

    static void text(HttpServletResponse resp, int status, String message, boolean withBody) throws IOException {
        bytes(resp, status, "text/plain;charset=utf-8", message.getBytes(StandardCharsets.UTF_8), withBody);
    }

    static void bytes(HttpServletResponse resp, int status, String contentType, byte[] body, boolean withBody) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if (withBody)
            resp.getOutputStream().write(body);
    }

    static void html(HttpServletResponse resp, String page, boolean withBody) throws IOException {
        resp.setHeader("Content-Security-Policy", Pages.CSP);
        bytes(resp, HttpServletResponse.SC_OK, RdfFormat.HTML.contentTypeHeader(), page.getBytes(StandardCharsets.UTF_8), withBody);
    }

    /** The graph in an RDF format; a quad format writes it as the default graph. */
    static byte[] write(Graph graph, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.isQuads())
            RDFDataMgr.write(out, org.apache.jena.sparql.core.DatasetGraphFactory.wrap(graph), format.lang().orElseThrow());
        else
            RDFDataMgr.write(out, graph, format.lang().orElseThrow());
        return out.toByteArray();
    }

    /**
     * The dataset in a quad format (its default graph and named graphs as they are), or, in a triple format,
     * {@code merged}, the statements of all its graphs; JSON-LD is
     * {@code merged} compacted with the project's context for {@code base}, the context embedded so that the document
     * reads offline ({@link JsonLdLib#writeEmbedded(Graph, String)}).
     */
    static byte[] write(DatasetGraph dsg, Graph merged, RdfFormat format, String base) {
        if (format == RdfFormat.JSONLD)
            return JsonLdLib.writeEmbedded(merged, base);
        if (!format.isQuads())
            return write(merged, format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, format == RdfFormat.TRIG ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS);
        return out.toByteArray();
    }

    /**
     * Answers with {@code model} in the RDF format the {@code format} parameter names ({@code ttl}, {@code jsonld}, …)
     * or else the {@code Accept} header negotiates (Turtle for none or {@code *}{@code /*}; 406 when nothing offered is
     * acceptable), with {@code Vary: Accept} and a {@code Link} header per format.
     */
    static void negotiatedRdf(HttpServletRequest req, HttpServletResponse resp, Model model, boolean withBody) throws IOException {
        String path = req.getRequestURI();
        Links links = new Links();
        for (RdfFormat f : RdfFormat.RDF)
            links.alternate(path + "?format=" + f.shortName(), f.contentType());
        resp.setHeader("Link", links.toString());
        resp.setHeader(HttpNames.hVary, HttpNames.hAccept);
        String named = req.getParameter("format");
        Optional<RdfFormat> f = named != null ? RdfFormat.byShortName(named, RdfFormat.RDF)
            : RdfFormat.negotiate(req.getHeader(HttpNames.hAccept), RdfFormat.RDF);
        if (f.isEmpty()) {
            text(resp, named != null ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_NOT_ACCEPTABLE,
                 "Available formats: " + String.join(", ", RdfFormat.RDF.stream().map(RdfFormat::contentType).toList())
                 + " (or ?format=" + String.join("|", RdfFormat.RDF.stream().map(RdfFormat::shortName).toList()) + ")\n", withBody);
            return;
        }
        bytes(resp, HttpServletResponse.SC_OK, f.get().contentTypeHeader(), write(model.getGraph(), f.get()), withBody);
    }

    /** {@code http://host:port} as the client addressed this server (its {@code Host} header). */
    static String origin(HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.:\\[\\]_-]+"))
            host = req.getServerName() + ":" + req.getServerPort();
        return req.getScheme() + "://" + host;
    }

    /** Builds a {@code Link} header value. */
    static final class Links {
        private final StringJoiner links = new StringJoiner(", ");

        Links alternate(String url, String type) {
            links.add("<" + url + ">; rel=\"alternate\"; type=\"" + type + "\"");
            return this;
        }

        Links add(String url, String rel) {
            links.add("<" + url + ">; rel=\"" + rel + "\"");
            return this;
        }

        @Override
        public String toString() {
            return links.toString();
        }
    }
}
