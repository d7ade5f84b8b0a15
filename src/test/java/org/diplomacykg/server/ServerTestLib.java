package org.diplomacykg.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;

/** Test data and HTTP helpers shared by the server tests. */
final class ServerTestLib {

    /** {@code s} as the page templates escape text. */
    static String escaped(String s) {
        StringOutput out = new StringOutput();
        Escape.htmlContent(s, out);
        return out.toString();
    }


    static final Node GRAPH_A = NodeFactory.createURI("https://example.org/graph/article-a");
    static final Node GRAPH_B = NodeFactory.createURI("https://example.org/graph/article-b");
    /** A subject only in graph A, and one only in graph B: a union query must return both. */
    static final String ONLY_IN_A = "https://example.org/id/person/john-kerry";
    static final String ONLY_IN_B = "https://example.org/id/place/samarkand";

    private static final HttpClient CLIENT = newClient();

    private ServerTestLib() {}

    /** Two named graphs, nothing in the default graph, as the converter writes it. */
    static DatasetGraph twoGraphs() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        fill(dsg);
        return dsg;
    }

    static void fill(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            Node kerry = NodeFactory.createURI(ONLY_IN_A);
            Node samarkand = NodeFactory.createURI(ONLY_IN_B);
            dsg.add(GRAPH_A, kerry, RDFS.Nodes.label, NodeFactory.createLiteralString("John Kerry"));
            dsg.add(GRAPH_A, kerry, FOAF.name.asNode(), NodeFactory.createLiteralString("Kerry"));
            dsg.add(GRAPH_B, samarkand, RDFS.Nodes.label, NodeFactory.createLiteralString("Samarkand"));
        });
    }

    static long quadCount(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    static ServerConfig testConfig() {
        return ServerConfig.defaults().withPort(0);
    }

    static String datasetUrl(DkgServer server) {
        return server.rootUrl() + ServerConfig.DEFAULT_DATASET;
    }

    static HttpResponse<String> get(String url, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (accept != null)
            b.header("Accept", accept);
        return send(b.build());
    }

    static HttpResponse<String> getQuery(String endpoint, String query, String accept) {
        return get(endpoint + "?query=" + enc(query), accept);
    }

    static HttpResponse<String> postForm(String endpoint, String field, String value, String accept) {
        return post(endpoint, "application/x-www-form-urlencoded", field + "=" + enc(value), accept);
    }

    static HttpResponse<String> post(String url, String contentType, String body, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (accept != null)
            b.header("Accept", accept);
        return send(b.build());
    }

    /**
     * A request that the server is expected to refuse, on a connection of its own: Jetty may close a
     * connection after refusing a request whose body it did not read, and a pooled connection then fails
     * the next request with "header parser received no bytes".
     */
    static HttpResponse<String> send(String method, String url, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        return send(newClient(), b.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        return send(CLIENT, request);
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }
}
