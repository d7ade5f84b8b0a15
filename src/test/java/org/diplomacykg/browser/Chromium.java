package org.diplomacykg.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium (Debian's {@code /usr/bin/chromium}, nothing downloaded) driven over the Chrome DevTools Protocol
 * with the JDK's own HTTP and WebSocket clients: navigate, evaluate JavaScript, wait for a condition, screenshot.
 * One page, a fresh profile folder deleted on {@link #close()}; the process is ended on close.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium headless with the flags of a quiet, offline test browser, and attaches to its page. */
    static Chromium start(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("dkg-chromium-");
        Process p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-default-apps", "--mute-audio", "--user-data-dir=" + profile,
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--window-size=" + width + "," + height, "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String browserWs = awaitDevTools(p);
            URI devtools = URI.create(browserWs);
            HttpClient http = HttpClient.newHttpClient();
            String pageWs = null;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (pageWs == null && System.nanoTime() < until) {
                HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://" + devtools.getAuthority() + "/json/list"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                for (JsonNode t : JSON.readTree(list.body()))
                    if ("page".equals(t.path("type").asText()))
                        pageWs = t.path("webSocketDebuggerUrl").asText();
                if (pageWs == null)
                    Thread.sleep(200);
            }
            if (pageWs == null)
                throw new IllegalStateException("Chromium opened no page");
            Listener listener = new Listener();
            WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(URI.create(pageWs), listener)
                .get(20, TimeUnit.SECONDS);
            Chromium c = new Chromium(p, profile, ws);
            listener.owner = c;
            c.call("Page.enable", Map.of());
            c.call("Runtime.enable", Map.of());
            return c;
        } catch (Exception e) {
            p.destroyForcibly();
            deleteTree(profile);
            throw e;
        }
    }

    private static String awaitDevTools(Process p) throws Exception {
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find())
                        url.complete(m.group(1));
                }
                url.completeExceptionally(new IllegalStateException("Chromium ended without opening DevTools"));
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return url.get(60, TimeUnit.SECONDS);
    }

    /** Sends one DevTools command and waits for its result. */
    JsonNode call(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
        JsonNode r = result.get(30, TimeUnit.SECONDS);
        if (r.has("error"))
            throw new IllegalStateException(method + ": " + r.get("error"));
        return r.path("result");
    }

    void navigate(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
    }

    /** The value of a JavaScript expression (awaited if a promise), as JSON. */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails"))
            throw new IllegalStateException(expression + ": " + r.get("exceptionDetails"));
        return r.path("result").path("value");
    }

    String evalString(String expression) throws Exception {
        JsonNode v = eval(expression);
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }

    /** Polls {@code expression} until its string value satisfies {@code done}; returns that value. */
    String await(String what, String expression, Predicate<String> done, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < until) {
            try {
                last = evalString(expression);
                if (done.test(last))
                    return last;
            } catch (IllegalStateException e) {
                last = e.getMessage();        // the page is between documents
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + "; last value: " + last);
    }

    /** A PNG of the whole page (the viewport stretched to the page height, at most 8000 px). */
    void screenshot(Path file) throws Exception {
        JsonNode metrics = call("Page.getLayoutMetrics", Map.of());
        JsonNode size = metrics.path("cssContentSize");
        int width = Math.max(800, (int) Math.ceil(size.path("width").asDouble(1280)));
        int height = Math.min(8000, Math.max(600, (int) Math.ceil(size.path("height").asDouble(1024))));
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        call("Emulation.clearDeviceMetricsOverride", Map.of());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the process ends below anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS))
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary folder: the system cleans it eventually
        }
    }

    /** Collects text frames into messages and completes the calls they answer; events are ignored. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        volatile Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode msg = JSON.readTree(text);
                    if (msg.has("id") && owner != null) {
                        CompletableFuture<JsonNode> f = owner.pending.remove(msg.get("id").asInt());
                        if (f != null)
                            f.complete(msg);
                    }
                } catch (IOException e) {
                    // not JSON: ignore
                }
            }
            ws.request(1);
            return null;
        }
    }
}
