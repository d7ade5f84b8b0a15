package org.diplomacykg.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The VoID description of the dataset at {@value Descriptions#VOID_PATH} ({@link Descriptions#voidDescription}), in the
 * RDF format asked for ({@link Responses#negotiatedRdf}: Turtle by default). Figures come from a
 * {@link DatasetStatistics.Cache}, so a change of the data shows within its time to live.
 */
final class VoidServlet extends HttpServlet {

    private final transient ServerConfig cfg;
    private final transient DatasetStatistics.Cache stats;

    VoidServlet(ServerConfig cfg, DatasetStatistics.Cache stats) {
        this.cfg = cfg;
        this.stats = stats;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.negotiatedRdf(req, resp, Descriptions.voidDescription(Responses.origin(req), cfg, stats.get()), true);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.negotiatedRdf(req, resp, Descriptions.voidDescription(Responses.origin(req), cfg, stats.get()), false);
    }
}
