package org.diplomacykg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diplomacykg.TestData;
import org.diplomacykg.server.DkgServer;
import org.diplomacykg.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The converted seeds served by the real server on a free port, asked over HTTP. */
class ServeEndToEndTest {
    private static DkgServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = DkgServer.start(TestData.seedDataset(), ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> get(String query, String accept) throws Exception {
        URI uri = URI.create(server.endpointUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void competencyQueryOverHttpShowsBothClaimedPlaces() throws Exception {
        String q = Files.readString(Path.of("queries/05-ministerial-place-per-source.rq"));
        HttpResponse<String> r = get(q, "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Samarkand") && r.body().contains("EurActiv"), r.body());
        assertTrue(r.body().contains("Tashkent") && r.body().contains("commonspace.eu"), r.body());
    }

    @Test
    void selectAnswersJson() throws Exception {
        HttpResponse<String> r = get("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"n\""), r.body());
    }

    @Test
    void updateIsRefused() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertEquals(200, get("ASK { ?s a <https://w3id.org/diplomacy-kg/ontology#Article> }", "application/sparql-results+json").statusCode());
    }

    @Test
    void serviceIsRefusedWithoutAConnection() throws Exception {
        try (ServerSocket trap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            trap.setSoTimeout(1500);
            AtomicBoolean connected = new AtomicBoolean(false);
            Thread t = new Thread(() -> {
                try {
                    trap.accept().close();
                    connected.set(true);
                } catch (SocketTimeoutException e) {
                    // no connection: what the test wants
                } catch (Exception e) {
                    // closed
                }
            });
            t.start();
            String q = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + trap.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> r = get(q, "application/sparql-results+json");
            t.join();
            assertTrue(r.statusCode() >= 400, "status " + r.statusCode());
            assertFalse(connected.get(), "the server connected to another host");
            assertTrue(get("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "application/sparql-results+json").statusCode() >= 400);
        }
    }

    @Test
    void uiIsServed() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.uiUrl())).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("<html"));
    }
}
