package org.diplomacykg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.graph.GazetteerLoader;
import org.diplomacykg.graph.TopicSchemeLoader;
import org.diplomacykg.server.DkgServer;
import org.diplomacykg.server.ServerConfig;
import org.diplomacykg.store.DatasetFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on the running server and on the project's RDF readers: SERVICE to loopback, link-local and variable
 * endpoints makes no connection; updates, LOAD and Graph Store writes are refused and change nothing; RDF/XML with
 * an external entity or "billion laughs" reads nothing; an over-long query string gets 4xx, not 200 and not a hang.
 * <p>
 * Connections are detected with a listening socket on loopback. No request is ever sent to a non-loopback address:
 * the link-local SERVICE query is sent only after the loopback ones were seen to make no connection, so the server is
 * known to refuse SERVICE before connecting.
 */
class AttackTest {
    @TempDir
    Path dir;

    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> requestsSeen = new ArrayList<>();
    private Thread acceptor;
    private DkgServer server;
    private DatasetGraph data;
    private long quads;
    private String secret;
    private Path secretFile;

    @BeforeEach
    void start() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listener.setSoTimeout(200);
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                    s.setSoTimeout(200);
                    byte[] b = new byte[200];
                    int n = s.getInputStream().read(b);
                    synchronized (requestsSeen) {
                        requestsSeen.add(n > 0 ? new String(b, 0, n, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("") : "");
                    }
                } catch (SocketTimeoutException e) {
                    // poll again
                } catch (IOException e) {
                    // closed
                }
            }
        }, "attack-listener");
        acceptor.setDaemon(true);
        acceptor.start();
        secret = "secret-" + UUID.randomUUID();
        secretFile = dir.resolve("secret.txt");
        Files.writeString(secretFile, secret);
        data = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(data, () -> data.add(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s"), RDFS.Nodes.label,
                NodeFactory.createLiteralString("data")));
        quads = count();
        server = DkgServer.start(data, ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        listener.close();
        acceptor.join(2000);
    }

    private String trap() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
    }

    @Test
    void serviceToLoopbackLinkLocalAndVariableEndpointsMakesNoConnection() throws Exception {
        String trap = trap();
        List<String> attempts = List.of(
                "SELECT * WHERE { SERVICE <" + trap + "> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE SILENT <" + trap + "> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE <http://localhost:" + listener.getLocalPort() + "/x> { ?s ?p ?o } }",
                "SELECT * WHERE { VALUES ?x { <" + trap + "> } SERVICE ?x { ?s ?p ?o } }",
                "SELECT * WHERE { BIND(IRI(\"" + trap + "\") AS ?x) SERVICE ?x { ?s ?p ?o } }",
                "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <" + trap + "> { ?s ?q ?v } } }",
                "SELECT * WHERE { { SELECT * WHERE { SERVICE <" + trap + "> { ?s ?p ?o } } } }",
                "ASK { SERVICE <" + trap + "> { ?s ?p ?o } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <" + trap + "> { ?s ?p ?o } }");
        for (String q : attempts) {
            HttpResponse<String> r = query(q);
            boolean silent = q.contains("SILENT");
            assertTrue(silent || r.statusCode() >= 400, "SERVICE answered " + r.statusCode() + " for " + q);
        }
        Thread.sleep(500);
        assertEquals(0, connections.get(), "the server connected for SERVICE: " + requestsSeen);

        // Known now to refuse SERVICE before connecting; the link-local address is only named, never reached.
        long t0 = System.nanoTime();
        HttpResponse<String> r = query("SELECT * WHERE { SERVICE <http://169.254.169.254/latest/meta-data/> { ?s ?p ?o } }");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "link-local SERVICE answered " + r.statusCode());
        assertTrue(ms < 3000, "refusing took " + ms + " ms: was a connection tried?");
        assertTrue(r.body().contains("SERVICE"), "the refusal should say SERVICE is not allowed: " + r.body());
    }

    @Test
    void updatesLoadAndGraphStoreWritesAreRefusedAndChangeNothing() throws Exception {
        String base = server.rootUrl() + ServerConfig.DEFAULT_DATASET;
        String insert = "INSERT DATA { GRAPH <urn:x:evil> { <urn:x:a> <urn:x:b> \"evil\" } }";
        String load = "LOAD <" + trap() + "> INTO GRAPH <urn:x:evil>";
        List<HttpRequest> writes = new ArrayList<>();
        for (String path : List.of("", "/update", "/sparql", "/query", "/get", "/data")) {
            for (String update : List.of(insert, load, "DROP ALL", "CLEAR DEFAULT")) {
                writes.add(form(base + path, "update", update));
                writes.add(body("POST", base + path, "application/sparql-update", update));
            }
        }
        String turtle = "<urn:x:a> <urn:x:b> \"evil\" .";
        for (String target : List.of(base + "?default", base + "?graph=urn:x:g", base + "/get?default", base + "/get?graph=urn:x:evil",
                base + "/data?default", base + "/data?graph=urn:x:evil")) {
            writes.add(body("PUT", target, "text/turtle", turtle));
            writes.add(body("POST", target, "text/turtle", turtle));
            writes.add(body("DELETE", target, null, null));
            writes.add(body("PATCH", target, "application/rdf-patch", "A <urn:x:a> <urn:x:b> \"evil\" ."));
        }
        List<String> accepted = new ArrayList<>();
        for (HttpRequest w : writes) {
            HttpResponse<String> r = send(newClient(), w);
            if (r.statusCode() < 400) {
                accepted.add(w.method() + " " + w.uri() + " -> " + r.statusCode());
            }
        }
        assertTrue(accepted.isEmpty(), "writes accepted: " + accepted);
        assertEquals(quads, count(), "the dataset changed");
        Thread.sleep(300);
        assertEquals(0, connections.get(), "LOAD made a connection: " + requestsSeen);
    }

    @Test
    void externalEntitiesAndBillionLaughsReadNothing() throws Exception {
        Path xxe = dir.resolve("xxe.rdf");
        Files.writeString(xxe, """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "%s"> <!ENTITY remote SYSTEM "%s"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
                  <rdf:Description rdf:about="urn:x:s"><rdfs:label>&secret;</rdfs:label><rdfs:comment>&remote;</rdfs:comment></rdf:Description>
                </rdf:RDF>
                """.formatted(secretFile.toUri(), trap()));
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String prev = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            lol.append(" <!ENTITY lol").append(i).append(" \"").append((prev).repeat(10)).append("\">\n");
        }
        lol.append("]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:rdfs=\"http://www.w3.org/2000/01/rdf-schema#\">\n")
                .append("  <rdf:Description rdf:about=\"urn:x:s\"><rdfs:label>&lol9;</rdfs:label></rdf:Description>\n</rdf:RDF>\n");
        Path laughs = dir.resolve("laughs.rdf");
        Files.writeString(laughs, lol);

        List<String> outcomes = new ArrayList<>();
        for (Path evil : List.of(xxe, laughs)) {
            List<Function<Path, Object>> readers = List.of(GazetteerLoader::loadModel, TopicSchemeLoader::loadModel, DatasetFiles::readInMemory);
            for (Function<Path, Object> reader : readers) {
                Object result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                    try {
                        return reader.apply(evil);
                    } catch (RuntimeException e) {
                        return e; // refused: that is fine
                    }
                });
                String text = describe(result);
                assertFalse(text.contains(secret), evil.getFileName() + ": the secret file was read: " + text);
                assertFalse(text.contains("lollollollollollollollollollol"), evil.getFileName() + ": entities were expanded");
                outcomes.add(evil.getFileName() + ": " + (result instanceof RuntimeException e ? "refused (" + e.getClass().getSimpleName() + ")"
                        : "read " + text.length() + " chars"));
            }
        }
        // Through the endpoint: no upload, and FROM does not fetch files or URLs.
        HttpResponse<String> upload = send(newClient(), body("POST", server.rootUrl() + ServerConfig.DEFAULT_DATASET,
                "application/rdf+xml", Files.readString(xxe)));
        assertTrue(upload.statusCode() >= 400, "RDF/XML upload answered " + upload.statusCode());
        for (String from : List.of(xxe.toUri().toString(), secretFile.toUri().toString(), trap())) {
            HttpResponse<String> r = query("SELECT * FROM <" + from + "> WHERE { ?s ?p ?o }");
            assertFalse(r.body().contains(secret), "FROM <" + from + "> read the secret: " + r.body());
        }
        assertEquals(quads, count());
        Thread.sleep(300);
        assertEquals(0, connections.get(), "an entity or FROM made a connection: " + requestsSeen);
        System.out.println("RDF/XML attacks: " + outcomes);
    }

    @Test
    void overLongQueryStringsGetAClientErrorQuickly() throws Exception {
        String longQuery = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(1024 * 1024);
        String url = server.endpointUrl() + "?query=" + URLEncoder.encode(longQuery, StandardCharsets.UTF_8);
        HttpResponse<String> get = assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                send(newClient(),
                        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build()));
        // Jetty itself refuses a request line this long (414) before the size filter sees it (413 under Jetty's limit).
        assertTrue(List.of(413, 414, 431).contains(get.statusCode()), "1 MB GET answered " + get.statusCode());

        HttpResponse<String> form = assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                send(newClient(), form(server.endpointUrl(), "query", longQuery)));
        assertEquals(413, form.statusCode(), "1 MB form POST answered " + form.statusCode());
        System.out.println("over-long queries: GET 1 MB -> " + get.statusCode() + ", form POST 1 MB -> " + form.statusCode());
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private long count() {
        return Txn.calculateRead(data, () -> data.stream().count());
    }

    private HttpResponse<String> query(String q) {
        return send(newClient(), form(server.endpointUrl(), "query", q));
    }

    private static HttpRequest form(String url, String field, String value) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))).build();
    }

    private static HttpRequest body(String method, String url, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return b.build();
    }

    /** Each request on a connection of its own: Jetty may close one after refusing a request whose body it did not read. */
    private static HttpResponse<String> send(HttpClient client, HttpRequest r) {
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail(r.method() + " " + r.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted", e);
        }
    }

    private static String describe(Object result) {
        if (result instanceof Model m) {
            java.io.StringWriter w = new java.io.StringWriter();
            m.write(w, "N-TRIPLES");
            return w.toString();
        }
        if (result instanceof DatasetGraph d) {
            java.io.ByteArrayOutputStream os = new java.io.ByteArrayOutputStream();
            org.apache.jena.riot.RDFDataMgr.write(os, d, org.apache.jena.riot.RDFFormat.NQUADS);
            return os.toString(StandardCharsets.UTF_8);
        }
        return String.valueOf(result instanceof Throwable t ? t.getMessage() : result);
    }
}
