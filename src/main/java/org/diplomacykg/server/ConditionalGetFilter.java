package org.diplomacykg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Conditional GET for the documents the server makes from the data on each request (data documents, pages, the
 * ontology, VoID, the JSON-LD context): a {@code 200} answer to GET or HEAD gets a strong {@code ETag}, a hash of its
 * content type and body, and a {@code Last-Modified}, the time the data last changed ({@link DataVersion}); a request
 * whose {@code If-None-Match} names that tag (or {@code *}), or, without {@code If-None-Match}, whose
 * {@code If-Modified-Since} is not older than that time, is answered {@code 304 Not Modified} with no body (RFC 9110
 * §13.1.2, §13.1.3, §13.2.2). The servlets stay as they are: the answer is buffered here (they write one {@code byte[]}
 * anyway) and hashed. A HEAD is answered as the GET with its body dropped, so it carries the same tag. An {@code ETag}
 * or {@code Last-Modified} a servlet sets itself is kept; an answer other than 200 passes through untouched.
 * <p>
 * Behind {@code GzipHandler}: a gzipped answer's tag becomes {@code "…--gzip"}, and GzipHandler strips that suffix
 * from {@code If-None-Match} before this filter compares, so the tags here are hexadecimal (no {@code --}).
 */
final class ConditionalGetFilter implements Filter {

    private static final String ETAG = "ETag";
    private static final String LAST_MODIFIED = "Last-Modified";

    private final DataVersion version;
    private final List<String> pathSpecs;

    /**
     * @param version   when the data last changed
     * @param pathSpecs the paths whose answers are tagged, as servlet path specs: {@code /data/*} (which includes
     *                  {@code /data}) or an exact path
     */
    ConditionalGetFilter(DataVersion version, List<String> pathSpecs) {
        this.version = version;
        this.pathSpecs = List.copyOf(pathSpecs);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean head = "HEAD".equals(req.getMethod());
        if (!(head || "GET".equals(req.getMethod())) || !covers(req.getRequestURI().substring(req.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(resp);
        chain.doFilter(head ? new AsGet(req) : req, buffered);
        if (buffered.answered)
            return;
        byte[] body = buffered.body();
        int status = resp.getStatus();
        if (status == HttpServletResponse.SC_OK && notModified(req, resp, body)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            resp.setContentType(null);
            // Sent now, without a length: Jetty would otherwise end the answer with Content-Length: 0, which a 304
            // must not carry (RFC 9110 §8.6: it would be the length of the 200).
            resp.flushBuffer();
            return;
        }
        if (status == HttpServletResponse.SC_NO_CONTENT || status == HttpServletResponse.SC_NOT_MODIFIED)
            return;
        resp.setContentLength(body.length);
        if (!head)
            resp.getOutputStream().write(body);
    }

    boolean covers(String path) {
        for (String spec : pathSpecs) {
            if (spec.endsWith("/*") ? path.equals(spec.substring(0, spec.length() - 2)) || path.startsWith(spec.substring(0, spec.length() - 1))
                                    : path.equals(spec))
                return true;
        }
        return false;
    }

    /** Sets the validators of a 200 answer and says whether the request's conditions make it a 304. */
    private boolean notModified(HttpServletRequest req, HttpServletResponse resp, byte[] body) {
        String etag = resp.getHeader(ETAG);
        if (etag == null) {
            etag = strongEtag(resp.getContentType(), body);
            resp.setHeader(ETAG, etag);
        }
        if (resp.getHeader(LAST_MODIFIED) == null)
            resp.setDateHeader(LAST_MODIFIED, version.lastModifiedMillis());
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null)
            return matches(ifNoneMatch, etag);
        long since = dateHeader(req, "If-Modified-Since");
        long modified = parseDate(resp.getHeader(LAST_MODIFIED));
        return since >= 0 && modified >= 0 && modified / 1000 <= since / 1000;
    }

    /** A strong entity tag: the first 128 bits of the SHA-256 of the content type and the body, in hexadecimal. */
    static String strongEtag(String contentType, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.valueOf(contentType).getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
            return "\"" + HexFormat.of().formatHex(Arrays.copyOf(md.digest(body), 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The weak comparison of {@code If-None-Match} (RFC 9110 §13.1.2): {@code *}, or a listed tag equal but for {@code W/}. */
    static boolean matches(String ifNoneMatch, String etag) {
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(opaque))
                return true;
        }
        return false;
    }

    /** A request date header in epoch milliseconds; -1 when absent or not a date (then it is ignored, RFC 9110 §13.1.3). */
    private static long dateHeader(HttpServletRequest req, String name) {
        try {
            return req.getDateHeader(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static long parseDate(String httpDate) {
        if (httpDate == null)
            return -1;
        try {
            return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    /** A HEAD passed on as a GET, so that the servlet writes the body this filter hashes (and then drops). */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest req) {
            super(req);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }

    /**
     * Keeps the body (and its length) back until the filter has looked at it; headers and status go through. An error
     * or redirect sent with {@code sendError} / {@code sendRedirect} is answered at once ({@link #answered}).
     */
    private static final class BufferedResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean answered;

        BufferedResponse(HttpServletResponse resp) {
            super(resp);
        }

        byte[] body() {
            if (writer != null)
                writer.flush();
            return buffer.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (writer != null)
                throw new IllegalStateException("getWriter() was called");
            if (stream == null)
                stream = new BufferStream(buffer);
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (stream != null)
                throw new IllegalStateException("getOutputStream() was called");
            if (writer == null)
                writer = new PrintWriter(new OutputStreamWriter(buffer, Charset.forName(getCharacterEncoding())));
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // Set from the buffer once it is known whether there is a body.
        }

        @Override
        public void setContentLengthLong(long len) {
            // As setContentLength.
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name))
                super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name))
                super.addHeader(name, value);
        }

        @Override
        public void setIntHeader(String name, int value) {
            if (!"Content-Length".equalsIgnoreCase(name))
                super.setIntHeader(name, value);
        }

        @Override
        public void addIntHeader(String name, int value) {
            if (!"Content-Length".equalsIgnoreCase(name))
                super.addIntHeader(name, value);
        }

        @Override
        public void flushBuffer() {
            // Nothing is sent before the filter has decided.
            if (writer != null)
                writer.flush();
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            buffer.reset();
        }

        @Override
        public void reset() {
            super.reset();
            buffer.reset();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            answered = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            answered = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            answered = true;
            super.sendRedirect(location);
        }

        @Override
        public void sendRedirect(String location, int sc) throws IOException {
            answered = true;
            super.sendRedirect(location, sc);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            answered = true;
            super.sendRedirect(location, clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            answered = true;
            super.sendRedirect(location, sc, clearBuffer);
        }
    }

    /** A servlet output stream into a byte buffer. */
    private static final class BufferStream extends ServletOutputStream {
        private final ByteArrayOutputStream buffer;

        BufferStream(ByteArrayOutputStream buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            try {
                listener.onWritePossible();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
