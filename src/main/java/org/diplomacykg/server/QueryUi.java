package org.diplomacykg.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.diplomacykg.graph.DKG;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.graph.PROV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this server changes in the Fuseki query UI as {@link UiServlet} serves it, for what the UI has no setting:
 * <ul>
 * <li>Its page ({@code index.html}) gets a style sheet that hides "add data", "edit" and "manage": the first two need
 *     a Graph Store write endpoint ({@code gsp-rw}) and the last Fuseki's admin API, and this server offers neither
 *     (with {@code --update} it offers SPARQL Update only), so they could only fail.</li>
 * <li>Its query view (the {@code static/Query-*.js} module) offers the project's example queries, the {@code *.rq}
 *     files of the queries folder read when the view is asked for, instead of Fuseki's two generic ones; the
 *     project's prefixes ({@link #prefixes}) as its prefix buttons; and an editor that starts with their
 *     {@code PREFIX} declarations.</li>
 * </ul>
 * The query view is changed where its module declares those values (three literals of jena-fuseki-ui's build,
 * {@link #QUERIES}, {@link #PREFIXES}, {@link #EDITOR}); a version of the UI without them is served as it is, with a
 * warning, and {@code DkgServerUiTest} fails.
 */
final class QueryUi {

    private static final Logger LOG = LoggerFactory.getLogger(QueryUi.class);

    /** The query view's module, by name (its hash changes with the UI's version). */
    static final String QUERY_VIEW = "^/static/Query-[A-Za-z0-9_-]+\\.js$";
    /** Fuseki's example queries, in the view's data. */
    static final String QUERIES = "queries:[{value:SELECT_TRIPLES_QUERY,text:\"Selection of triples\"},"
        + "{value:SELECT_CLASSES_QUERY,text:\"Selection of classes\"}]";
    /** Fuseki's prefix buttons, in the view's data. */
    static final String PREFIXES = "prefixes:[{uri:\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\",text:\"rdf\"},"
        + "{uri:\"http://www.w3.org/2000/01/rdf-schema#\",text:\"rdfs\"},{uri:\"http://www.w3.org/2002/07/owl#\",text:\"owl\"},"
        + "{uri:\"http://www.w3.org/2001/XMLSchema#\",text:\"xsd\"}]";
    /** Where the view makes its editor: the options follow. */
    static final String EDITOR = "new Yasqe(document.getElementById(\"yasqe\"),{";

    /** Hides what needs a write or admin service: the dataset tabs, the dataset list's buttons, the top menu item. */
    static final String READ_ONLY_CSS = """
        li.nav-item:has(> a[href$="/upload"]), li.nav-item:has(> a[href$="/edit"]), li.nav-item:has(> a[href="#/manage"]),
        a.nav-link[href$="/upload"], a.nav-link[href$="/edit"], a.nav-link[href="#/manage"],
        button:has(> svg[data-icon="upload"]), button:has(> svg[data-icon="pen-to-square"]), button:has(> svg[data-icon="edit"])
        {display:none !important}
        """;

    /** The query the editor starts with, after the prefixes. */
    static final String START_QUERY = """
        SELECT ?event ?label WHERE {
          ?event a dkg:ConsolidatedEvent ;
                 rdfs:label ?label .
        }
        ORDER BY ?label
        LIMIT 25
        """;

    private QueryUi() {}

    /**
     * The prefixes of the project, in the order the UI shows them: {@code dkg:} (the ontology), {@code id:} (the data
     * IRIs under {@code base}), then rdf, rdfs, xsd, owl, skos, prov, schema, dcterms.
     */
    static Map<String, String> prefixes(String base) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dkg", DKG.NS);
        p.put("id", new IriMinter(base).dataSpace());
        p.put("rdf", RDF.uri);
        p.put("rdfs", RDFS.uri);
        p.put("xsd", XSD.NS);
        p.put("owl", OWL2.NS);
        p.put("skos", SKOS.uri);
        p.put("prov", PROV.NS);
        p.put("schema", "https://schema.org/");
        p.put("dcterms", DCTerms.NS);
        return p;
    }

    /** The {@code PREFIX} declarations of {@link #prefixes}, one a line. */
    static String prefixDeclarations(String base) {
        StringBuilder sb = new StringBuilder();
        prefixes(base).forEach((name, ns) -> sb.append("PREFIX ").append(name).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }

    /** The UI's page with the style sheet that hides what this server cannot do. */
    static String index(String html) {
        String style = "<style id=\"dkg-read-only\">\n" + READ_ONLY_CSS + "</style>\n";
        int at = html.indexOf("</head>");
        if (at < 0) {
            LOG.warn("The query UI's index.html has no </head>: 'add data', 'edit' and 'manage' stay shown");
            return html;
        }
        return html.substring(0, at) + style + html.substring(at);
    }

    /** The query view's module with the project's examples (from {@code queries}, a folder of {@code *.rq}) and prefixes. */
    static String queryView(String js, Path queries, String base) {
        JsonArray examples = new JsonArray();
        for (LandingServlet.Example e : LandingServlet.examples(queries)) {
            JsonObject o = new JsonObject();
            o.put("value", e.query());
            o.put("text", e.file().replaceFirst("\\.rq$", ""));
            examples.add(o);
        }
        JsonArray buttons = new JsonArray();
        prefixes(base).forEach((name, ns) -> {
            JsonObject o = new JsonObject();
            o.put("uri", ns);
            o.put("text", name);
            buttons.add(o);
        });
        String out = js;
        if (!examples.isEmpty())
            out = replaceOnce(out, QUERIES, "queries:" + json(examples));
        out = replaceOnce(out, PREFIXES, "prefixes:" + json(buttons));
        out = replaceOnce(out, EDITOR, EDITOR + "value:" + json(new JsonString(prefixDeclarations(base) + "\n" + START_QUERY)) + ",");
        return out;
    }

    private static String replaceOnce(String js, String literal, String replacement) {
        int at = js.indexOf(literal);
        if (at < 0 || js.indexOf(literal, at + 1) >= 0) {
            LOG.warn("The query UI's query view does not declare {} once (another version of jena-fuseki-ui?); left as it is",
                     literal.substring(0, Math.min(40, literal.length())));
            return js;
        }
        return js.substring(0, at) + replacement + js.substring(at + literal.length());
    }

    /** A JSON value on one line, as a JavaScript expression. */
    private static String json(JsonValue v) {
        return JSON.toStringFlat(v);
    }
}
