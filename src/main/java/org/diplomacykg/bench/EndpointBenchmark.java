package org.diplomacykg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench endpoint}: for each store (in memory, TDB2) and each server (ours, stock Fuseki), starts the server in a
 * JVM of its own and measures the cold start to the first answered query, checks that both servers give the same
 * answers to every competency query, then runs the load generator (a JVM of its own, loopback only) with 1, 8 and 32
 * clients for the set duration each.
 */
public final class EndpointBenchmark {
    private static final Set<String> STORES = Set.of("mem", "tdb2");
    private static final List<String> SERVERS = List.of("dkg", "fuseki");
    private static final int PER_QUERY_RUNS = 3;
    private static final Map<String, String> SERVER_NAMES = Map.of("dkg", "ours (DkgServer)", "fuseki", "stock Fuseki main");

    private EndpointBenchmark() {}

    public record Settings(Path data, Path queries, List<Integer> clients, int duration, int warmup, List<String> stores,
                           int timeout, String serverHeap, Path work) {
        public Settings {
            clients = List.copyOf(clients);
            stores = List.copyOf(stores);
            if (!Files.isRegularFile(data)) {
                throw new IllegalArgumentException("--data " + data + ": no such file");
            }
            if (!Files.isDirectory(queries)) {
                throw new IllegalArgumentException("--queries " + queries + ": no such folder");
            }
            if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1 || c > 256)) {
                throw new IllegalArgumentException("--clients: each between 1 and 256");
            }
            if (duration < 1 || duration > 3600 || warmup < 0 || warmup > 600) {
                throw new IllegalArgumentException("--duration: 1 to 3600 seconds; --warmup: 0 to 600");
            }
            if (stores.isEmpty() || !STORES.containsAll(stores)) {
                throw new IllegalArgumentException("--stores: mem and/or tdb2");
            }
            if (timeout < 1) {
                throw new IllegalArgumentException("--timeout: at least 1 second");
            }
        }
    }

    private record Started(Process process, String endpoint, long readyMillis, long firstAnswerMillis, long loadMillis) {}

    public static List<Table> run(Settings s, Steps steps) {
        List<String> queries = LoadGenerator.queries(s.queries());
        List<String> queryNames = LoadGenerator.queryNames(s.queries());
        List<Table> perQueryTables = new ArrayList<>();
        Table load = new Table("Load generator: " + s.duration() + " s per cell after " + s.warmup() + " s of warm-up per server, "
                + queries.size() + " competency queries in turn, closed loop, loopback; data " + s.data().getFileName(),
                "store", "server", "clients", "queries", "errors", "queries/s", "p50 ms", "p99 ms", "max ms", "qps vs stock", "p99 vs stock");
        Table start = new Table("Cold start: JVM start to the first answered query", "store", "server", "listening ms",
                "first answer ms", "answers equal to stock");
        Table tdb = null;
        for (String store : s.stores()) {
            Path path = s.data();
            if (store.equals("tdb2")) {
                Path db = s.work().resolve("tdb2-endpoint");
                LoadBenchmark.Loaded l = LoadBenchmark.basicLoad(s.data(), db, steps);
                tdb = new Table("TDB2 database for the endpoint (Jena's basic loader)", "quads", "seconds", "quads/s")
                        .row(l.quads(), l.seconds(), l.quads() / l.seconds());
                path = db;
            }
            Map<String, double[]> byServer = new LinkedHashMap<>();
            Map<String, List<String>> answers = new LinkedHashMap<>();
            Map<String, long[]> perQuery = new LinkedHashMap<>();
            for (String server : SERVERS) {
                Started st = start(server, store, path, s, queries.get(0));
                try {
                    answers.put(server, answers(st.endpoint(), queries, null));
                    // One client, one query at a time: the cost of each query on each server, apart from queueing.
                    long[] total = new long[queries.size()];
                    for (int rep = 0; rep < PER_QUERY_RUNS; rep++) {
                        answers(st.endpoint(), queries, total);
                    }
                    perQuery.put(server, total);
                    if (s.warmup() > 0) {
                        try (Steps.Step step = steps.start("warm-up " + server + " " + store, s.warmup(), "s")) {
                            generate(st.endpoint(), s, 8, s.warmup(), step);
                        }
                    }
                    double[] qpsP99 = new double[2 * s.clients().size()];
                    for (int i = 0; i < s.clients().size(); i++) {
                        int c = s.clients().get(i);
                        String[] r;
                        try (Steps.Step step = steps.start(server + " " + store + " clients=" + c, s.duration(), "s")) {
                            r = generate(st.endpoint(), s, c, s.duration(), step);
                        }
                        long requests = Long.parseLong(r[1]);
                        double seconds = Double.parseDouble(r[3]);
                        double qps = requests / seconds;
                        double p99 = Long.parseLong(r[5]) / 1000.0;
                        qpsP99[2 * i] = qps;
                        qpsP99[2 * i + 1] = p99;
                        load.row(store, SERVER_NAMES.get(server), c, requests, Long.parseLong(r[2]), qps, Long.parseLong(r[4]) / 1000.0,
                                p99, Long.parseLong(r[6]) / 1000.0, "", "");
                    }
                    byServer.put(server, qpsP99);
                } finally {
                    ChildJvm.stop(st.process());
                }
                start.row(store, SERVER_NAMES.get(server), st.readyMillis(), st.firstAnswerMillis(), "");
            }
            List<String> ours = answers.get("dkg");
            List<String> stock = answers.get("fuseki");
            int equal = 0;
            for (int i = 0; i < ours.size(); i++) {
                equal += ours.get(i).equals(stock.get(i)) ? 1 : 0;
            }
            start.row(store, "answers", "", "", equal + " of " + ours.size() + " queries");
            Table pq = new Table("Each query alone (" + store + "): mean of " + PER_QUERY_RUNS + " sequential runs, one client, after the answers check",
                    "query", "ours ms", "stock ms", "ours / stock");
            long[] o = perQuery.get("dkg");
            long[] f = perQuery.get("fuseki");
            for (int i = 0; i < queryNames.size(); i++) {
                double om = o[i] / 1e6 / PER_QUERY_RUNS;
                double fm = f[i] / 1e6 / PER_QUERY_RUNS;
                pq.row(queryNames.get(i), om, fm, Table.num(om / fm) + "×");
            }
            double os = java.util.Arrays.stream(o).sum() / 1e6 / PER_QUERY_RUNS;
            double fs = java.util.Arrays.stream(f).sum() / 1e6 / PER_QUERY_RUNS;
            pq.row("all " + queryNames.size(), os, fs, Table.num(os / fs) + "×");
            perQueryTables.add(pq);
            // The stock server is measured second: our rows get their ratios once both are known.
            fillRatios(load, store, s.clients().size(), byServer);
        }
        start.note("Query time limit: " + s.timeout() + " s on both servers (ours: serve --timeout; the stock one: ARQ's queryTimeout in its "
                + "dataset's context, as a Fuseki configuration's arq:queryTimeout sets it); the load generator waits 30 s longer. "
                + "Each server ran in a JVM of its own with -Xmx"
                + s.serverHeap() + ".");
        List<Table> out = new ArrayList<>(List.of(load, start));
        out.addAll(perQueryTables);
        if (tdb != null) {
            out.add(tdb);
        }
        return out;
    }

    private static void fillRatios(Table t, String store, int n, Map<String, double[]> byServer) {
        double[] ours = byServer.get("dkg");
        double[] stock = byServer.get("fuseki");
        if (ours == null || stock == null) {
            return;
        }
        List<List<String>> rows = t.rows();
        int seen = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.get(0).equals(store) && row.get(1).equals(SERVER_NAMES.get("dkg")) && row.get(9).isEmpty()) {
                t.set(r, 9, Table.num(ours[2 * seen] / stock[2 * seen]) + "×");
                t.set(r, 10, Table.num(ours[2 * seen + 1] / stock[2 * seen + 1]) + "×");
                seen++;
            }
        }
        if (seen != n) {
            throw new IllegalStateException("ratio rows " + seen + " of " + n);
        }
    }

    private static Started start(String server, String store, Path path, Settings s, String firstQuery) {
        long t0 = System.nanoTime();
        Process p = ChildJvm.start(s.serverHeap(), BenchServer.class,
                List.of(server, store, path.toString(), Integer.toString(s.timeout())), s.work().resolve("server-" + server + "-" + store + ".log"));
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = r.readLine();
            if (line == null || !line.startsWith("READY ")) {
                ChildJvm.stop(p);
                throw new IllegalStateException(server + " server (" + store + ") did not start; see " + s.work());
            }
            long ready = (System.nanoTime() - t0) / 1_000_000;
            String[] f = line.split(" ");
            String endpoint = f[2];
            LoadGenerator.requireLoopback(URI.create(endpoint));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long first = -1;
            // Bounded: at most 600 tries, 20 ms apart.
            for (int i = 0; i < 600 && first < 0; i++) {
                HttpResponse<String> resp = http.send(get(endpoint, firstQuery, "text/csv"), HttpResponse.BodyHandlers.ofString());
                if (resp.statusCode() == 200) {
                    first = (System.nanoTime() - t0) / 1_000_000;
                } else {
                    Thread.sleep(20);
                }
            }
            return new Started(p, endpoint, ready, first, Long.parseLong(f[1]));
        } catch (IOException e) {
            ChildJvm.stop(p);
            throw new UncheckedIOException(server + " server: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            ChildJvm.stop(p);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Each query's CSV answer with its rows sorted, to compare two servers; adds each query's nanoseconds to {@code nanos} if given. */
    private static List<String> answers(String endpoint, List<String> queries, long[] nanos) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String q = queries.get(i);
            try {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(get(endpoint, q, "text/csv"), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (nanos != null) {
                    nanos[i] += System.nanoTime() - t0;
                }
                String[] lines = r.body().split("\r\n");
                if (lines.length > 1) {
                    Arrays.sort(lines, 1, lines.length);
                }
                out.add(r.statusCode() + "\n" + String.join("\n", lines));
            } catch (IOException e) {
                out.add("failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return out;
    }

    private static HttpRequest get(String endpoint, String query, String accept) {
        return HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120)).header("Accept", accept).GET().build();
    }

    /** Runs the load generator in its own JVM; gives its RESULT line's fields. */
    private static String[] generate(String endpoint, Settings s, int clients, int seconds, Steps.Step step) {
        // The client waits 30 s past the servers' time limit, so that a cancelled query is counted as the server answered it.
        Process p = ChildJvm.start("1g", LoadGenerator.class, List.of(endpoint, s.queries().toString(), Integer.toString(clients),
                Integer.toString(seconds), Integer.toString(s.timeout() + 30)), s.work().resolve("load-generator.log"));
        Thread ticker = new Thread(() -> {
            try {
                for (int i = 0; i < seconds; i++) {
                    Thread.sleep(1000);
                    step.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-ticker");
        ticker.setDaemon(true);
        ticker.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("RESULT ")) {
                    return line.split(" ");
                }
            }
            throw new IllegalStateException("the load generator gave no result; see " + s.work().resolve("load-generator.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ticker.interrupt();
            ChildJvm.stop(p);
        }
    }
}
