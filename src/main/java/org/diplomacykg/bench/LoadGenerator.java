package org.diplomacykg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A closed-loop SPARQL load generator: C clients, each sending the next query as soon as the previous answer is read
 * (HTTP/1.1 POST of a form, results as JSON, bodies read to the end), for a fixed time and at most
 * {@value #MAX_REQUESTS} requests. Only loopback endpoints are accepted: it refuses any other address before sending.
 * <p>
 * In-process through {@link #run}, or as a process of its own ({@link #main}: {@code URL QUERY_DIR CLIENTS SECONDS}),
 * which prints one line {@code RESULT requests errors seconds p50_us p99_us max_us statuses}.
 */
public final class LoadGenerator {
    /** A bound on the number of requests whatever the duration: the run always stops by itself. */
    public static final long MAX_REQUESTS = 5_000_000L;

    private LoadGenerator() {}

    /** The outcome of a run: latencies in microseconds of every answered request, sorted. */
    public record Result(long requests, long errors, double seconds, long[] latenciesMicros, Map<String, Long> statuses,
                         List<String> firstErrors) {
        public double queriesPerSecond() {
            return seconds > 0 ? requests / seconds : Double.NaN;
        }

        /** The latency below which a fraction {@code q} (0..1) of requests fall, in milliseconds. */
        public double percentileMillis(double q) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(q * latenciesMicros.length) - 1;
            return latenciesMicros[Math.max(0, Math.min(latenciesMicros.length - 1, i))] / 1000.0;
        }

        public double maxMillis() {
            return latenciesMicros.length == 0 ? Double.NaN : latenciesMicros[latenciesMicros.length - 1] / 1000.0;
        }
    }

    /**
     * Runs {@code clients} clients against the endpoint for {@code duration}, each cycling through the queries from its
     * own starting point.
     *
     * @throws IllegalArgumentException when the endpoint is not a loopback address
     */
    public static Result run(URI endpoint, List<String> queries, int clients, Duration duration, Duration requestTimeout) {
        requireLoopback(endpoint);
        if (queries.isEmpty() || clients < 1) {
            throw new IllegalArgumentException("need at least one query and one client");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<HttpRequest> requests = queries.stream().map(q -> HttpRequest.newBuilder(endpoint).timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build()).toList();
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, Long> statuses = new ConcurrentHashMap<>();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        long[][] lat = new long[clients][];
        int[] counts = new int[clients];
        long t0 = System.nanoTime();
        long deadline = t0 + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                long[] mine = new long[1024];
                int n = 0;
                int q = client % requests.size();
                while (System.nanoTime() < deadline && sent.incrementAndGet() <= MAX_REQUESTS) {
                    HttpRequest r = requests.get(q);
                    q = (q + 1) % requests.size();
                    long s = System.nanoTime();
                    String status;
                    try {
                        HttpResponse<Void> resp = http.send(r, HttpResponse.BodyHandlers.discarding());
                        status = Integer.toString(resp.statusCode());
                        if (resp.statusCode() != 200) {
                            errors.incrementAndGet();
                            note(firstErrors, "HTTP " + status + " for query " + (q == 0 ? requests.size() : q));
                        }
                    } catch (IOException e) {
                        status = e.getClass().getSimpleName();
                        errors.incrementAndGet();
                        note(firstErrors, status + ": " + e.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    statuses.merge(status, 1L, Long::sum);
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = (System.nanoTime() - s) / 1000;
                }
                lat[client] = mine;
                counts[client] = n;
            }, "load-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join(duration.toMillis() + requestTimeout.toMillis() + 10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int total = 0;
        for (int c = 0; c < clients; c++) {
            total += lat[c] == null ? 0 : counts[c];
        }
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            if (lat[c] != null) {
                System.arraycopy(lat[c], 0, all, at, counts[c]);
                at += counts[c];
            }
        }
        Arrays.sort(all);
        return new Result(total, errors.get(), seconds, all, new TreeMap<>(statuses), List.copyOf(firstErrors));
    }

    private static void note(List<String> firstErrors, String s) {
        if (firstErrors.size() < 5) {
            firstErrors.add(s);
        }
    }

    /** The queries of a folder's {@code *.rq} files, sorted by name. */
    public static List<String> queries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read queries in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The file names of a folder's {@code *.rq} files, in the order of {@link #queries}. */
    public static List<String> queryNames(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read queries in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException unless the URI's host is a loopback address (127.0.0.0/8, ::1, localhost) */
    public static void requireLoopback(URI endpoint) {
        String host = endpoint.getHost();
        try {
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException(endpoint + ": the load generator sends only to loopback addresses");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(endpoint + ": unknown host", e);
        }
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        URI url = URI.create(args[0]);
        List<String> queries = queries(Path.of(args[1]));
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        Duration requestTimeout = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 120);
        Result r = run(url, queries, clients, Duration.ofSeconds(seconds), requestTimeout);
        StringBuilder st = new StringBuilder();
        r.statuses().forEach((k, v) -> st.append(st.length() == 0 ? "" : ",").append(k).append(':').append(v));
        r.firstErrors().forEach(e -> System.err.println("error: " + e));
        out.printf(java.util.Locale.ROOT, "RESULT %d %d %.3f %d %d %d %s%n", r.requests(), r.errors(), r.seconds(),
                Math.round(r.percentileMillis(0.5) * 1000), Math.round(r.percentileMillis(0.99) * 1000),
                Math.round(r.maxMillis() * 1000), st.length() == 0 ? "-" : st);
        System.exit(0);
    }
}
