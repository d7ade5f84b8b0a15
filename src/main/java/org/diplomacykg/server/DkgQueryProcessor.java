package org.diplomacykg.server;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query operation with three additions:
 * <ul>
 * <li>queries must be SPARQL 1.1 (HTTP 400 otherwise): stock Fuseki parses ARQ's extended syntax, which accepts
 *     queries the standard forbids ({@code SELECT * … GROUP BY ?s}, {@code SELECT COUNT(*) {}});</li>
 * <li>a GET without a query string answers the SPARQL 1.1 Service Description
 *     ({@link Descriptions#serviceDescription}, Turtle or the RDF format asked for) instead of stock Fuseki's 404;</li>
 * <li>no query returns more than {@link ServerConfig#maxRows()} rows: a query without {@code LIMIT}, or with a larger
 *     one, runs with {@code LIMIT maxRows} (ARQ has no context setting for this; the limit also lets the engine stop
 *     early). ASK is unaffected; for CONSTRUCT and DESCRIBE the limit counts solutions of the pattern. The parsed
 *     query is changed in place: {@code Query.cloneQuery()} of Jena 5.6.0 loses a second {@code HAVING} condition.</li>
 * </ul>
 */
final class DkgQueryProcessor extends SPARQL_QueryDataset {

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

    /** The query (this request's own object) with its top-level LIMIT set to at most {@code maxRows}. */
    static Query limited(Query query, long maxRows) {
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows))
            query.setLimit(maxRows);
        return query;
    }
}
