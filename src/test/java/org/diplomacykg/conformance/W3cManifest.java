package org.diplomacykg.conformance;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A W3C test manifest ({@code manifest.ttl} of w3c/rdf-tests), read with Jena: its label, its entries in order, and
 * the manifests it includes. Relative IRIs resolve against the manifest file, so test files are {@code file:} IRIs.
 */
final class W3cManifest {

    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    static final String DAWGT = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    static final String HT = "http://www.w3.org/2011/http#";
    static final String CNT = "http://www.w3.org/2011/content#";

    final Path file;
    final Model model;
    final Resource manifest;

    private W3cManifest(Path file, Model model, Resource manifest) {
        this.file = file;
        this.model = model;
        this.manifest = manifest;
    }

    static W3cManifest read(Path file) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(file).parse(m);
        Resource manifest = m.listSubjectsWithProperty(RDF.type, m.createResource(MF + "Manifest")).next();
        return new W3cManifest(file, m, manifest);
    }

    String label() {
        Statement s = manifest.getProperty(RDFS.label);
        return s != null ? s.getString() : file.getParent().getFileName().toString();
    }

    /** The folder's name, such as {@code aggregates}. */
    String folder() {
        return file.getParent().getFileName().toString();
    }

    List<Path> includes() {
        List<Path> out = new ArrayList<>();
        Statement inc = manifest.getProperty(p(MF, "include"));
        if (inc != null)
            for (RDFNode n : inc.getObject().as(RDFList.class).asJavaList())
                out.add(path(n.asResource()));
        return out;
    }

    /** Its entries, then those of the manifests it includes, recursively. */
    List<Entry> allEntries() {
        List<Entry> out = new ArrayList<>(entries());
        for (Path inc : includes())
            out.addAll(read(inc).allEntries());
        return out;
    }

    List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        Statement entries = manifest.getProperty(p(MF, "entries"));
        if (entries != null)
            for (RDFNode n : entries.getObject().as(RDFList.class).asJavaList())
                out.add(new Entry(this, n.asResource()));
        return out;
    }

    static Property p(String ns, String local) {
        return ModelFactory.createDefaultModel().createProperty(ns, local);
    }

    static Path path(Resource fileIri) {
        return Path.of(URI.create(fileIri.getURI()));
    }

    /** One test of the manifest. */
    record Entry(W3cManifest manifest, Resource node) {

        String id() {
            String iri = node.isURIResource() ? node.getURI() : node.toString();
            return iri.substring(iri.indexOf('#') + 1);
        }

        String name() {
            Statement s = node.getProperty(p(MF, "name"));
            return s != null ? s.getString() : id();
        }

        /** The local name of its type: {@code QueryEvaluationTest}, {@code PositiveSyntaxTest11}, {@code ProtocolTest}, … */
        String type() {
            for (Statement s : node.listProperties(RDF.type).toList())
                if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(MF))
                    return s.getResource().getLocalName();
            return "";
        }

        Optional<String> approval() {
            Statement s = node.getProperty(p(DAWGT, "approval"));
            return s != null && s.getObject().isURIResource() ? Optional.of(s.getResource().getLocalName()) : Optional.empty();
        }

        Resource action() {
            return node.getPropertyResourceValue(p(MF, "action"));
        }

        Optional<Resource> result() {
            return Optional.ofNullable(node.getPropertyResourceValue(p(MF, "result")));
        }

        /** The query file: the action itself (syntax tests) or its {@code qt:query}. */
        Path queryFile() {
            Resource a = action();
            Resource q = a.isURIResource() ? a : a.getPropertyResourceValue(p(QT, "query"));
            return path(q);
        }

        List<Resource> actionValues(String ns, String local) {
            Resource a = action();
            if (a == null || a.isURIResource())
                return List.of();
            return a.listProperties(p(ns, local)).mapWith(Statement::getResource).toList();
        }
    }
}
