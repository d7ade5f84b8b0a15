package org.diplomacykg.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.WebContent;
import org.diplomacykg.store.JsonLdLib;

/**
 * Publishes the JSON-LD context at {@value #PATH}: the server answers the base's IRIs at its root, so this is the
 * IRI {@code {base}context.jsonld} that the JSON-LD dumps ({@code export --jsonld}) name as their {@code @context}
 * ({@link JsonLdLib#context(String)}: {@code ontology/context.jsonld}, its data prefixes under the server's base).
 * The JSON-LD documents the server answers have this context embedded, so that they read offline.
 * GET and HEAD, {@code application/ld+json}, readable from any origin (the server's CORS filter), cacheable for a day.
 */
final class ContextServlet extends HttpServlet {

    /** Where the context is served. */
    static final String PATH = "/" + JsonLdLib.FILE_NAME;

    private final byte[] body;

    /** @param base the base of the data IRIs ({@link ServerConfig#base()}) */
    ContextServlet(String base) {
        this.body = JsonLdLib.contextBytes(base);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(resp, true);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(resp, false);
    }

    private void answer(HttpServletResponse resp, boolean withBody) throws IOException {
        resp.setHeader("Cache-Control", "public, max-age=86400");
        Responses.bytes(resp, HttpServletResponse.SC_OK, WebContent.contentTypeJSONLD + ";charset=utf-8", body, withBody);
    }
}
