package org.diplomacykg.server;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Fuseki's CORS filter, set so that pages on any origin may read query results, and nothing more.
 * <p>
 * Why not {@code FusekiServer.Builder.enableCors(true)}: its defaults allow PUT, DELETE, PATCH and, through
 * {@code CrossOriginFilter}'s own default, credentials for every origin it echoes. The builder only takes
 * other settings from a properties <em>file</em>, so this subclass hands the filter its settings instead.
 * The filter echoes the caller's origin rather than sending {@code *}; without
 * {@code Access-Control-Allow-Credentials} browsers still refuse credentialed reads.
 */
final class PublicReadCorsFilter extends CrossOriginFilter {

    private static final Map<String, String> SETTINGS = Map.of(
        ALLOWED_ORIGINS_PARAM, "*",
        ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
        ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
        ALLOW_CREDENTIALS_PARAM, "false",
        EXPOSED_HEADERS_PARAM, "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,Pragma",
        // Answer preflights here: the Fuseki dispatcher has nothing useful to add to them.
        CHAIN_PREFLIGHT_PARAM, "false");

    @Override
    public void init(FilterConfig container) throws ServletException {
        super.init(new FilterConfig() {
            @Override public String getFilterName() { return container.getFilterName(); }
            @Override public ServletContext getServletContext() { return container.getServletContext(); }
            @Override public String getInitParameter(String name) { return SETTINGS.get(name); }
            @Override public Enumeration<String> getInitParameterNames() { return Collections.enumeration(SETTINGS.keySet()); }
        });
    }
}
