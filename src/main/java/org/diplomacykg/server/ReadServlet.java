package org.diplomacykg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A servlet that answers GET and HEAD the same way, HEAD without the body. */
abstract class ReadServlet extends HttpServlet {

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, path(req), true);
    }

    @Override
    protected final void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, path(req), false);
    }

    /**
     * Answers a GET ({@code withBody}) or a HEAD.
     *
     * @param path the request's path on the server (its URI without the context path)
     */
    protected abstract void answer(HttpServletRequest req, HttpServletResponse resp, String path, boolean withBody)
            throws IOException;

    private static String path(HttpServletRequest req) {
        return req.getRequestURI().substring(req.getContextPath().length());
    }
}
