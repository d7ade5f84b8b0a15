package org.diplomacykg.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplomacykg.graph.IriMinter;

/**
 * The project's JSON-LD context and JSON-LD written with it.
 * <p>
 * The context is {@code ontology/context.jsonld}, packaged as the class-path resource {@value #RESOURCE}: prefixes,
 * a short term per class and property of the ontology ({@code "participant"}, {@code "Visit"}), and the aliases
 * {@code id}, {@code type}, {@code graph}, {@code label}. It is published at {@code {base}context.jsonld}
 * ({@link #contextIri}); for a base other than {@value IriMinter#DEFAULT_BASE} the prefixes of the data and graph
 * IRIs, {@value #ID_PREFIX} and {@value #GRAPH_PREFIX}, are moved under that base ({@link #context(String)}).
 * <p>
 * {@link #write} turns RDF into JSON-LD 1.1 compacted with the context (Titanium, the JSON-LD processor Jena uses), the
 * document's {@code @context} being the context's IRI, so keys are short and the document stays small;
 * {@link #writeEmbedded} puts the context itself in the document instead, for documents that must be readable
 * without the published context at hand (what the server answers). Jena's own
 * JSON-LD writer takes no context of the caller's, so the statements are written by Jena as expanded JSON-LD and then
 * compacted. Reading such a document needs no network: {@link #offlineLoader()} answers the published IRI with the
 * packaged copy and refuses every other URL.
 */
public final class JsonLdLib {

    /** The name of the context file, in {@code ontology/} and after the base in its IRI. */
    public static final String FILE_NAME = "context.jsonld";
    /** Where the packaged copy of {@code ontology/context.jsonld} sits on the class path. */
    public static final String RESOURCE = "org/diplomacykg/store/" + FILE_NAME;
    /** The context's IRI for the default base: {@code https://w3id.org/diplomacy-kg/context.jsonld}. */
    public static final String DEFAULT_CONTEXT_IRI = IriMinter.DEFAULT_BASE + FILE_NAME;
    /** The prefix of the data IRIs ({@code {base}id/}) in the context. */
    public static final String ID_PREFIX = "dkgid";
    /** The prefix of the named graphs ({@code {base}graph/}) in the context. */
    public static final String GRAPH_PREFIX = "dkggraph";

    private static final Map<String, JsonObject> CONTEXTS = new ConcurrentHashMap<>();
    private static final Map<String, ?> PRETTY = Map.of(JsonGenerator.PRETTY_PRINTING, true);

    private JsonLdLib() {}

    /** The IRI of the context for data under {@code base}: {@code base + "context.jsonld"}. */
    public static String contextIri(String base) {
        return base + FILE_NAME;
    }

    /**
     * The context document ({@code {"@context": {…}}}) for data under {@code base}: the packaged file, with
     * {@value #ID_PREFIX} bound to {@code base + "id/"} and {@value #GRAPH_PREFIX} to {@code base + "graph/"}.
     */
    public static JsonObject context(String base) {
        return CONTEXTS.computeIfAbsent(base, b -> {
            JsonObject file = packaged();
            JsonObject terms = file.getJsonObject(Keywords.CONTEXT);
            if (b.equals(IriMinter.DEFAULT_BASE))
                return file;
            IriMinter minter = new IriMinter(b);
            JsonObjectBuilder rebound = Json.createObjectBuilder(terms).add(ID_PREFIX, minter.dataSpace()).add(GRAPH_PREFIX, minter.graphSpace());
            return Json.createObjectBuilder().add(Keywords.CONTEXT, rebound).build();
        });
    }

    /** {@link #context(String)} as indented UTF-8 JSON, as the server publishes it. */
    public static byte[] contextBytes(String base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeJson(context(base), out);
        return out.toByteArray();
    }

    /** The graph as JSON-LD compacted with the context for {@code base}, UTF-8, naming the context by its IRI. */
    public static byte[] write(Graph graph, String base) {
        return write(DatasetGraphFactory.wrap(graph), base);
    }

    /**
     * The dataset (named graphs as {@code {"id": …, "graph": […]}}) as JSON-LD compacted with the context for
     * {@code base}, UTF-8; its {@code @context} is {@link #contextIri(String) contextIri(base)}: for files that travel
     * with the published context (the dumps).
     *
     * @throws JenaException when the statements cannot be expressed in JSON-LD (RDF-star triple terms)
     */
    public static byte[] write(DatasetGraph dsg, String base) {
        return write(dsg, base, Json.createValue(contextIri(base)));
    }

    /**
     * The graph as JSON-LD compacted with the context for {@code base}, UTF-8, with the context itself (the object of
     * {@link #context(String)}) as its {@code @context}: a self-contained document that any JSON-LD reader turns into
     * RDF without loading anything (the documents the server answers, which a client may keep and read offline).
     *
     * @throws JenaException when the statements cannot be expressed in JSON-LD (RDF-star triple terms)
     */
    public static byte[] writeEmbedded(Graph graph, String base) {
        return write(DatasetGraphFactory.wrap(graph), base, context(base).get(Keywords.CONTEXT));
    }

    private static byte[] write(DatasetGraph dsg, String base, JsonValue contextValue) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, dsg, RDFFormat.JSONLD11_PLAIN);
        try {
            JsonObject compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                                                  JsonDocument.of(context(base)))
                .loader(offlineLoader())
                .get();
            // The context (its IRI, or itself) first, so a reader sees where the short keys come from.
            JsonObjectBuilder doc = Json.createObjectBuilder().add(Keywords.CONTEXT, contextValue);
            compacted.forEach((key, value) -> {
                if (!key.equals(Keywords.CONTEXT))
                    doc.add(key, value);
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writeJson(doc.build(), out);
            return out.toByteArray();
        } catch (JsonLdError e) {
            throw new JenaException("cannot compact JSON-LD with " + contextIri(base) + ": " + e.getMessage(), e);
        }
    }

    /**
     * A JSON-LD document loader that loads nothing from anywhere: {@value #DEFAULT_CONTEXT_IRI} is answered with the
     * packaged context, every other URL (http, https, file) is refused.
     */
    public static DocumentLoader offlineLoader() {
        return JsonLdLib::load;
    }

    private static Document load(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (url != null && url.toString().equals(DEFAULT_CONTEXT_IRI)) {
            JsonDocument doc = JsonDocument.of(MediaType.JSON_LD, context(IriMinter.DEFAULT_BASE));
            doc.setDocumentUrl(url);
            return doc;
        }
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
            "remote JSON-LD context refused (this reader fetches no documents): " + url);
    }

    private static JsonObject packaged() {
        try (InputStream in = JsonLdLib.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException(RESOURCE + " is not on the class path (ontology/" + FILE_NAME + " is packaged by the build)");
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static void writeJson(JsonObject json, OutputStream out) {
        try (JsonWriter w = Json.createWriterFactory(PRETTY).createWriter(out)) {
            w.write(json);
        }
    }
}
