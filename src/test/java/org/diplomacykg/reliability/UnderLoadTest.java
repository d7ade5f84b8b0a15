package org.diplomacykg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.diplomacykg.TestData;
import org.diplomacykg.bench.LoadGenerator;
import org.diplomacykg.server.DkgServer;
import org.diplomacykg.server.ServerConfig;
import org.junit.jupiter.api.Test;

/**
 * The server under load, on loopback: 32 clients sending the competency queries for a bounded time get no error;
 * meanwhile heavy queries (a cross product, an exploding property path, 20,000 nested braces) end at the time limit
 * (1 s here) with a clear status, and a simple query keeps being answered: in under a second typically (the median),
 * and never after more than five.
 * <p>
 * 10 s in CI ({@code -Ddkg.reliability.loadSeconds=60} for the 60 s).
 */
class UnderLoadTest {
    private static final int SECONDS = Integer.getInteger("dkg.reliability.loadSeconds", 10);
    private static final Duration LIMIT = Duration.ofSeconds(1);

    private static final String CROSS_PRODUCT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY RAND()";
    private static final String EXPLODING_PATH = "SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:x:p>|!<urn:x:p>)* ?b . ?b (<urn:x:q>|!<urn:x:q>)* ?c }";
    private static final String NESTED_BRACES = "SELECT * WHERE " + "{".repeat(20_000) + "}".repeat(20_000);
    private static final String SIMPLE = "PREFIX dkg: <https://w3id.org/diplomacy-kg/ontology#> SELECT ?a WHERE { ?a a dkg:Article } LIMIT 10";

    private record Heavy(String name, int status, long millis) {}

    @Test
    void mixedLoadHasNoErrorsHeavyQueriesStopAtTheLimitAndSimpleOnesStayFast() throws Exception {
        List<String> queries = LoadGenerator.queries(Path.of("queries"));
        try (DkgServer server = DkgServer.start(TestData.seedDataset(), ServerConfig.defaults().withPort(0).withTimeout(LIMIT))) {
            URI endpoint = URI.create(server.endpointUrl());
            long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
            List<Heavy> heavy = Collections.synchronizedList(new ArrayList<>());
            List<Long> simple = Collections.synchronizedList(new ArrayList<>());
            Map<String, String> unexpected = new ConcurrentHashMap<>();
            List<Thread> side = new ArrayList<>();
            String[][] heavyQueries = {{"cross product", CROSS_PRODUCT}, {"exploding path", EXPLODING_PATH}, {"20,000 nested braces", NESTED_BRACES}};
            // One heavy query at a time: each may hold a core until the limit, and this machine has two.
            for (int t = 0; t < 1; t++) {
                int start = t;
                side.add(new Thread(() -> {
                    HttpClient http = client();
                    for (int i = start; System.nanoTime() < deadline; i++) {
                        String[] q = heavyQueries[i % heavyQueries.length];
                        long s = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(post(endpoint, q[1], Duration.ofSeconds(60)), HttpResponse.BodyHandlers.ofString());
                            heavy.add(new Heavy(q[0], r.statusCode(), (System.nanoTime() - s) / 1_000_000));
                        } catch (Exception e) {
                            unexpected.put(q[0], e.toString());
                        }
                    }
                }, "heavy-" + t));
            }
            side.add(new Thread(() -> {
                HttpClient http = client();
                while (System.nanoTime() < deadline) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(post(endpoint, SIMPLE, Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            unexpected.put("simple", "HTTP " + r.statusCode() + ": " + r.body());
                        }
                        simple.add((System.nanoTime() - s) / 1_000_000);
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        unexpected.put("simple", e.toString());
                    }
                }
            }, "simple"));
            side.forEach(Thread::start);
            LoadGenerator.Result load = LoadGenerator.run(endpoint, queries, 32, Duration.ofSeconds(SECONDS), Duration.ofSeconds(30));
            for (Thread t : side) {
                t.join(90_000);
            }

            List<Long> sorted = new ArrayList<>(simple);
            Collections.sort(sorted);
            System.out.printf("under load: %d queries from 32 clients in %.1f s (%.0f/s, p50 %.1f ms, p99 %.1f ms), %d errors; "
                            + "heavy: %s; simple query: %d answers, slowest %d ms%n",
                    load.requests(), load.seconds(), load.queriesPerSecond(), load.percentileMillis(0.5), load.percentileMillis(0.99),
                    load.errors(), summary(heavy), sorted.size(), sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));

            assertEquals(0, load.errors(), "errors under load: " + load.statuses() + " " + load.firstErrors());
            assertTrue(load.requests() > 32, "the load generator hardly ran: " + load.requests());
            assertTrue(unexpected.isEmpty(), unexpected.toString());
            assertTrue(!heavy.isEmpty(), "no heavy query ran");
            for (Heavy h : heavy) {
                // Past the limit: 503 (cancelled). The nested braces (80 KB sent as a form) may instead be refused as a bad
                // query (400) or, over serve's --max-query-bytes, as too long (413).
                boolean clear = h.status() == 503 || (h.name().contains("braces") && (h.status() == 400 || h.status() == 413));
                assertTrue(clear, h.name() + " answered " + h.status());
                assertTrue(h.millis() < LIMIT.toMillis() + 4_000, h.name() + " took " + h.millis() + " ms, limit " + LIMIT.toMillis());
            }
            assertTrue(sorted.size() >= SECONDS / 2, "the simple query was answered only " + sorted.size() + " times");
            // The 32 closed-loop clients keep the server saturated, so a simple query waits behind theirs: its typical
            // answer must stay under a second; the slowest depends on what else the machine runs, so it is bounded looser.
            long median = sorted.get(sorted.size() / 2);
            assertTrue(median < 1000, "simple queries slowed to " + median + " ms (median): " + sorted);
            assertTrue(sorted.get(sorted.size() - 1) < 5000, "a simple query took " + sorted.get(sorted.size() - 1) + " ms");
        }
    }

    private static String summary(List<Heavy> heavy) {
        Map<String, List<String>> by = new java.util.TreeMap<>();
        synchronized (heavy) {
            for (Heavy h : heavy) {
                by.computeIfAbsent(h.name(), k -> new ArrayList<>()).add(h.status() + " in " + h.millis() + " ms");
            }
        }
        StringBuilder sb = new StringBuilder();
        by.forEach((k, v) -> sb.append(k).append(' ').append(v.size()).append("× (first: ").append(v.get(0)).append(") "));
        return sb.toString().trim();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest post(URI endpoint, String query, Duration timeout) {
        return HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
    }
}
