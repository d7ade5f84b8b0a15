package org.diplomacykg.server;

import static org.diplomacykg.server.OntologyHtml.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.diplomacykg.store.Dumps;

/**
 * The dumps written by {@code export} (or by {@code serve} at start) at {@code /dumps/}: {@code diplomacy.nq.gz},
 * {@code diplomacy.trig.gz} (as {@code application/gzip}, for download: not decompressed by the client on the way) and
 * {@code SHA256SUMS}; {@code /dumps/} lists them. Only those names are served, from the configured folder; anything
 * else is 404, and so is everything when no folder is configured.
 */
final class DumpServlet extends ReadServlet {

    static final String PATH_SPEC = "/dumps/*";

    private final transient Path dir;

    /** @param dir the folder of the dumps, or {@code null} for none */
    DumpServlet(Path dir) {
        this.dir = dir;
    }

    @Override
    protected void answer(HttpServletRequest req, HttpServletResponse resp, String path, boolean withBody) throws IOException {
        String name = path.length() > "/dumps/".length() ? path.substring("/dumps/".length()) : "";
        if (name.isEmpty()) {
            if (path.equals("/dumps")) {
                resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                resp.setHeader("Location", "/dumps/");
                return;
            }
            Responses.html(resp, index(Dumps.list(dir)), withBody);
            return;
        }
        Optional<Path> file = Dumps.find(dir, name);
        if (file.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No dump named " + name + " here\n", withBody);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(name.endsWith(".gz") ? "application/gzip" : "text/plain;charset=us-ascii");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        resp.setDateHeader("Last-Modified", Files.getLastModifiedTime(file.get()).toMillis());
        resp.setContentLengthLong(Files.size(file.get()));
        if (withBody) {
            try (InputStream in = Files.newInputStream(file.get()); OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    private static String index(List<Path> files) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Dumps — diplomacy-kg</title>\n<style>\n")
            .append(PageStyle.CSS).append("</style>\n</head>\n<body>\n").append(PageStyle.NAV).append("<h1>Dumps</h1>\n");
        if (files.isEmpty()) {
            sb.append("<p class=\"note\">No dump has been written. Run <code>export</code>.</p>\n");
        } else {
            sb.append("<ul>\n");
            for (Path f : files) {
                String n = f.getFileName().toString();
                long size;
                try {
                    size = Files.size(f);
                } catch (IOException e) {
                    size = -1;
                }
                sb.append("<li><a href=\"/dumps/").append(esc(n)).append("\">").append(esc(n)).append("</a> <span class=\"src\">")
                  .append(size).append(" bytes</span></li>\n");
            }
            sb.append("</ul>\n<p>Check a download with <code>sha256sum -c SHA256SUMS</code>.</p>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }
}
