package org.diplomacykg.server;

import java.util.Optional;

import org.diplomacykg.graph.DKG;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.store.RdfFormat;

/**
 * Where this server answers an IRI of the data, and the URLs of its page and data documents.
 * <p>
 * The base maps to the server root: with base {@code https://w3id.org/diplomacy-kg/}, the IRI
 * {@code https://w3id.org/diplomacy-kg/id/person/john-kerry} is answered at {@code /id/person/john-kerry} (303 See
 * Other), its HTML page is {@code /page/id/person/john-kerry} and its data {@code /data/id/person/john-kerry.ttl}
 * (one extension per format, see {@link RdfFormat}; {@code /data/id/person/john-kerry} negotiates). A hash IRI
 * ({@code …/id/article/x#char=1,5}) is described by the document of the IRI before the {@code #}. The ontology's IRIs
 * stay at {@code /ontology} whatever the base. Server paths are raw (percent-encoded) paths; IRIs are compared as
 * strings.
 */
final class LinkedDataPaths {

    static final String PAGE = "/page/";
    static final String DATA = "/data/";

    private final String base;

    LinkedDataPaths(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    /** The IRI a server path ({@code /id/person/x}) names under the base. */
    String iriOf(String serverPath) {
        return base + (serverPath.startsWith("/") ? serverPath.substring(1) : serverPath);
    }

    /** Whether the IRI is under the base (and so answered by this server). */
    boolean isLocal(String iri) {
        return iri.startsWith(base) && iri.length() > base.length();
    }

    /** The IRI without its fragment: the document that describes it. */
    static String document(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }

    /** The fragment of the IRI, without {@code #}, if it has one. */
    static Optional<String> fragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? Optional.empty() : Optional.of(iri.substring(hash + 1));
    }

    /** The part of a local document IRI after the base: {@code id/person/john-kerry}. */
    private String relative(String documentIri) {
        return documentIri.substring(base.length());
    }

    /** The server path of the resource IRI itself ({@code /id/person/john-kerry}); for local IRIs only. */
    String resourcePath(String iri) {
        return "/" + relative(document(iri));
    }

    /** The HTML page of a local IRI, keeping its fragment so a browser lands on it. */
    String pagePath(String iri) {
        return PAGE + relative(document(iri)) + fragment(iri).map(f -> "#" + f).orElse("");
    }

    /** The data document of a local IRI in one RDF format. */
    String dataPath(String iri, RdfFormat format) {
        return DATA + relative(document(iri)) + "." + format.shortName();
    }

    /** The negotiated data document of a local IRI (no extension). */
    String dataPath(String iri) {
        return DATA + relative(document(iri));
    }

    /**
     * Where an HTML page links an IRI: local IRIs to their pages, ontology terms to the ontology page (with the term's
     * anchor), other http(s) IRIs to themselves; empty for anything else (URNs, mailto:, javascript:…).
     */
    Optional<String> href(String iri) {
        if (isOntology(iri))
            return Optional.of("/" + iri.substring(IriMinter.DEFAULT_BASE.length()));
        if (isLocal(iri) && !iri.startsWith(base + "#"))
            return Optional.of(pagePath(iri));
        String lower = iri.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://"))
            return Optional.of(iri);
        return Optional.empty();
    }

    /** Whether the IRI is the ontology's (served by {@link OntologyServlet}, not as a resource). */
    static boolean isOntology(String iri) {
        return iri.startsWith(DKG.ONTOLOGY_IRI + "#") || iri.equals(DKG.ONTOLOGY_IRI) || iri.startsWith(DKG.ONTOLOGY_IRI + "/");
    }
}
