package org.diplomacykg.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.server.Dispatcher;

/**
 * The Fuseki query UI (the {@code webapp/} folder of jena-fuseki-ui) at {@code /ui/}, so that the server root can be
 * the landing page.
 * <p>
 * Why more than static files: the UI takes the page's own path as the Fuseki root and sends its calls below it
 * ({@code /ui/$/server}, {@code /ui/$/ping}, {@code /ui/$/stats/diplomacy}, queries to {@code /ui/diplomacy/sparql}).
 * This servlet passes those on: {@code /ui/$/…} is forwarded to the server's {@code /$/…} servlets (the read-only
 * ones {@link DkgServer} registers; the admin paths do not exist there either), and {@code /ui/{dataset}/…} goes to
 * Fuseki's dispatcher as {@code /{dataset}/…}, so it meets exactly the endpoints and settings of the dataset. Anything
 * else is a file of the UI, read from the class path; {@code ..} and unknown files are 404.
 * <p>
 * Two files are served changed ({@link QueryUi}): the page hides "add data", "edit" and "manage", which need services
 * this server does not offer, and the query view offers the project's prefixes and example queries (the {@code *.rq}
 * files of the queries folder, read on each request, so an edited query shows at once).
 */
final class UiServlet extends HttpServlet {

    static final String PATH = "/ui";
    static final String PATH_SPEC = PATH + "/*";

    private static final Map<String, String> TYPES = Map.of(
        "html", "text/html;charset=utf-8", "js", "text/javascript;charset=utf-8", "css", "text/css;charset=utf-8",
        "ico", "image/x-icon", "svg", "image/svg+xml", "png", "image/png", "woff", "font/woff", "woff2", "font/woff2",
        "json", "application/json", "map", "application/json");

    private final String resourceFolder;
    private final transient Path queries;
    private final String base;

    /**
     * @param resourceFolder class path folder of the UI, such as {@code webapp}
     * @param queries        folder of the example queries ({@code *.rq}); {@code null} or missing keeps Fuseki's
     * @param base           base of the data IRIs, for the {@code id:} prefix
     */
    UiServlet(String resourceFolder, Path queries, String base) {
        this.resourceFolder = resourceFolder;
        this.queries = queries;
        this.base = base;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals(PATH)) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", PATH + "/");
            return;
        }
        String rest = path.substring(PATH.length());          // "/", "/static/x.js", "/$/server", "/diplomacy/sparql"
        if (rest.startsWith("/$/")) {
            String query = req.getQueryString();
            req.getServletContext().getRequestDispatcher(rest + (query == null ? "" : "?" + query)).forward(req, resp);
            return;
        }
        if (Dispatcher.dispatch(new Rerooted(req, rest), resp))
            return;
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            Responses.text(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed\n", true);
            return;
        }
        file(rest.equals("/") ? "/index.html" : rest, resp, method.equals("GET"));
    }

    private void file(String name, HttpServletResponse resp, boolean withBody) throws IOException {
        if (name.contains("..") || name.contains("//") || name.contains("\\")) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found\n", withBody);
            return;
        }
        byte[] body;
        try (InputStream in = UiServlet.class.getClassLoader().getResourceAsStream(resourceFolder + name)) {
            if (in == null) {
                Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found\n", withBody);
                return;
            }
            body = in.readAllBytes();
        }
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        boolean changed = name.equals("/index.html") || name.matches(QueryUi.QUERY_VIEW);
        if (changed)
            body = changed(name, new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        // Files under static/ carry a content hash in their names; index.html must be read again after an upgrade, and
        // the query view when an example query changes.
        resp.setHeader("Cache-Control", name.startsWith("/static/") && !changed ? "public, max-age=86400" : "no-cache");
        Responses.bytes(resp, HttpServletResponse.SC_OK, TYPES.getOrDefault(ext, "application/octet-stream"), body, withBody);
    }

    /** The page, or the query view, as this server serves it ({@link QueryUi}). */
    private String changed(String name, String text) {
        return name.equals("/index.html") ? QueryUi.index(text) : QueryUi.queryView(text, queries, base);
    }

    /** The request as if sent without the {@code /ui} prefix, for Fuseki's dispatcher. */
    private static final class Rerooted extends HttpServletRequestWrapper {
        private final String path;

        Rerooted(HttpServletRequest req, String path) {
            super(req);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = super.getRequestURL();
            int at = url.indexOf(PATH + path);
            if (at >= 0)
                url.replace(at, at + PATH.length() + path.length(), path);
            return url;
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }
    }
}
