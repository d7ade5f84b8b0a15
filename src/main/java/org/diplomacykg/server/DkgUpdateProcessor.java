package org.diplomacykg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.web.HttpSC;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update operation (only served with {@code --update}), refusing {@code LOAD} with 403: LOAD makes
 * the server fetch any URL (server-side request forgery, and remote JSON-LD contexts) or read any local file
 * ({@code LOAD <file:///…>}) into the data, where a query could then read it. Every other operation runs as Fuseki
 * runs it; a request that does not parse is left to Fuseki to report (400). Updates from pages of other origins are
 * refused ({@link #validate}).
 */
final class DkgUpdateProcessor extends SPARQL_Update {

    private final DataVersion version;

    /** @param version told of every update, so that documents made from the data get a new {@code Last-Modified} */
    DkgUpdateProcessor(DataVersion version) {
        this.version = version;
    }

    /**
     * Refuses an update sent from a page of another origin (403): an HTML form may POST {@code update=…} to any
     * address without a CORS preflight, so without this any web page a user of this machine opens could change the
     * data. Clients that are not browsers send no {@code Origin} and pass.
     */
    @Override
    public void validate(HttpAction action) {
        String origin = action.getRequest().getHeader("Origin");
        if (origin != null && !origin.equalsIgnoreCase(Responses.origin(action.getRequest())))
            ServletOps.error(HttpSC.FORBIDDEN_403, "SPARQL Update from another origin (" + origin + ") is refused");
        super.validate(action);
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] request;
        try {
            request = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        try {
            UpdateRequest parsed = UpdateFactory.create(new String(request, StandardCharsets.UTF_8), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            if (parsed.getOperations().stream().anyMatch(UpdateLoad.class::isInstance))
                ServletOps.error(HttpSC.FORBIDDEN_403, "LOAD is refused by this server: it would fetch a URL or read a local file. "
                    + "Send the data with INSERT DATA instead.");
        } catch (QueryException | UpdateException e) {
            // Not parseable here: Fuseki parses it again below and answers 400 with its own message.
        }
        try {
            super.execute(action, new ByteArrayInputStream(request));
        } finally {
            // Also after a failure: part of a request may have been applied.
            version.changed();
        }
    }
}
