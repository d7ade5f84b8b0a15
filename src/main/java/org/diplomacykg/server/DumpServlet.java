package org.diplomacykg.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.diplomacykg.store.Dumps;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.content.HttpContent;

/**
 * The dumps written by {@code export} (or by {@code serve} at start) at {@code /dumps/}: {@code diplomacy.nq.gz},
 * {@code diplomacy.trig.gz} (as {@code application/gzip}, for download: not decompressed by the client on the way) and
 * {@code SHA256SUMS}; {@code /dumps/} lists them. Only those names are served, from the configured folder; anything
 * else is 404, and so is everything when no folder is configured.
 * <p>
 * The files are sent by Jetty's {@link ResourceServlet}: {@code Last-Modified} and a weak {@code ETag} from the file,
 * {@code If-Modified-Since} / {@code If-None-Match} answered 304, {@code Range} answered 206 (several ranges as
 * {@code multipart/byteranges}), HEAD; {@code If-Range}, which it does not read, is checked here. Its settings are fixed here rather than read from init
 * parameters: no directory listing (this servlet writes the index), no aliases, no file cache (an {@code export} may
 * replace a dump while the server runs).
 */
final class DumpServlet extends ResourceServlet {

    static final String PATH_SPEC = "/dumps/*";
    private static final String PREFIX = "/dumps/";

    private final transient Path dir;
    /** Whether {@link #dir} was a folder when the servlet started: ResourceServlet takes its base folder then. */
    private boolean served;

    /** @param dir the folder of the dumps, or {@code null} for none */
    DumpServlet(Path dir) {
        this.dir = dir;
    }

    @Override
    public String getInitParameter(String name) {
        return switch (name) {
            case "baseResource" -> served ? dir.toAbsolutePath().toUri().toString() : null;
            case "dirAllowed", "allowAliases", "welcomeServlets", "redirectWelcome" -> "false";
            case "etags", "acceptRanges", "pathInfoOnly" -> "true";
            default -> null;
        };
    }

    @Override
    public void init() throws ServletException {
        served = dir != null && Files.isDirectory(dir);
        super.init();
        HttpContent.Factory files = getResourceService().getHttpContentFactory();
        getResourceService().setHttpContentFactory(path -> typed(path, files));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Optional<HttpServletRequest> file = prepare(req, resp, true);
        if (file.isPresent())
            super.doGet(file.get(), resp);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Optional<HttpServletRequest> file = prepare(req, resp, false);
        if (file.isPresent())
            super.doGet(file.get(), resp);
    }

    /**
     * Answers what is not a dump file (the index, the folder without its slash, an unknown name); for a dump file sets
     * its download name and gives the request for ResourceServlet to answer.
     */
    private Optional<HttpServletRequest> prepare(HttpServletRequest req, HttpServletResponse resp, boolean withBody) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String name = path.length() > PREFIX.length() ? path.substring(PREFIX.length()) : "";
        if (name.isEmpty()) {
            if (path.equals("/dumps")) {
                resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                resp.setHeader("Location", PREFIX);
            } else {
                Responses.html(resp, index(Dumps.list(dir)), withBody);
            }
            return Optional.empty();
        }
        Optional<Path> file = served ? Dumps.find(dir, name) : Optional.empty();
        if (file.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No dump named " + name + " here\n", withBody);
            return Optional.empty();
        }
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        return Optional.of(ifRange(req, file.get()));
    }

    /**
     * {@code If-Range} (RFC 9110 §13.1.5): a range is sent only of the version of the file the client names; for
     * another version the whole file is. The version is named by its {@code Last-Modified} date (equal to the
     * file's, to the second); an entity tag never validates a range here, because ResourceServlet's tags are weak and
     * If-Range compares strongly.
     */
    static HttpServletRequest ifRange(HttpServletRequest req, Path file) throws IOException {
        String ifRange = req.getHeader("If-Range");
        if (ifRange == null || req.getHeader("Range") == null)
            return req;
        long modified = Files.getLastModifiedTime(file).toMillis() / 1000;
        try {
            if (ZonedDateTime.parse(ifRange.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond() == modified)
                return req;
        } catch (DateTimeParseException e) {
            // An entity tag, or not a date: the whole file.
        }
        return new WithoutRange(req);
    }

    /** The request with its {@code Range} header taken away. */
    private static final class WithoutRange extends HttpServletRequestWrapper {
        WithoutRange(HttpServletRequest req) {
            super(req);
        }

        @Override
        public String getHeader(String name) {
            return isRange(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isRange(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream().filter(n -> !isRange(n)).toList());
        }

        private static boolean isRange(String name) {
            return "Range".equalsIgnoreCase(name);
        }
    }

    /**
     * Only the dump files, and {@code SHA256SUMS}, which has no extension to take a type from, as plain ASCII text;
     * the {@code .gz} files get {@code application/gzip} from Jetty's table of types.
     */
    private static HttpContent typed(String path, HttpContent.Factory files) throws IOException {
        String name = path.startsWith("/") ? path.substring(1) : path;
        if (!Dumps.FILES.contains(name))
            return null;
        HttpContent content = files.getContent(path);
        if (content == null || !name.equals(Dumps.CHECKSUMS))
            return content;
        return new HttpContent.Wrapper(content) {
            @Override
            public HttpField getContentType() {
                return new HttpField(HttpHeader.CONTENT_TYPE, "text/plain;charset=us-ascii");
            }

            @Override
            public String getCharacterEncoding() {
                return "us-ascii";
            }

            @Override
            public MimeTypes.Type getMimeType() {
                return null;
            }
        };
    }

    /** A dump file and its size in bytes (-1 when it cannot be read). */
    record DumpFile(String name, long size) {}

    /** The files of the listing at {@code /dumps/}. */
    static List<DumpFile> listing(List<Path> files) {
        return files.stream().map(f -> new DumpFile(f.getFileName().toString(), size(f))).toList();
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String index(List<Path> files) {
        return Pages.render("dumps.jte", listing(files));
    }
}
