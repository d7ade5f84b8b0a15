package org.diplomacykg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.store.RdfFormat;
import org.eclipse.jetty.util.StringUtil;

/**
 * The HTML page of the ontology, written from its model: title, description and version of the
 * {@code owl:Ontology}; then every class and property of its namespace with label, comment, super- and
 * sub-terms, domain, range, characteristics, annotations of the ontology's own (such as the CAMEO code) and
 * example; then the concept schemes in the model (CAMEO, PLOVER). Each term and concept has an anchor named after
 * its IRI's fragment ({@code id="Visit"}), so {@code …/ontology#Visit} opens on it; links between terms stay on
 * the page. Every literal and IRI is HTML-escaped; only http(s) IRIs become links.
 */
final class OntologyHtml {

    private static final Property VANN_PREFIX = ResourceFactory.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix");
    private static final Property VANN_NAMESPACE = ResourceFactory.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri");
    private static final Map<Resource, String> CHARACTERISTICS = characteristics();
    private static final Map<Property, String> MATCHES = matches();
    private static final Map<Property, String> RESTRICTIONS = restrictions();
    /** What the header says of the ontology besides its IRIs and version. */
    private static final Map<Property, String> ABOUT = about();
    private static final int MAX_EXPRESSION_DEPTH = 6;

    private final Model m;
    private final Resource ontology;
    private final String ns;
    /** IRI of everything that has a section or row on the page → its anchor. */
    private final Map<String, String> anchors = new HashMap<>();
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private OntologyHtml(Model m, Resource ontology) {
        this.m = m;
        this.ontology = ontology;
        this.ns = text(ontology, VANN_NAMESPACE).orElse(ontology.getURI() + "#");
    }

    /** The page for {@code ontology}, an {@code owl:Ontology} of {@code model}. */
    static String render(Model model, Resource ontology) {
        return new OntologyHtml(model, ontology.inModel(model)).page();
    }

    /** Escapes {@code & < > " '} (and replaces control characters) for text and attribute values. */
    static String esc(String s) {
        return StringUtil.sanitizeXmlString(s);
    }

