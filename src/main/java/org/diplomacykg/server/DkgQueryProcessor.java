package org.diplomacykg.server;

import static java.util.Map.entry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query operation with four additions:
 * <ul>
 * <li>queries must be SPARQL 1.1 (HTTP 400 otherwise): stock Fuseki parses ARQ's extended syntax, which accepts
 *     queries the standard forbids ({@code SELECT * … GROUP BY ?s}, {@code SELECT COUNT(*) {}});</li>
 * <li>a GET without a query string answers the SPARQL 1.1 Service Description
 *     ({@link Descriptions#serviceDescription}, Turtle or the RDF format asked for) instead of stock Fuseki's 404;</li>
 * <li>no query returns more than {@link ServerConfig#maxRows()} rows: a query without {@code LIMIT}, or with a larger
 *     one, runs with {@code LIMIT maxRows} (ARQ has no context setting for this; the limit also lets the engine stop
 *     early). ASK is unaffected; for CONSTRUCT and DESCRIBE the limit counts solutions of the pattern. The parsed
 *     query is changed in place: {@code Query.cloneQuery()} of Jena 5.6.0 loses a second {@code HAVING} condition.</li>
 * <li>a CONSTRUCT or DESCRIBE result takes the names of RDF syntaxes that clients send in {@code output=},
 *     {@code format=} or {@code results=} ({@link #GRAPH_FORMATS}: SPARQLWrapper's {@code rdf+xml}, {@code rdf} and
 *     {@code n3} besides Fuseki's own), or a media type; one that names no RDF syntax Jena writes is a 400, where stock
 *     Fuseki answers 400 to {@code rdf+xml} and 500 to a result-set type such as {@code text/csv}. Without such a
 *     parameter, and for SELECT and ASK (whose names, {@code json}, {@code xml}, {@code csv}, {@code tsv}, {@code text},
 *     stock Fuseki takes), the answer is Fuseki's.</li>
 * </ul>
 */
final class DkgQueryProcessor extends SPARQL_QueryDataset {

    /**
     * The RDF syntax of a CONSTRUCT or DESCRIBE result by the name a client gives it, in lower case: Fuseki's short
     * names ({@code Responses.shortNamesGraph}) and SPARQLWrapper's ({@code xml} and {@code rdf} are RDF/XML; {@code n3}
     * is answered in Turtle, which is N3), with the file extensions of {@link org.diplomacykg.store.RdfFormat}.
     */
    private static final Map<String, Lang> GRAPH_FORMATS = Map.ofEntries(
        entry("turtle", Lang.TURTLE), entry("ttl", Lang.TURTLE), entry("n3", Lang.TURTLE), entry("text", Lang.TURTLE),
        entry("rdf+xml", Lang.RDFXML), entry("rdfxml", Lang.RDFXML), entry("rdf", Lang.RDFXML), entry("xml", Lang.RDFXML),
        entry("nt", Lang.NTRIPLES), entry("ntriples", Lang.NTRIPLES), entry("n-triples", Lang.NTRIPLES),
        entry("json-ld", Lang.JSONLD), entry("jsonld", Lang.JSONLD), entry("json", Lang.JSONLD),
        entry("json-rdf", Lang.RDFJSON),
        entry("trig", Lang.TRIG),
        entry("nq", Lang.NQUADS), entry("nquads", Lang.NQUADS), entry("n-quads", Lang.NQUADS));

    private final ServerConfig cfg;
    private final DatasetStatistics.Cache stats;

    DkgQueryProcessor(ServerConfig cfg, DatasetStatistics.Cache stats) {
        this.cfg = cfg;
        this.stats = stats;
    }

    @Override
    public void execGet(HttpAction action) {
        String qs = action.getRequestQueryString();
        // No query: the description, possibly in a named format (?format=ttl, as its Link header offers).
        if (qs == null || qs.isEmpty() || (action.getRequestParameter("query") == null && qs.matches("format=[A-Za-z]+"))) {
            try {
                Responses.negotiatedRdf(action.getRequest(), action.getResponse(),
                    Descriptions.serviceDescription(Responses.origin(action.getRequest()), cfg, stats.get()), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        super.execGet(action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null && !queryString.isBlank()) {
            try {
                QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxSPARQL_11);
            } catch (QueryParseException e) {
                ServletOps.errorBadRequest("Not SPARQL 1.1: " + SPARQLProtocol.messageForParseException(e));
            } catch (QueryException e) {
                // Parsed, but not a query (a variable projected twice): the client's error, not the server's.
                ServletOps.errorBadRequest("Not a valid SPARQL 1.1 query: " + e.getMessage());
            }
        }
        super.execute(queryString, action);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, limited(query, cfg.maxRows()), dataset);
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue qPrologue) {
        String named = formatParameter(action.getRequest());
        if (named == null || !(result.isDataset() || result.isGraph())) {
            super.sendResults(action, result, qPrologue);
            return;
        }
        Optional<Lang> lang = graphFormat(named);
        if (lang.isEmpty())
            ServletOps.errorBadRequest("No RDF syntax named '" + named + "' for a CONSTRUCT or DESCRIBE result: use one of "
                + String.join(", ", new TreeSet<>(GRAPH_FORMATS.keySet())) + ", or a media type such as text/turtle");
        // As Fuseki answers a format it negotiated: a CONSTRUCT result is a dataset, written whole in a quad syntax.
        DatasetGraph dsg = result.isDataset() ? result.dataset() : DatasetGraphFactory.wrap(result.graph());
        ServletOps.success(action);
        if (RDFLanguages.isQuads(lang.get()))
            ActionLib.datasetResponse(action, dsg, lang.get());
        else
            ActionLib.graphResponse(action, dsg.getDefaultGraph(), lang.get());
    }

    /** The value of {@code output=}, else {@code format=}, else {@code results=} (Fuseki's order); null when none. */
    private static String formatParameter(HttpServletRequest req) {
        for (String name : new String[] {HttpNames.paramOutput1, HttpNames.paramOutput2, HttpNames.paramOutput3}) {
            String value = req.getParameter(name);
            if (value != null && !value.isBlank())
                return value.strip();
        }
        return null;
    }

    /**
     * The RDF syntax a format parameter names: a name of {@link #GRAPH_FORMATS} (any case; a space stands for the
     * {@code +} of {@code rdf+xml} typed unencoded into a URL), or the media type of a syntax Jena writes.
     */
    private static Optional<Lang> graphFormat(String value) {
        Lang byName = GRAPH_FORMATS.get(value.toLowerCase(Locale.ROOT).replace(' ', '+'));
        if (byName != null)
            return Optional.of(byName);
        Lang byType = RDFLanguages.contentTypeToLang(value);
        return byType != null && RDFWriterRegistry.contains(byType) ? Optional.of(byType) : Optional.empty();
    }

    /** The query (this request's own object) with its top-level LIMIT set to at most {@code maxRows}. */
    static Query limited(Query query, long maxRows) {
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows))
            query.setLimit(maxRows);
        return query;
    }
}
