package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ParameterizedSparqlString;
import org.junit.jupiter.api.Test;

/** SPARQL SERVICE: refused without a connection by default; works between two servers when allowed. */
class DkgServerServiceTest {

    private static final String SERVICE_QUERY = "SELECT ?s WHERE { SERVICE ?remote { ?s ?p ?o } }";

    @Test
    void serviceIsRefusedWithoutConnecting() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
             DkgServer server = DkgServer.start(twoGraphs(), testConfig())) {
            listener.setSoTimeout(1500);
            // Started before the query, so a connection attempt at any time during it is seen.
            CompletableFuture<Boolean> connected = CompletableFuture.supplyAsync(() -> accepted(listener));

            HttpResponse<String> r = getQuery(server.endpointUrl(),
                serviceQuery("http://127.0.0.1:" + listener.getLocalPort() + "/sparql"), "application/sparql-results+json");

            assertTrue(r.statusCode() >= 400, "SERVICE answered " + r.statusCode() + ": " + r.body());
            assertFalse(connected.get(5, TimeUnit.SECONDS), "the server opened a connection for SERVICE");
        }
    }

    @Test
    void serviceToDiscardPortIsRefused() {
        try (DkgServer server = DkgServer.start(twoGraphs(), testConfig())) {
            HttpResponse<String> r = getQuery(server.endpointUrl(), serviceQuery("http://127.0.0.1:9/sparql"),
                                              "application/sparql-results+json");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 600, "SERVICE answered " + r.statusCode());
            assertTrue(r.body().contains("SERVICE"), "error should say SERVICE is disabled: " + r.body());
        }
    }

    @Test
    void serviceWorksBetweenTwoServersWhenAllowed() {
        try (DkgServer remote = DkgServer.start(twoGraphs(), testConfig());
             DkgServer local = DkgServer.start(twoGraphs(), testConfig().withAllowService(true))) {
            String remoteEndpoint = "http://127.0.0.1:" + remote.port() + "/" + ServerConfig.DEFAULT_DATASET + "/sparql";
            HttpResponse<String> r = getQuery(local.endpointUrl(), serviceQuery(remoteEndpoint), "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains(ONLY_IN_A) && r.body().contains(ONLY_IN_B), r.body());
        }
    }

    private static String serviceQuery(String endpoint) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(SERVICE_QUERY);
        pss.setIri("remote", endpoint);
        return pss.toString();
    }

    /** Whether anything connected before the socket's accept timeout ran out. */
    private static boolean accepted(ServerSocket listener) {
        try {
            listener.accept().close();
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("listener failed", e);
        }
    }
}
