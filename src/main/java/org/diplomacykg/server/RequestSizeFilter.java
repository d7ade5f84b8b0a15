package org.diplomacykg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses over-long requests before anything reads them: a query string, or a request body (a form or a
 * {@code application/sparql-query} POST), longer than the limit is answered {@code 413 Content Too Large} with a plain
 * text message saying the limit; a body of unknown length (chunked) is answered {@code 411 Length Required}, since its
 * size is only known once it is read. A query written by hand is a few kilobytes; a megabyte-long one is an attack
 * on the parser, or a mistake.
 * <p>
 * Why not Jetty's {@code SizeLimitHandler}: it limits bodies only (a long query string passes), answers with Jetty's
 * error page rather than a message that names the limit, and reads a chunked body up to the limit instead of asking for
 * its length first. Jetty's {@code GzipHandler} in front of this filter does not inflate request bodies, so the
 * {@code Content-Length} checked here is the size the server reads.
 */
final class RequestSizeFilter implements Filter {
    private final long maxBytes;

    /** @param maxBytes the longest query string, and the longest body, accepted */
    RequestSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String query = req.getQueryString();
        // The query string as sent is percent-encoded ASCII: its length in characters is its length in bytes.
        if (query != null && query.length() > maxBytes) {
            drain(req);
            refuse(resp, 413, "The query string is " + query.length() + " bytes long; this server reads at most " + maxBytes
                + " bytes. Send a shorter query.");
            return;
        }
        long length = req.getContentLengthLong();
        if (length > maxBytes) {
            drain(req);
            refuse(resp, 413, "The request body is " + length + " bytes long; this server reads at most " + maxBytes
                + " bytes. Send a shorter query.");
            return;
        }
        if (length < 0 && req.getHeader("Transfer-Encoding") != null) {
            refuse(resp, 411, "A request body must come with its Content-Length (at most " + maxBytes + " bytes).");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Reads and drops the body of a refused request, up to twice the limit (at least 1 MiB), before answering: a
     * connection closed with unread bytes is reset, and the reset can reach the client before the answer, which then
     * sees no response at all. A longer body is left unread.
     */
    private void drain(HttpServletRequest req) throws IOException {
        long left = Math.max(1L << 20, 2 * maxBytes);
        byte[] buffer = new byte[8192];
        var in = req.getInputStream();
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
            left -= n;
        }
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        // The body of an over-long request is dropped: the connection is closed rather than reused.
        resp.setHeader("Connection", "close");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
