package org.diplomacykg.server;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps {@code Accept-Encoding} in {@code Vary}. Jetty's {@code GzipHandler} puts {@code Vary: Accept-Encoding} on
 * every answer it may compress before any servlet runs; a servlet that negotiates the format then sets
 * {@code Vary: Accept}, which would replace it, and a cache could hand a gzipped answer to a client that cannot read
 * it. Under this filter a servlet's {@code Vary} is joined to it: {@code Vary: Accept, Accept-Encoding}. Answers that
 * GzipHandler leaves alone (the dumps, HEAD) are not touched.
 */
final class AcceptEncodingVaryFilter implements Filter {

    static final String VARY = "Vary";
    static final String ACCEPT_ENCODING = "Accept-Encoding";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        if (names(resp.getHeader(VARY), ACCEPT_ENCODING))
            chain.doFilter(request, new KeepAcceptEncoding(resp));
        else
            chain.doFilter(request, response);
    }

    /** Whether the comma-separated header value lists the header name (case-insensitive), or is {@code *}. */
    static boolean names(String vary, String header) {
        return vary != null && Arrays.stream(vary.split(",")).map(String::strip)
            .anyMatch(v -> v.equalsIgnoreCase(header) || v.equals("*"));
    }

    /** {@code value} with {@code Accept-Encoding} added when it does not list it. */
    static String withAcceptEncoding(String value) {
        if (value == null || value.isBlank())
            return ACCEPT_ENCODING;
        return names(value, ACCEPT_ENCODING) ? value : value + ", " + ACCEPT_ENCODING;
    }

    private static final class KeepAcceptEncoding extends HttpServletResponseWrapper {
        KeepAcceptEncoding(HttpServletResponse resp) {
            super(resp);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, VARY.equalsIgnoreCase(name) ? withAcceptEncoding(value) : value);
        }
    }
}
