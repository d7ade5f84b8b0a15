package org.diplomacykg.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.diplomacykg.graph.IriMinter;
import org.diplomacykg.store.DatasetFiles;
import org.diplomacykg.store.JsonLdLib;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.store.RdfFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ontology as {@link OntologyServlet} serves it: the model read from the ontology file (and the event codes
 * beside it), which IRIs name it, and its representations, each written once, on first request.
 * <p>
 * The document IRIs are the ontology and version IRIs and every IRI of the model's subjects without its fragment,
 * so {@code …/ontology}, {@code …/ontology/0.2.0}, {@code …/ontology/event-codes} and {@code …/ontology/cameo}
 * (the scheme of {@code cameo:042}) all name this document; a prior version's IRI does not.
 * Immutable after {@link #load}; safe for concurrent requests.
 */
final class OntologyDocument {

    private static final Logger LOG = LoggerFactory.getLogger(OntologyDocument.class);

    private final Model model;
    private final Resource ontology;
    private final Set<String> documentIris;
    private final Map<RdfFormat, byte[]> written = new ConcurrentHashMap<>();

    private OntologyDocument(Model model, Resource ontology) {
        this.model = model;
        this.ontology = ontology;
        this.documentIris = documentIris(model);
    }

    /**
     * Reads {@code file} and, when present, {@value ServerConfig#EVENT_CODES_FILE} from its folder.
     *
     * @return empty when {@code file} is null or does not exist (the server then has no ontology to serve)
     * @throws IllegalArgumentException when a file exists but cannot be read as RDF, or declares no
     *                                  {@code owl:Ontology}: a broken ontology is a setup error, reported at start
     */
    static Optional<OntologyDocument> load(Path file) {
        if (file == null)
            return Optional.empty();
        if (!Files.isRegularFile(file)) {
            LOG.warn("Ontology file {} not found; /{} will answer 404", file, OntologyServlet.PATH_SEGMENT);
            return Optional.empty();
        }
        Model m = ModelFactory.createDefaultModel();
        read(m, file);
        // The primary ontology is the one of this file, before the event codes add their own owl:Ontology.
        List<Resource> declared = m.listSubjectsWithProperty(RDF.type, OWL2.Ontology).filterKeep(Resource::isURIResource).toList();
        if (declared.isEmpty())
            throw new IllegalArgumentException("ontology: " + file + " declares no owl:Ontology with an IRI");
        Path codes = file.resolveSibling(ServerConfig.EVENT_CODES_FILE);
        if (Files.isRegularFile(codes))
            read(m, codes);
        LOG.info("Serving ontology {} ({} triples from {}{})", declared.get(0).getURI(), m.size(), file,
                 Files.isRegularFile(codes) ? " and " + codes : "");
        return Optional.of(new OntologyDocument(m, declared.get(0)));
    }

    private static void read(Model m, Path file) {
        try {
            // A JSON-LD ontology must not make the server fetch a remote @context.
            RDFParser.source(file).context(DatasetFiles.noRemoteContexts()).parse(m);
        } catch (RiotException e) {
            throw new IllegalArgumentException("ontology: cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code iri} (no fragment) names this document. */
    boolean isNamedBy(String iri) {
        return documentIris.contains(iri);
    }

    /** The owl:Ontology of the ontology file. */
    Resource ontology() {
        return ontology;
    }

    /** The representation in {@code format}, UTF-8. */
    byte[] bytes(RdfFormat format) {
        return written.computeIfAbsent(format, this::write);
    }

    private byte[] write(RdfFormat format) {
        if (format == RdfFormat.HTML)
            return OntologyHtml.render(model, ontology).getBytes(StandardCharsets.UTF_8);
        // The ontology IRI is under the default base whatever the data's base: so is the context it is compacted with,
        // embedded so that the document reads offline.
        if (format == RdfFormat.JSONLD)
            return JsonLdLib.writeEmbedded(model.getGraph(), IriMinter.DEFAULT_BASE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format.lang().orElseThrow());
        return out.toByteArray();
    }

    private static Set<String> documentIris(Model m) {
        Set<String> iris = new HashSet<>();
        m.listSubjects().filterKeep(Resource::isURIResource).forEach(s -> iris.add(withoutFragment(s.getURI())));
        m.listObjectsOfProperty(OWL2.versionIRI).filterKeep(RDFNode::isURIResource)
            .forEach(v -> iris.add(withoutFragment(v.asResource().getURI())));
        return Set.copyOf(iris);
    }

    private static String withoutFragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }
}
