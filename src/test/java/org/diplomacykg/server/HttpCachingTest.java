package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.json.JSON;
import org.diplomacykg.store.Dumps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP that caches, crawlers and download tools expect, with the requests they send: gzip for SPARQL results and
 * pages ({@code Accept-Encoding: gzip}), ETag / Last-Modified and 304 on the documents made from the data
 * ({@code If-None-Match}, {@code If-Modified-Since}), byte ranges and conditional GET on the dumps ({@code Range}).
 */
class HttpCachingTest {

    /** The test data's IRIs are under this base, so that {@code /id/person/john-kerry} is one of them. */
    private static final String BASE = "https://example.org/";
    private static final String KERRY_DATA = "data/id/person/john-kerry.ttl";
    private static final String KERRY_PAGE = "page/id/person/john-kerry";
    private static final String SELECT_ALL = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path dumps;

    private static DkgServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startServer() {
        Dumps.write(twoGraphs(), dumps);
        server = DkgServer.start(twoGraphs(), testConfig().withBase(BASE).withDumps(dumps));
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.close();
    }

    // ---- gzip

    @Test
    void aSparqlSelectIsGzippedForAClientThatAcceptsGzip() throws IOException {
        String url = server.endpointUrl() + "?query=" + enc(SELECT_ALL);
        HttpResponse<byte[]> plain = send(request(url).header("Accept", "application/sparql-results+json"));
        HttpResponse<byte[]> gz = send(request(url).header("Accept", "application/sparql-results+json").header("Accept-Encoding", "gzip"));
        assertEquals(200, gz.statusCode());
        assertTrue(header(plain, "Content-Encoding").isEmpty(), "no gzip unless asked for");
        assertEquals("gzip", header(gz, "Content-Encoding"));
        assertTrue(AcceptEncodingVaryFilter.names(header(gz, "Vary"), "Accept-Encoding"), header(gz, "Vary"));
        String json = gunzip(gz.body());
        assertEquals(3, JSON.parse(json).get("results").getAsObject().get("bindings").getAsArray().size(), json);
        assertEquals(new String(plain.body(), StandardCharsets.UTF_8), json);

        // The same query sent by POST (as clients send long queries) is gzipped too.
        HttpResponse<byte[]> post = send(request(server.endpointUrl()).header("Accept", "application/sparql-results+json")
            .header("Accept-Encoding", "gzip").header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofString(SELECT_ALL)));
        assertEquals(200, post.statusCode());
        assertEquals("gzip", header(post, "Content-Encoding"));
        assertEquals(json, gunzip(post.body()));
    }

    @Test
    void aPageIsGzippedAndKeepsVaryAccept() throws IOException {
        HttpResponse<byte[]> page = send(request(url(KERRY_PAGE)).header("Accept", "text/html").header("Accept-Encoding", "gzip, deflate"));
        assertEquals(200, page.statusCode());
        assertEquals("gzip", header(page, "Content-Encoding"));
        assertTrue(gunzip(page.body()).contains("<h1>John Kerry</h1>"));
        // A negotiated data document varies by both headers.
        HttpResponse<byte[]> data = send(request(url("data/id/person/john-kerry")).header("Accept", "text/turtle")
            .header("Accept-Encoding", "gzip"));
        assertEquals("gzip", header(data, "Content-Encoding"));
        assertEquals(List.of("Accept", "Accept-Encoding"), vary(data));
        assertTrue(gunzip(data.body()).contains("John Kerry"));
    }

    // ---- conditional GET on data documents and pages

    @Test
    void aDataDocumentAnswers304ToIfNoneMatchAndIfModifiedSince() {
        HttpResponse<byte[]> first = send(request(url(KERRY_DATA)));
        assertEquals(200, first.statusCode());
        String etag = header(first, "ETag");
        String lastModified = header(first, "Last-Modified");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), "a strong tag: " + etag);
        assertFalse(lastModified.isEmpty());
        assertEquals(etag, header(send(request(url(KERRY_DATA))), "ETag"), "the same document, the same tag");

        HttpResponse<byte[]> byTag = send(request(url(KERRY_DATA)).header("If-None-Match", etag));
        assertEquals(304, byTag.statusCode());
        assertEquals(0, byTag.body().length);
        assertEquals(etag, header(byTag, "ETag"));
        assertEquals(lastModified, header(byTag, "Last-Modified"));
        assertTrue(header(byTag, "Content-Length").isEmpty(), "a 304 has no length of its own (RFC 9110 8.6)");
        assertTrue(header(byTag, "Content-Type").isEmpty());
        assertEquals(304, send(request(url(KERRY_DATA)).header("If-None-Match", "\"other\", W/" + etag)).statusCode(), "weak comparison");
        assertEquals(200, send(request(url(KERRY_DATA)).header("If-None-Match", "\"other\"")).statusCode());

        HttpResponse<byte[]> byDate = send(request(url(KERRY_DATA)).header("If-Modified-Since", lastModified));
        assertEquals(304, byDate.statusCode());
        assertEquals(0, byDate.body().length);
        String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1).withZoneSameInstant(ZoneOffset.UTC));
        assertEquals(200, send(request(url(KERRY_DATA)).header("If-Modified-Since", dayBefore)).statusCode());
        // If-None-Match decides when both are sent (RFC 9110 13.2.2).
        assertEquals(200, send(request(url(KERRY_DATA)).header("If-None-Match", "\"other\"").header("If-Modified-Since", lastModified))
            .statusCode());
    }

    @Test
    void theTagFollowsTheRepresentation() {
        HttpResponse<byte[]> ttl = send(request(url("data/id/person/john-kerry")).header("Accept", "text/turtle"));
        HttpResponse<byte[]> nq = send(request(url("data/id/person/john-kerry")).header("Accept", "application/n-quads"));
        assertNotEquals(header(ttl, "ETag"), header(nq, "ETag"));
        assertEquals(200, send(request(url("data/id/person/john-kerry")).header("Accept", "application/n-quads")
            .header("If-None-Match", header(ttl, "ETag"))).statusCode());
        // HEAD carries the tag of the GET.
        HttpResponse<byte[]> head = send(request(url(KERRY_DATA)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals(header(send(request(url(KERRY_DATA))), "ETag"), header(head, "ETag"));
        assertEquals(304, send(request(url(KERRY_DATA)).method("HEAD", HttpRequest.BodyPublishers.noBody())
            .header("If-None-Match", header(head, "ETag"))).statusCode());
    }

    @Test
    void aGzippedDocumentRevalidatesWithItsGzipTag() throws IOException {
        HttpResponse<byte[]> gz = send(request(url(KERRY_PAGE)).header("Accept", "text/html").header("Accept-Encoding", "gzip"));
        assertEquals("gzip", header(gz, "Content-Encoding"));
        String etag = header(gz, "ETag");
        assertTrue(etag.endsWith("--gzip\""), etag);
        HttpResponse<byte[]> again = send(request(url(KERRY_PAGE)).header("Accept", "text/html").header("Accept-Encoding", "gzip")
            .header("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, header(again, "ETag"), "the 304 names the gzipped variant");
        assertTrue(gunzip(gz.body()).contains("John Kerry"));
    }

    @Test
    void otherDocumentsAreTaggedAndErrorsAreNot() {
        for (String path : List.of("ontology", ".well-known/void", "context.jsonld")) {
            HttpResponse<byte[]> r = send(request(url(path)));
            if (r.statusCode() != 200)
                continue;
            String etag = header(r, "ETag");
            assertFalse(etag.isEmpty(), path);
            assertEquals(304, send(request(url(path)).header("If-None-Match", etag)).statusCode(), path);
        }
        HttpResponse<byte[]> missing = send(request(url("data/id/person/nobody.ttl")).header("If-None-Match", "*"));
        assertEquals(404, missing.statusCode());
        assertTrue(header(missing, "ETag").isEmpty());
        // SPARQL results are not tagged: they are not documents of the data.
        assertTrue(header(send(request(server.endpointUrl() + "?query=" + enc(SELECT_ALL))), "ETag").isEmpty());
    }

    @Test
    void anUpdateMakesOldTagsAndDatesStale() {
        try (DkgServer s = DkgServer.start(twoGraphs(), testConfig().withBase(BASE).withUpdate(true))) {
            String doc = s.rootUrl() + KERRY_DATA;
            HttpResponse<byte[]> before = send(request(doc));
            String etag = header(before, "ETag");
            String lastModified = header(before, "Last-Modified");
            HttpResponse<String> update = ServerTestLib.send("POST", s.updateUrl(), "application/sparql-update",
                "INSERT DATA { GRAPH <" + BASE + "graph/added> { <" + ServerTestLib.ONLY_IN_A + "> "
                + "<http://www.w3.org/2000/01/rdf-schema#comment> 'added' } }");
            assertEquals(2, update.statusCode() / 100, update.body());
            HttpResponse<byte[]> after = send(request(doc).header("If-None-Match", etag));
            assertEquals(200, after.statusCode());
            assertNotEquals(etag, header(after, "ETag"));
            assertEquals(200, send(request(doc).header("If-Modified-Since", lastModified)).statusCode(), "Last-Modified moved on");
        }
    }

    // ---- dumps

    @Test
    void aRangeOfADumpIs206() throws IOException {
        byte[] file = Files.readAllBytes(dumps.resolve(Dumps.NQUADS));
        assertTrue(file.length > 20, "dump of " + file.length + " bytes");
        String url = url("dumps/" + Dumps.NQUADS);
        HttpResponse<byte[]> whole = send(request(url).header("Accept-Encoding", "gzip"));
        assertEquals(200, whole.statusCode());
        assertEquals("bytes", header(whole, "Accept-Ranges"));
        assertTrue(header(whole, "Content-Encoding").isEmpty(), "the gzip file as it is");
        assertArrayEquals(file, whole.body());

        HttpResponse<byte[]> first = send(request(url).header("Range", "bytes=0-9").header("Accept-Encoding", "gzip"));
        assertEquals(206, first.statusCode());
        assertEquals("bytes 0-9/" + file.length, header(first, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(file, 0, 10), first.body());
        HttpResponse<byte[]> rest = send(request(url).header("Range", "bytes=10-"));
        assertEquals(206, rest.statusCode());
        assertArrayEquals(Arrays.copyOfRange(file, 10, file.length), rest.body(), "a download resumed");
        HttpResponse<byte[]> tail = send(request(url).header("Range", "bytes=-8"));
        assertArrayEquals(Arrays.copyOfRange(file, file.length - 8, file.length), tail.body());
        assertEquals(416, send(request(url).header("Range", "bytes=" + (file.length + 10) + "-")).statusCode());
    }

    @Test
    void aDumpAnswersIfModifiedSinceAndIfNoneMatch() {
        String url = url("dumps/" + Dumps.TRIG);
        HttpResponse<byte[]> r = send(request(url));
        assertEquals(200, r.statusCode());
        assertEquals("attachment; filename=\"" + Dumps.TRIG + "\"", header(r, "Content-Disposition"));
        String lastModified = header(r, "Last-Modified");
        String etag = header(r, "ETag");
        assertFalse(lastModified.isEmpty());
        assertFalse(etag.isEmpty());
        HttpResponse<byte[]> since = send(request(url).header("If-Modified-Since", lastModified));
        assertEquals(304, since.statusCode());
        assertEquals(0, since.body().length);
        assertEquals(304, send(request(url).header("If-None-Match", etag)).statusCode());
        // If-Range with the file's date gives the range; with another date, or a (weak) tag, the whole file.
        assertEquals(206, send(request(url).header("Range", "bytes=0-3").header("If-Range", lastModified)).statusCode());
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusHours(1).withZoneSameInstant(ZoneOffset.UTC));
        assertEquals(200, send(request(url).header("Range", "bytes=0-3").header("If-Range", earlier)).statusCode());
        assertEquals(200, send(request(url).header("Range", "bytes=0-3").header("If-Range", etag)).statusCode());
        HttpResponse<byte[]> sums = send(request(url("dumps/" + Dumps.CHECKSUMS)));
        assertEquals("text/plain;charset=us-ascii", header(sums, "Content-Type").replace(" ", "").toLowerCase());
        assertEquals(404, send(request(url("dumps/nothing.gz"))).statusCode());
    }

    // ---- helpers

    private static String url(String path) {
        return server.rootUrl() + path;
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder b) {
        HttpRequest request = b.build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    /** The header names {@code Vary} lists, in order. */
    static List<String> vary(HttpResponse<?> r) {
        return r.headers().allValues("Vary").stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList();
    }

    private static String gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
