package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unsafe input: JSON-LD never fetches a remote {@code @context} (a local HTTP server counts the attempts); RDF/XML with
 * a DOCTYPE (external entities, entity expansion) is refused before parsing.
 */
class JsonLdContextTest {

    @TempDir
    Path dir;

    private HttpServer contexts;
    private final AtomicInteger fetched = new AtomicInteger();

    @BeforeEach
    void serveAContext() throws Exception {
        contexts = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        contexts.createContext("/ctx.jsonld", ex -> {
            fetched.incrementAndGet();
            byte[] body = "{\"@context\": {\"name\": \"http://xmlns.com/foaf/0.1/name\"}}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/ld+json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        contexts.start();
    }

    @AfterEach
    void stop() {
        contexts.stop(0);
    }

    private String remoteContextDocument() {
        return "{\"@context\": \"http://127.0.0.1:" + contexts.getAddress().getPort() + "/ctx.jsonld\", "
            + "\"@id\": \"https://example.org/x\", \"name\": \"X\"}";
    }

    @Test
    void ourReaderRefusesTheRemoteContextAndMakesNoRequest() throws Exception {
        Path file = Files.writeString(dir.resolve("doc.jsonld"), remoteContextDocument());
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        assertThrows(RiotException.class, () -> DatasetFiles.read(file, StreamRDFLib.dataset(d)));
        assertEquals(0, fetched.get(), "the reader fetched the remote context");
        assertTrue(d.isEmpty());
    }

    @Test
    void withoutTheSettingJenaWouldFetchIt() {
        // Why the setting matters: Jena's default JSON-LD reader loads the context from the URL.
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        try {
            RDFParser.fromString(remoteContextDocument(), Lang.JSONLD).parse(d);
        } catch (RiotException e) {
            // Whether or not it then parses, the request was made.
        }
        assertEquals(1, fetched.get());
    }

    @Test
    void inlineContextsStillWork() throws Exception {
        Path file = Files.writeString(dir.resolve("inline.jsonld"),
            "{\"@context\": {\"name\": \"http://xmlns.com/foaf/0.1/name\"}, \"@id\": \"https://example.org/x\", \"name\": \"X\"}");
        DatasetGraph d = DatasetFiles.readInMemory(file);
        assertEquals(1, d.getDefaultGraph().size());
        assertEquals(0, fetched.get());
    }

    @Test
    void rdfXmlWithADoctypeIsRefusedAtOnce() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        Path xxe = Files.writeString(dir.resolve("xxe.rdf"), """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "%s"> ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
              <rdf:Description rdf:about="urn:x:s"><rdfs:label>&secret;</rdfs:label></rdf:Description>
            </rdf:RDF>
            """.formatted(secret.toUri()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetFiles.readInMemory(xxe));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        Path plain = Files.writeString(dir.resolve("plain.rdf"), """
            <?xml version="1.0"?>
            <!-- a comment -->
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
              <rdf:Description rdf:about="urn:x:s"><rdfs:label>fine</rdfs:label></rdf:Description>
            </rdf:RDF>
            """);
        assertEquals(1, DatasetFiles.readInMemory(plain).getDefaultGraph().size());
    }
}