    private String page() {
        Map<String, List<Resource>> groups = new LinkedHashMap<>();
        groups.put("Classes", terms(r -> r.hasProperty(RDF.type, OWL2.Class) || r.hasProperty(RDF.type, RDFS.Class)));
        groups.put("Object properties", terms(r -> r.hasProperty(RDF.type, OWL2.ObjectProperty)));
        groups.put("Datatype properties", terms(r -> r.hasProperty(RDF.type, OWL2.DatatypeProperty)));
        groups.put("Annotation properties", terms(r -> r.hasProperty(RDF.type, OWL2.AnnotationProperty)));
        groups.values().forEach(list -> list.forEach(t -> anchor(t, t.getURI().substring(ns.length()))));
        List<Resource> schemes = sorted(m.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList());
        for (Resource scheme : schemes) {
            anchor(scheme, "scheme-" + lastSegment(scheme.getURI()));
            concepts(scheme).forEach(c -> anchor(c, fragmentOrLast(c.getURI())));
        }

        String title = text(ontology, DCTerms.title).or(() -> text(ontology, RDFS.label)).orElse(ontology.getURI());
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
           .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
           .append("<title>").append(esc(title)).append("</title>\n");
        for (RdfFormat f : OntologyServlet.FORMATS)
            if (f != RdfFormat.HTML)
                out.append("<link rel=\"alternate\" type=\"").append(f.contentType()).append("\" href=\"?format=")
                   .append(f.shortName()).append("\">\n");
        out.append("<style>\n")
           .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.45;color:#222}\n")
           .append("code{font-size:.95em}a{color:#1a55a0}h3{margin-bottom:.2rem}.iri{color:#555;font-size:.9em;margin-top:0}\n")
           .append("section.term{border-top:1px solid #ddd;padding:.2rem 0 .6rem}section:target{background:#fff8d8}\n")
           .append("dl{display:grid;grid-template-columns:11rem 1fr;gap:.2rem .8rem}dt{font-weight:600}dd{margin:0}\n")
           .append("table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .4rem;vertical-align:top;text-align:left}\n")
           .append("tr:target{background:#fff8d8}.kind{font-size:.8em;color:#666;font-weight:normal}\n")
           .append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
        text(ontology, DCTerms.description).or(() -> text(ontology, RDFS.comment))
            .ifPresent(d -> out.append("<p>").append(esc(d)).append("</p>\n"));
        header();
        out.append("</header>\n");

        out.append("<nav>\n<h2>Index</h2>\n");
        groups.forEach((name, list) -> {
            if (list.isEmpty())
                return;
            out.append("<p><strong>").append(esc(name)).append(":</strong> ");
            StringJoiner j = new StringJoiner(", ");
            list.forEach(t -> j.add(link(t)));
            out.append(j).append("</p>\n");
        });
        if (!schemes.isEmpty()) {
            StringJoiner j = new StringJoiner(", ");
            schemes.forEach(s -> j.add(link(s)));
            out.append("<p><strong>Concept schemes:</strong> ").append(j).append("</p>\n");
        }
        out.append("</nav>\n");

        groups.forEach((name, list) -> {
            if (list.isEmpty())
                return;
            out.append("<h2>").append(esc(name)).append("</h2>\n");
            list.forEach(this::term);
        });
        schemes.forEach(this::scheme);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void header() {
        out.append("<dl>\n");
        row("Ontology IRI", iriLink(ontology.getURI()));
        ontology.listProperties(OWL2.versionIRI).forEach(s -> row("Version IRI", node(s.getObject())));
        text(ontology, OWL2.versionInfo).ifPresent(v -> row("Version", esc(v)));
        ontology.listProperties(OWL2.priorVersion).forEach(s -> row("Prior version", node(s.getObject())));
        row("Namespace", "<code>" + esc(ns) + "</code>"
            + text(ontology, VANN_PREFIX).map(p -> " (prefix <code>" + esc(p) + ":</code>)").orElse(""));
        ABOUT.forEach((p, name) -> values(ontology, p).ifPresent(v -> row(name, v)));
        StringJoiner formats = new StringJoiner(", ");
        for (RdfFormat f : OntologyServlet.FORMATS)
            if (f != RdfFormat.HTML)
                formats.add("<a href=\"?format=" + f.shortName() + "\">" + esc(f.contentType()) + "</a>");
        row("Other formats", formats + " (or ask for one with an <code>Accept</code> header)");
        List<Resource> others = sorted(m.listSubjectsWithProperty(RDF.type, OWL2.Ontology)
            .filterDrop(o -> o.equals(ontology)).filterKeep(Resource::isURIResource).toList());
        for (Resource o : others)
            row("Also on this page", iriLink(o.getURI()) + text(o, DCTerms.title).map(t -> ": " + esc(t)).orElse("")
                + text(o, OWL2.versionInfo).map(v -> ", version " + esc(v)).orElse(""));
        out.append("</dl>\n");
    }

    private void term(Resource t) {
        out.append("<section class=\"term\" id=\"").append(esc(anchors.get(t.getURI()))).append("\">\n<h3>")
           .append(esc(label(t))).append(" <code>").append(esc(m.shortForm(t.getURI()))).append("</code> <span class=\"kind\">")
           .append(esc(kinds(t))).append("</span></h3>\n<p class=\"iri\">").append(iriLink(t.getURI())).append("</p>\n");
        text(t, RDFS.comment).ifPresent(c -> out.append("<p>").append(esc(c)).append("</p>\n"));
        out.append("<dl>\n");
        values(t, RDFS.subClassOf).ifPresent(v -> row("Subclass of", v));
        values(t, OWL2.equivalentClass).ifPresent(v -> row("Equivalent to", v));
        values(t, OWL2.disjointWith).ifPresent(v -> row("Disjoint with", v));
        inverseValues(RDFS.subClassOf, t).ifPresent(v -> row("Subclasses", v));
        values(t, RDFS.subPropertyOf).ifPresent(v -> row("Subproperty of", v));
        inverseValues(RDFS.subPropertyOf, t).ifPresent(v -> row("Subproperties", v));
        values(t, OWL2.inverseOf).ifPresent(v -> row("Inverse of", v));
        t.listProperties(OWL2.propertyChainAxiom).forEach(s -> row("Property chain", chain(s.getObject())));
        values(t, RDFS.domain).ifPresent(v -> row("Domain", v));
        values(t, RDFS.range).ifPresent(v -> row("Range", v));
        inverseValues(RDFS.domain, t).ifPresent(v -> row("Domain of", v));
        inverseValues(RDFS.range, t).ifPresent(v -> row("Range of", v));
        // Annotations of the ontology's own, such as dkg:cameoCode.
        sorted(t.listProperties().mapWith(s -> m.createResource(s.getPredicate().getURI())).filterKeep(p -> p.getURI().startsWith(ns)
                && p.hasProperty(RDF.type, OWL2.AnnotationProperty)).toSet().stream().toList())
            .forEach(p -> values(t, m.createProperty(p.getURI())).ifPresent(v -> row(label(p), v)));
        t.listProperties(SKOS.example).forEach(s -> row("Example", "<code>" + node(s.getObject()) + "</code>"));
        out.append("</dl>\n</section>\n");
    }

    private void scheme(Resource scheme) {
        out.append("<section id=\"").append(esc(anchors.get(scheme.getURI()))).append("\">\n<h2>")
           .append(esc(label(scheme))).append("</h2>\n<p class=\"iri\">").append(iriLink(scheme.getURI())).append("</p>\n");
        text(scheme, SKOS.definition).ifPresent(d -> out.append("<p>").append(esc(d)).append("</p>\n"));
        out.append("<table>\n<tr><th>Code</th><th>Label</th><th>Definition</th><th>Broader</th><th>Matches</th></tr>\n");
        for (Resource c : concepts(scheme)) {
            out.append("<tr id=\"").append(esc(anchors.get(c.getURI()))).append("\"><td><code>")
               .append(esc(text(c, SKOS.notation).orElse(m.shortForm(c.getURI())))).append("</code></td><td>")
               .append(esc(label(c))).append("</td><td>").append(esc(text(c, SKOS.definition).orElse("")));
            text(c, SKOS.scopeNote).ifPresent(n -> out.append("<br><small>").append(esc(n)).append("</small>"));
            out.append("</td><td>").append(values(c, SKOS.broader).orElse("")).append("</td><td>");
            StringJoiner j = new StringJoiner("<br>");
            MATCHES.forEach((p, name) -> c.listProperties(p).forEach(s -> j.add(esc(name) + " " + node(s.getObject()))));
            out.append(j).append("</td></tr>\n");
        }
        out.append("</table>\n</section>\n");
    }

    private List<Resource> terms(Predicate<Resource> kind) {
        return sorted(m.listSubjects().filterKeep(r -> r.isURIResource() && r.getURI().startsWith(ns)
            && r.getURI().length() > ns.length() && kind.test(r)).toList());
    }

    private List<Resource> concepts(Resource scheme) {
        List<Resource> list = new ArrayList<>(m.listSubjectsWithProperty(SKOS.inScheme, scheme).filterKeep(Resource::isURIResource).toList());
        list.sort(Comparator.comparing((Resource c) -> text(c, SKOS.notation).orElse("~")).thenComparing(Resource::getURI));
        return list;
    }

    private void anchor(Resource r, String preferred) {
        String id = preferred.isEmpty() ? "term" : preferred;
        if (anchors.containsValue(id))
            id = lastSegment(r.getURI().replace('#', '/')) + "-" + anchors.size();
        anchors.putIfAbsent(r.getURI(), id);
    }

    private void row(String name, String html) {
        out.append("<dt>").append(esc(name)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    /** The objects of {@code s p ?o}, rendered and joined; empty when there are none. */
    private Optional<String> values(Resource s, Property p) {
        return joined(s.listProperties(p).mapWith(Statement::getObject).toList(), this::node);
    }

    /** The subjects of {@code ?s p o}, rendered and joined. */
    private Optional<String> inverseValues(Property p, Resource o) {
        return joined(m.listSubjectsWithProperty(p, o).filterKeep(Resource::isURIResource).mapWith(r -> (RDFNode) r).toList(), this::node);
    }

    private Optional<String> joined(List<RDFNode> nodes, Function<RDFNode, String> render) {
        if (nodes.isEmpty())
            return Optional.empty();
        List<RDFNode> list = new ArrayList<>(nodes);
        list.sort(Comparator.comparing(n -> n.isURIResource() ? m.shortForm(n.asResource().getURI()) : n.toString()));
        StringJoiner j = new StringJoiner(", ");
        list.forEach(n -> j.add(render.apply(n)));
        return Optional.of(j.toString());
    }

    private String node(RDFNode n) {
        return node(n, 0);
    }

    private String node(RDFNode n, int depth) {
        if (n.isLiteral())
            return esc(n.asLiteral().getLexicalForm());
        if (n.isURIResource())
            return link(n.asResource());
        return expression(n.asResource(), depth);
    }

    /** A link to the term's anchor when it is on this page, else to its IRI. */
    private String link(Resource r) {
        String id = anchors.get(r.getURI());
        if (id != null)
            return "<a href=\"#" + esc(id) + "\"><code>" + esc(m.shortForm(r.getURI())) + "</code></a>";
        return iriLink(r.getURI(), m.shortForm(r.getURI()));
    }

    private static String iriLink(String iri) {
        return iriLink(iri, iri);
    }

    private static String iriLink(String iri, String text) {
        String lower = iri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://"))
            return "<a href=\"" + esc(iri) + "\"><code>" + esc(text) + "</code></a>";
        return "<code>" + esc(text) + "</code>";
    }

    /** An anonymous class or property in OWL's Manchester-like words: {@code dkg:Event and (dkg:planned value true)}. */
    private String expression(Resource b, int depth) {
        if (depth > MAX_EXPRESSION_DEPTH)
            return "…";
        Statement s;
        if ((s = b.getProperty(OWL2.intersectionOf)) != null)
            return listOf(s.getObject(), " and ", depth);
        if ((s = b.getProperty(OWL2.unionOf)) != null)
            return listOf(s.getObject(), " or ", depth);
        if ((s = b.getProperty(OWL2.complementOf)) != null)
            return "not " + operand(s.getObject(), depth);
        if ((s = b.getProperty(OWL2.inverseOf)) != null)
            return "inverse " + operand(s.getObject(), depth);
        Statement on = b.getProperty(OWL2.onProperty);
        if (on != null) {
            String p = operand(on.getObject(), depth);
            for (Map.Entry<Property, String> e : RESTRICTIONS.entrySet())
                if ((s = b.getProperty(e.getKey())) != null)
                    return p + " " + e.getValue() + " " + operand(s.getObject(), depth);
            return p + " (restriction)";
        }
        return "(anonymous " + (b.hasProperty(RDF.type, OWL2.Restriction) ? "restriction" : "class") + ")";
    }

    private String operand(RDFNode n, int depth) {
        String html = node(n, depth + 1);
        return n.isAnon() ? "(" + html + ")" : html;
    }

    private String listOf(RDFNode list, String separator, int depth) {
        if (!list.canAs(RDFList.class))
            return "(malformed list)";
        StringJoiner j = new StringJoiner(esc(separator));
        list.as(RDFList.class).iterator().forEachRemaining(n -> j.add(operand(n, depth)));
        return j.toString();
    }

    private String chain(RDFNode list) {
        return listOf(list, " ∘ ", 0);
    }

    private static Map<Property, String> restrictions() {
        Map<Property, String> r = new LinkedHashMap<>();
        r.put(OWL2.hasValue, "value");
        r.put(OWL2.someValuesFrom, "some");
        r.put(OWL2.allValuesFrom, "only");
        r.put(OWL2.cardinality, "exactly");
        r.put(OWL2.qualifiedCardinality, "exactly");
        r.put(OWL2.minCardinality, "min");
        r.put(OWL2.minQualifiedCardinality, "min");
        r.put(OWL2.maxCardinality, "max");
        r.put(OWL2.maxQualifiedCardinality, "max");
        return r;
    }

    private String kinds(Resource t) {
        List<String> k = new ArrayList<>();
        if (t.hasProperty(RDF.type, OWL2.Class) || t.hasProperty(RDF.type, RDFS.Class))
            k.add("class");
        if (t.hasProperty(RDF.type, OWL2.ObjectProperty))
            k.add("object property");
        if (t.hasProperty(RDF.type, OWL2.DatatypeProperty))
            k.add("datatype property");
        if (t.hasProperty(RDF.type, OWL2.AnnotationProperty))
            k.add("annotation property");
        CHARACTERISTICS.forEach((type, name) -> {
            if (t.hasProperty(RDF.type, type))
                k.add(name);
        });
        return String.join(", ", k);
    }

    private String label(Resource r) {
        return text(r, RDFS.label).or(() -> text(r, SKOS.prefLabel)).orElse(r.isURIResource() ? m.shortForm(r.getURI()) : "");
    }

    /** The English value of {@code p}, else one without a language, else any; literals only. */
    private static Optional<String> text(Resource r, Property p) {
        Literal any = null;
        Literal plain = null;
        for (Statement s : r.listProperties(p).toList()) {
            if (!s.getObject().isLiteral())
                continue;
            Literal l = s.getLiteral();
            if (l.getLanguage().toLowerCase(Locale.ROOT).startsWith("en"))
                return Optional.of(l.getLexicalForm());
            if (l.getLanguage().isEmpty() && plain == null)
                plain = l;
            if (any == null)
                any = l;
        }
        return Optional.ofNullable(plain != null ? plain : any).map(Literal::getLexicalForm);
    }

    private static List<Resource> sorted(List<? extends Resource> list) {
        List<Resource> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing((Resource r) -> localName(r).toLowerCase(Locale.ROOT)).thenComparing(Resource::getURI));
        return copy;
    }

    private static String localName(Resource r) {
        return fragmentOrLast(r.getURI());
    }

    private static String fragmentOrLast(String iri) {
        int hash = iri.indexOf('#');
        return hash >= 0 ? iri.substring(hash + 1) : lastSegment(iri);
    }

    private static String lastSegment(String iri) {
        String s = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static Map<Resource, String> characteristics() {
        Map<Resource, String> c = new LinkedHashMap<>();
        c.put(OWL2.FunctionalProperty, "functional");
        c.put(OWL2.InverseFunctionalProperty, "inverse functional");
        c.put(OWL2.TransitiveProperty, "transitive");
        c.put(OWL2.SymmetricProperty, "symmetric");
        c.put(OWL2.AsymmetricProperty, "asymmetric");
        c.put(OWL2.ReflexiveProperty, "reflexive");
        c.put(OWL2.IrreflexiveProperty, "irreflexive");
        return c;
    }

    private static Map<Property, String> about() {
        Map<Property, String> a = new LinkedHashMap<>();
        a.put(DCTerms.creator, "Creator");
        a.put(DCTerms.license, "Licence");
        a.put(DCTerms.created, "Created");
        a.put(DCTerms.modified, "Modified");
        a.put(RDFS.seeAlso, "See also");
        return a;
    }

    private static Map<Property, String> matches() {
        Map<Property, String> r = new LinkedHashMap<>();
        r.put(SKOS.exactMatch, "exact match");
        r.put(SKOS.closeMatch, "close match");
        r.put(SKOS.broadMatch, "broad match");
        r.put(SKOS.narrowMatch, "narrow match");
        r.put(SKOS.relatedMatch, "related match");
        return r;
    }
}
