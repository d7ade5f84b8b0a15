package org.diplomacykg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.apicatalog.jsonld.JsonLdOptions;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Reads and writes datasets as files. Writing goes to a temporary file moved into place, so a reader never sees half
 * a file. Reading takes TriG, N-Quads, Turtle, N-Triples, RDF/XML and JSON-LD, each optionally gzipped ({@code .gz}),
 * the syntax named by the file extension; JSON-LD is read with a document loader that refuses every remote (or local)
 * {@code @context}: a context by reference would make the reader fetch a URL of the file's choosing. The project's own
 * context ({@link JsonLdLib#DEFAULT_CONTEXT_IRI}) is the exception: it is read from the packaged copy. RDF/XML with a
 * DOCTYPE is refused: its entities could read local files (XXE) or expand without bound.
 */
public final class DatasetFiles {
    private DatasetFiles() {}

    public static void writeTrig(DatasetGraph dsg, Path out) {
        try {
            AtomicFiles.write(out, os -> RDFDataMgr.write(os, dsg, RDFFormat.TRIG_BLOCKS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the dataset, every named graph kept, as JSON-LD compacted with the project's context for {@code base}
     * ({@link JsonLdLib#write(DatasetGraph, String)}); gzipped when the file name ends with {@code .gz}. The whole
     * document is built in memory first: meant for graphs of the seed's or a corpus's size, not for huge ones.
     */
    public static void writeJsonLd(DatasetGraph dsg, Path out, String base) {
        try {
            byte[] json = JsonLdLib.write(dsg, base);
            AtomicFiles.write(out, os -> {
                if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                    try (OutputStream gz = new GZIPOutputStream(os, 1 << 16)) {
                        gz.write(json);
                    }
                } else {
                    os.write(json);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Writes the dataset in {@code format} (a syntax with named graphs), as {@link #writeTrig} does: atomically. */
    public static void write(DatasetGraph dsg, Path out, RDFFormat format) {
        try {
            AtomicFiles.write(out, os -> RDFDataMgr.write(os, dsg, format));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Writes the graph in {@code format} (a triple syntax), atomically. */
    public static void write(Graph graph, Path out, RDFFormat format) {
        try {
            AtomicFiles.write(out, os -> RDFDataMgr.write(os, graph, format));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the graph in the syntax the file's extension names, atomically: in a syntax with named graphs (TriG,
     * N-Quads, JSON-LD) as the graph {@code graphName}, in a triple syntax as it is.
     *
     * @throws java.util.NoSuchElementException when the extension names no RDF syntax ({@link #lang})
     */
    public static void writeNamed(Graph graph, String graphName, Path out) {
        Lang lang = lang(out).orElseThrow();
        RDFFormat format = RDFWriterRegistry.defaultSerialization(lang);
        if (RDFLanguages.isQuads(lang)) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            dsg.addGraph(NodeFactory.createURI(graphName), graph);
            write(dsg, out, format);
        } else {
            write(graph, out, format);
        }
    }

    /**
     * Writes TriG as {@code body} sends it (blocks of consecutive quads of a graph), into a temporary file moved into
     * place once {@code body} returns, so the whole dataset is never held in memory and a reader never sees half of it.
     * Gives what {@code body} returns; when it throws, no file is written.
     */
    public static <T> T streamTrig(Path out, java.util.function.Function<StreamRDF, T> body) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            AtomicFiles.write(out, os -> {
                java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(os, 1 << 16);
                result.set(body.apply(org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(buffered, RDFFormat.TRIG_BLOCKS)));
                buffered.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return result.get();
    }

    /**
     * Removes the temporary files an earlier write of {@code out} left beside it when its process was killed (see
     * {@link AtomicFiles#removeStale}); gives those removed.
     */
    public static List<Path> removeStaleTemporaries(Path out) {
        try {
            return AtomicFiles.removeStale(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean temporary files beside " + out + ": " + e.getMessage(), e);
        }
    }

    /** Loads an RDF file (see {@link #read}) into a new in-memory transactional dataset. */
    public static DatasetGraph readInMemory(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        // A built dataset without a known extension is TriG, as convert writes it.
        read(file, lang(file).orElse(Lang.TRIG), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    /**
     * Parses an RDF file into {@code dest}; triple syntaxes give default-graph triples.
     *
     * @throws IllegalArgumentException when the extension names no RDF syntax
     * @throws org.apache.jena.riot.RiotException when the file does not parse
     * @throws UncheckedIOException when it cannot be read
     */
    public static void read(Path file, StreamRDF dest) {
        read(file, dest, bytes -> {});
    }

    /** {@link #read(Path, StreamRDF)}, telling {@code bytesRead} how many bytes of the file (compressed, if it is) were read so far. */
    public static void read(Path file, StreamRDF dest, java.util.function.LongConsumer bytesRead) {
        read(file, lang(file).orElseThrow(() -> new IllegalArgumentException(file + ": not an RDF file (extension "
            + "trig, nq, ttl, nt, rdf, owl, jsonld, optionally .gz)")), dest, bytesRead);
    }

    private static void read(Path file, Lang lang, StreamRDF dest) {
        read(file, lang, dest, bytes -> {});
    }

    private static void read(Path file, Lang lang, StreamRDF dest, java.util.function.LongConsumer bytesRead) {
        try (InputStream raw = counting(Files.newInputStream(file), bytesRead);
             InputStream unzipped = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedInputStream in = new BufferedInputStream(unzipped, 1 << 16)) {
            if (lang.equals(Lang.RDFXML) && declaresDoctype(in))
                throw new IllegalArgumentException(file + ": RDF/XML with a DOCTYPE is refused: its entities could read local files, "
                    + "fetch URLs or expand without bound (\"billion laughs\")");
            parser(lang).source(in).base(file.toUri().toString()).parse(dest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code in}, telling {@code listener} the running count of bytes read through it. */
    private static InputStream counting(InputStream in, java.util.function.LongConsumer listener) {
        return new org.apache.commons.io.input.ProxyInputStream(in) {
            private long count;

            @Override
            protected void afterRead(int n) {
                if (n > 0)
                    listener.accept(count += n);
            }
        };
    }

    /** The most of an XML file read to find its DOCTYPE, which must come before the root element. */
    private static final int PROLOG_LIMIT = 1 << 16;

    /**
     * Whether the XML prolog (what comes before the first element) has a {@code <!DOCTYPE}; the stream is reset to its
     * start. A prolog longer than {@link #PROLOG_LIMIT} counts as having one.
     */
    static boolean declaresDoctype(BufferedInputStream in) throws IOException {
        in.mark(PROLOG_LIMIT + 1);
        byte[] head = in.readNBytes(PROLOG_LIMIT);
        in.reset();
        String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher element = java.util.regex.Pattern.compile("<[A-Za-z_]").matcher(text);
        int root = element.find() ? element.start() : -1;
        String prolog = root < 0 ? text : text.substring(0, root);
        return prolog.contains("<!DOCTYPE") || (root < 0 && head.length == PROLOG_LIMIT);
    }

    /** A parser for {@code lang} that never fetches a JSON-LD {@code @context} (see {@link #noRemoteContexts()}). */
    public static RDFParserBuilder parser(Lang lang) {
        return RDFParser.create().lang(lang).context(noRemoteContexts());
    }

    /**
     * A parser context whose JSON-LD options load no document: Titanium (Jena's JSON-LD 1.1 reader) would otherwise
     * fetch any {@code @context} given by URL over HTTP(S), or read it from a {@code file:} URL. Inline contexts work,
     * and so does the project's published context, answered from the class path ({@link JsonLdLib#offlineLoader()}).
     */
    public static Context noRemoteContexts() {
        JsonLdOptions opts = new JsonLdOptions(JsonLdLib.offlineLoader());
        Context cxt = new Context();
        cxt.set(LangJSONLD11.JSONLD_OPTIONS, opts);
        return cxt;
    }

    /** The RDF syntax named by a file's extension, ignoring a trailing {@code .gz}. */
    public static Optional<Lang> lang(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz"))
            name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        if (dot < 0)
            return Optional.empty();
        Lang lang = RDFLanguages.fileExtToLang(name.substring(dot + 1));
        return Optional.ofNullable(lang).filter(l -> RDFLanguages.isTriples(l) || RDFLanguages.isQuads(l));
    }

    /** Whether the file's extension names a syntax with named graphs (TriG, N-Quads, JSON-LD). */
    public static boolean isQuads(Path file) {
        return lang(file).map(RDFLanguages::isQuads).orElse(false);
    }
}
