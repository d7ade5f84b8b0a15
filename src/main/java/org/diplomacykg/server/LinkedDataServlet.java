package org.diplomacykg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplomacykg.store.RdfFormat;

/**
 * Dereferenceable IRIs (Cool URIs with 303 redirects). One servlet class, mapped three times:
 * <ul>
 * <li>{@link Mode#RESOURCE} at {@code /*}: the resource IRI itself ({@code /id/person/john-kerry}) answers
 *     {@code 303 See Other} to its page ({@code /page/…}) or data document ({@code /data/….ttl}), chosen by
 *     {@code Accept} ({@link RdfFormat#negotiate}: a client that ranks any RDF format at least as high as HTML
 *     gets RDF), {@code 406} when nothing offered is acceptable;</li>
 * <li>{@link Mode#PAGE} at {@code /page/*}: the HTML page ({@link ResourceHtml});</li>
 * <li>{@link Mode#DATA} at {@code /data/*}: the data ({@link ResourceDescription}) in the format named by the
 *     extension ({@code .ttl .jsonld .rdf .nt .trig .nq}), or negotiated (RDF only) without one; every format has the
 *     statements in its default graph, TriG and N-Quads each again in its named graph; JSON-LD is compacted with the
 *     context the server publishes at {@code /context.jsonld} ({@link ContextServlet}), which it embeds, so that the
 *     document is read without loading anything.</li>
 * </ul>
 * Every answer about a known IRI carries {@code Vary: Accept} (when negotiated) and a {@code Link} header with every
 * representation ({@code rel="alternate"}). An IRI the dataset says nothing of is 404. A hash IRI is described by its
 * document: {@code …/id/article/x#char=1,5} is on the page of {@code …/id/article/x} (browsers keep the fragment across
 * the redirect; an encoded {@code %23} in the path is read as the {@code #} and kept as the page's fragment).
 * GET and HEAD; other methods 405.
 */
final class LinkedDataServlet extends ReadServlet {

    enum Mode { RESOURCE, PAGE, DATA }

    /** A resource's representations: its page and every RDF format, the preferred first. */
    private static final List<RdfFormat> PAGE_OR_DATA = List.of(RdfFormat.values());

    private final Mode mode;
    private final transient DatasetGraph dsg;
    private final transient LinkedDataPaths paths;

    LinkedDataServlet(Mode mode, DatasetGraph dsg, LinkedDataPaths paths) {
        this.mode = mode;
        this.dsg = dsg;
        this.paths = paths;
    }

    @Override
    protected void answer(HttpServletRequest req, HttpServletResponse resp, String path, boolean withBody) throws IOException {
        String rel = switch (mode) {
            case RESOURCE -> path.substring(1);
            case PAGE -> path.substring(Math.min(path.length(), LinkedDataPaths.PAGE.length()));
            case DATA -> path.substring(Math.min(path.length(), LinkedDataPaths.DATA.length()));
        };
        Optional<RdfFormat> named = Optional.empty();
        if (mode == Mode.DATA) {
            int dot = rel.lastIndexOf('.');
            if (dot > rel.lastIndexOf('/')) {
                named = RdfFormat.byShortName(rel.substring(dot + 1), RdfFormat.RDF);
                if (named.isPresent())
                    rel = rel.substring(0, dot);
            }
        }
        Optional<Target> target = find(rel);
        if (target.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: nothing is known of " + paths.iriOf(rel) + "\n", withBody);
            return;
        }
        String iri = target.get().iri;
        resp.setHeader("Link", alternates(iri).toString());
        switch (mode) {
            case RESOURCE -> redirect(req, resp, iri, target.get().fragment, withBody);
            case PAGE -> {
                String page = Txn.calculateRead(dsg, () -> ResourceHtml.render(
                    ResourceDescription.describe(dsg, iri, ResourceDescription.DEFAULT_MAX_INCOMING), dsg, paths));
                Responses.html(resp, page, withBody);
            }
            case DATA -> data(req, resp, iri, named, withBody);
        }
    }

    private void redirect(HttpServletRequest req, HttpServletResponse resp, String iri, String fragment, boolean withBody) throws IOException {
        resp.setHeader(HttpNames.hVary, HttpNames.hAccept);
        Optional<RdfFormat> f = RdfFormat.negotiate(req.getHeader(HttpNames.hAccept), PAGE_OR_DATA);
        if (f.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "None of the formats is acceptable. Available: text/html, "
                + String.join(", ", RdfFormat.RDF.stream().map(RdfFormat::contentType).toList()) + "\n", withBody);
            return;
        }
        String location = f.get() == RdfFormat.HTML
            ? paths.pagePath(iri) + (fragment == null ? "" : "#" + fragment)
            : paths.dataPath(iri, f.get());
        resp.setHeader(HttpNames.hLocation, location);
        Responses.text(resp, HttpServletResponse.SC_SEE_OTHER, "See Other: " + location + "\n", withBody);
    }

    private void data(HttpServletRequest req, HttpServletResponse resp, String iri, Optional<RdfFormat> named, boolean withBody)
            throws IOException {
        Optional<RdfFormat> f = named;
        if (f.isEmpty()) {
            resp.setHeader(HttpNames.hVary, HttpNames.hAccept);
            f = RdfFormat.negotiate(req.getHeader(HttpNames.hAccept), RdfFormat.RDF);
            if (f.isEmpty()) {
                Responses.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "None of the RDF formats is acceptable. Available: "
                    + String.join(", ", RdfFormat.RDF.stream().map(RdfFormat::contentType).toList()) + "\n", withBody);
                return;
            }
            resp.setHeader("Content-Location", paths.dataPath(iri, f.get()));
        }
        ResourceDescription d = ResourceDescription.describe(dsg, iri, ResourceDescription.DEFAULT_MAX_INCOMING);
        RdfFormat format = f.get();
        byte[] body = Responses.write(d.asDataset(), d.asGraph(), format, paths.base());
        Responses.bytes(resp, HttpServletResponse.SC_OK, format.contentTypeHeader(), body, withBody);
    }

    private Responses.Links alternates(String iri) {
        Responses.Links links = new Responses.Links().alternate(paths.pagePath(iri), RdfFormat.HTML.contentType());
        for (RdfFormat f : RdfFormat.RDF)
            links.alternate(paths.dataPath(iri, f), f.contentType());
        return links;
    }

    private record Target(String iri, String fragment) {}

    /**
     * The document IRI a relative path names, if the dataset knows it: the raw path first, then its percent-decoded
     * form (an IRI with non-ASCII characters, or an encoded {@code #}).
     */
    private Optional<Target> find(String rel) {
        if (rel.isEmpty())
            return Optional.empty();
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(rel);
        decode(rel).ifPresent(candidates::add);
        for (String c : candidates) {
            String iri = paths.iriOf(c);
            String doc = LinkedDataPaths.document(iri);
            if (doc.length() <= paths.base().length())
                continue;
            if (ResourceDescription.exists(dsg, doc))
                return Optional.of(new Target(doc, LinkedDataPaths.fragment(iri).orElse(null)));
        }
        return Optional.empty();
    }

    /** Percent-decoding as UTF-8 ({@code +} stays {@code +}: this is a path); empty when malformed or unchanged. */
    static Optional<String> decode(String s) {
        if (s.indexOf('%') < 0)
            return Optional.empty();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length())
                    return Optional.empty();
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0)
                    return Optional.empty();
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }
}
