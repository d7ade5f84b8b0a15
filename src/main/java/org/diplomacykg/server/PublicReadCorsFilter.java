package org.diplomacykg.server;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS so that pages on any origin may read: {@code Access-Control-Allow-Origin: *} on every answer to a
 * cross-origin request, never {@code Access-Control-Allow-Credentials} (and browsers send no cookies or credentials
 * with {@code *}), preflights answered for GET, HEAD and POST only (POST is how SPARQL sends long queries): PUT,
 * DELETE and PATCH are never allowed cross-origin. The SPARQL Update endpoint, when open, gets no CORS headers at all,
 * so no page of another origin can read its answers or send it a request that needs a preflight.
 * <p>
 * Why not {@code FusekiServer.Builder.enableCors(true)}: its defaults allow PUT, DELETE, PATCH and, through Jetty's
 * {@code CrossOriginFilter}, credentials for every origin it echoes. Why not Jetty 12's {@code CrossOriginHandler}
 * (12.1.1): it echoes the request's {@code Origin} instead of sending {@code *} (so every answer varies by origin),
 * answers every preflight from an allowed origin with {@code Access-Control-Allow-Origin} whatever method it asks for
 * (a PUT preflight would get an allowance header, only without PUT in the list), and applies to every path, where the
 * update endpoint must get no CORS headers at all.
 */
final class PublicReadCorsFilter implements Filter {

    static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "POST");
    static final String ALLOWED_HEADERS = "Accept, Content-Type, Origin, X-Requested-With";
    static final String EXPOSED_HEADERS = "Content-Type, Content-Length, Content-Location, Link, Location, Vary, Cache-Control, Last-Modified, "
        + "ETag, Accept-Ranges, Content-Range";

    private final String updatePath;

    /** @param updatePath the path of the SPARQL Update endpoint ({@code /diplomacy/update}), which gets no CORS */
    PublicReadCorsFilter(String updatePath) {
        this.updatePath = updatePath;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String origin = req.getHeader("Origin");
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (origin == null || path.equals(updatePath) || path.equals("/ui" + updatePath)) {
            chain.doFilter(request, response);
            return;
        }
        String requested = req.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(req.getMethod()) && requested != null) {
            // A preflight: answer it here; a method that is not a read gets no allowance, so the browser stops.
            if (READ_METHODS.contains(requested.strip().toUpperCase(Locale.ROOT))) {
                resp.setHeader("Access-Control-Allow-Origin", "*");
                resp.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                resp.setHeader("Access-Control-Max-Age", "1800");
            }
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        chain.doFilter(request, response);
    }
}
