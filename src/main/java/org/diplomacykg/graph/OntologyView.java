package org.diplomacykg.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

/**
 * An ontology read into plain records, the one model both of its documents are written from: the HTML page the server
 * answers {@code /ontology} with ({@code server.OntologyHtml}) and the reference part of {@code docs/ontology.md}
 * ({@code validate.OntologyDoc}). It holds what the {@code owl:Ontology} says of itself; every class and property of its
 * namespace with label, comment, super- and sub-terms, domain, range, characteristics, the ontology's own annotations
 * (such as the CAMEO code) and examples; and the SKOS concept schemes of the model (CAMEO, PLOVER). Values are
 * {@link Node}s: IRIs with their prefixed names, literals, and anonymous classes as {@link Expression}s. Each term,
 * scheme and concept has an anchor for the HTML page, named after its IRI's fragment ({@code Visit}), unique on the page.
 * <p>
 * Lists are in a fixed order: terms by local name (case ignored), values by prefixed name, concepts by notation.
 *
 * @param header    what the ontology says of itself
 * @param groups    classes, object, datatype and annotation properties, in that order (a group may be empty)
 * @param schemes   the concept schemes of the model
 * @param anchors   IRI of each term, scheme and concept → its anchor
 */
public record OntologyView(Header header, List<Group> groups, List<Scheme> schemes, Map<String, String> anchors) {

    private static final Property VANN_PREFIX = ResourceFactory.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix");
    private static final Property VANN_NAMESPACE = ResourceFactory.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri");
    private static final int MAX_EXPRESSION_DEPTH = 6;

    /** A value: an IRI, a literal or an anonymous class or property. */
    public sealed interface Node permits Iri, Text, Expression {}

    /** An IRI with its prefixed name ({@code dkg:Visit}; the IRI itself when no prefix fits). */
    public record Iri(String iri, String shortForm) implements Node {}

    /** A literal, by its lexical form. */
    public record Text(String lexical) implements Node {}

    /**
     * An anonymous class or property in OWL's Manchester-like words. {@code operator} is {@code and}, {@code or} (the
     * operands joined), {@code not}, {@code inverse} (one operand), a restriction's word ({@code value}, {@code some},
     * {@code only}, {@code exactly}, {@code min}, {@code max}; operands: the property and the filler), {@code restriction}
     * (one whose kind is not known; operand: the property), {@code anonymous class}, {@code anonymous restriction},
     * {@code malformed list}, {@code …} (nested too deep) with no operands.
     */
    public record Expression(String operator, List<Node> operands) implements Node {}

    /** A property's values, named: {@code Licence}, {@code CAMEO code}. */
    public record Annotation(String property, String name, List<Node> values) {}

    /** Another {@code owl:Ontology} of the model (the event codes beside the ontology). */
    public record OtherOntology(String iri, Optional<String> title, Optional<String> version) {}

    /**
     * What the ontology says of itself.
     *
     * @param about creator, licence, created, modified, see also: those it gives
     */
    public record Header(String iri, Optional<String> title, Optional<String> label, Optional<String> description,
                         List<Node> versionIris, Optional<String> version, List<Node> priorVersions, String namespace,
                         Optional<String> prefix, List<Annotation> about, List<OtherOntology> others) {

        /** The title, else the label, else the IRI. */
        public String displayTitle() {
            return title.or(() -> label).orElse(iri);
        }

        /** The value of the {@code about} annotation of {@code property}, if it has one. */
        public Optional<Annotation> about(Property property) {
            return about.stream().filter(a -> a.property().equals(property.getURI())).findFirst();
        }
    }

    /** The kinds of terms, in the order they are listed. */
    public enum Kind {
        CLASS("Classes"), OBJECT_PROPERTY("Object properties"), DATATYPE_PROPERTY("Datatype properties"),
        ANNOTATION_PROPERTY("Annotation properties");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        /** "Classes", "Object properties", …. */
        public String title() {
            return title;
        }
    }

    /** The terms of one kind. */
    public record Group(Kind kind, List<Term> terms) {
        public String title() {
            return kind.title();
        }
    }

    /**
     * A class or property of the ontology's namespace.
     *
     * @param kinds           "class", "object property", … then its characteristics ("functional", "transitive", …)
     * @param characteristics the characteristics alone
     * @param annotations     the values of the annotation properties of the ontology's own namespace, by property
     * @param chains          each {@code owl:propertyChainAxiom}, its properties in order
     */
    public record Term(String iri, String localName, String shortForm, String anchor, Optional<String> label, String displayLabel,
                       Optional<String> comment, boolean isClass, List<String> kinds, List<String> characteristics,
                       List<Node> superClasses, List<Node> equivalentClasses, List<Node> disjointWith, List<Node> subClasses,
                       List<Node> superProperties, List<Node> subProperties, List<Node> inverseOf, List<List<Node>> chains,
                       List<Node> domain, List<Node> range, List<Node> domainOf, List<Node> rangeOf,
                       List<Annotation> annotations, List<String> examples) {

        /** The values of the annotation {@code property}, none when the term has none. */
        public List<Node> annotation(Property property) {
            return annotations.stream().filter(a -> a.property().equals(property.getURI())).findFirst()
                .map(Annotation::values).orElse(List.of());
        }
    }

    /** A SKOS concept scheme with its concepts. */
    public record Scheme(String iri, String anchor, String label, Optional<String> definition, List<Concept> concepts) {}

    /**
     * A concept of a scheme.
     *
     * @param code    its notation, else its prefixed name
     * @param matches its mapping relations: exact, close, broad, narrow, related match, in that order
     */
    public record Concept(String iri, String shortForm, String anchor, Optional<String> notation, String code, String label,
                          Optional<String> definition, Optional<String> scopeNote, List<Node> broader, List<Match> matches) {}

    /** A mapping relation of a concept: {@code property} is the SKOS property's IRI, {@code name} its words ("close match"). */
    public record Match(String property, String name, Node target) {
        /** The SKOS property's local name ({@code closeMatch}). */
        public String localName() {
            return property.substring(property.indexOf('#') + 1);
        }
    }

    /** The terms of {@code kind}. */
    public List<Term> terms(Kind kind) {
        return groups.stream().filter(g -> g.kind() == kind).findFirst().map(Group::terms).orElse(List.of());
    }

    /** The concept with {@code iri}, in any scheme. */
    public Optional<Concept> concept(String iri) {
        return schemes.stream().flatMap(s -> s.concepts().stream()).filter(c -> c.iri().equals(iri)).findFirst();
    }

    /** Whether {@code iri} names a term of the ontology's namespace that is a class. */
    public boolean isClass(String iri) {
        return terms(Kind.CLASS).stream().anyMatch(t -> t.iri().equals(iri));
    }

    /** The anchor of {@code iri} on the HTML page, when it has a section or row there. */
    public Optional<String> anchor(String iri) {
        return Optional.ofNullable(anchors.get(iri));
    }

    /** Reads {@code ontology}, an {@code owl:Ontology} of {@code model}, and everything of its namespace. */
    public static OntologyView of(Model model, Resource ontology) {
        return new Reader(model, ontology.inModel(model)).read();
    }

    /** Builds the records from the model. */
    private static final class Reader {
        private static final Map<Resource, String> CHARACTERISTICS = new LinkedHashMap<>();
        private static final Map<Property, String> MATCHES = new LinkedHashMap<>();
        private static final Map<Property, String> RESTRICTIONS = new LinkedHashMap<>();
        private static final Map<Property, String> ABOUT = new LinkedHashMap<>();

        static {
            CHARACTERISTICS.put(OWL2.FunctionalProperty, "functional");
            CHARACTERISTICS.put(OWL2.InverseFunctionalProperty, "inverse functional");
            CHARACTERISTICS.put(OWL2.TransitiveProperty, "transitive");
            CHARACTERISTICS.put(OWL2.SymmetricProperty, "symmetric");
            CHARACTERISTICS.put(OWL2.AsymmetricProperty, "asymmetric");
            CHARACTERISTICS.put(OWL2.ReflexiveProperty, "reflexive");
            CHARACTERISTICS.put(OWL2.IrreflexiveProperty, "irreflexive");
            MATCHES.put(SKOS.exactMatch, "exact match");
            MATCHES.put(SKOS.closeMatch, "close match");
            MATCHES.put(SKOS.broadMatch, "broad match");
            MATCHES.put(SKOS.narrowMatch, "narrow match");
            MATCHES.put(SKOS.relatedMatch, "related match");
            RESTRICTIONS.put(OWL2.hasValue, "value");
            RESTRICTIONS.put(OWL2.someValuesFrom, "some");
            RESTRICTIONS.put(OWL2.allValuesFrom, "only");
            RESTRICTIONS.put(OWL2.cardinality, "exactly");
            RESTRICTIONS.put(OWL2.qualifiedCardinality, "exactly");
            RESTRICTIONS.put(OWL2.minCardinality, "min");
            RESTRICTIONS.put(OWL2.minQualifiedCardinality, "min");
            RESTRICTIONS.put(OWL2.maxCardinality, "max");
            RESTRICTIONS.put(OWL2.maxQualifiedCardinality, "max");
            ABOUT.put(DCTerms.creator, "Creator");
            ABOUT.put(DCTerms.license, "Licence");
            ABOUT.put(DCTerms.created, "Created");
            ABOUT.put(DCTerms.modified, "Modified");
            ABOUT.put(RDFS.seeAlso, "See also");
        }

        private final Model m;
        private final Resource ontology;
        private final String ns;
        private final Map<String, String> anchors = new HashMap<>();

        Reader(Model m, Resource ontology) {
            this.m = m;
            this.ontology = ontology;
            this.ns = text(ontology, VANN_NAMESPACE).orElse(ontology.getURI() + "#");
        }

        OntologyView read() {
            Map<Kind, List<Resource>> byKind = new LinkedHashMap<>();
            byKind.put(Kind.CLASS, terms(this::isClass));
            byKind.put(Kind.OBJECT_PROPERTY, terms(r -> r.hasProperty(RDF.type, OWL2.ObjectProperty)));
            byKind.put(Kind.DATATYPE_PROPERTY, terms(r -> r.hasProperty(RDF.type, OWL2.DatatypeProperty)));
            byKind.put(Kind.ANNOTATION_PROPERTY, terms(r -> r.hasProperty(RDF.type, OWL2.AnnotationProperty)));
            byKind.values().forEach(list -> list.forEach(t -> anchor(t, t.getURI().substring(ns.length()))));
            List<Resource> schemes = sorted(m.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList());
            for (Resource scheme : schemes) {
                anchor(scheme, "scheme-" + lastSegment(scheme.getURI()));
                concepts(scheme).forEach(c -> anchor(c, fragmentOrLast(c.getURI())));
            }
            List<Group> groups = new ArrayList<>();
            byKind.forEach((kind, list) -> groups.add(new Group(kind, list.stream().map(this::term).toList())));
            return new OntologyView(header(), List.copyOf(groups), schemes.stream().map(this::scheme).toList(), Map.copyOf(anchors));
        }

        private Header header() {
            List<Annotation> about = new ArrayList<>();
            ABOUT.forEach((p, name) -> {
                List<Node> v = values(ontology, p);
                if (!v.isEmpty())
                    about.add(new Annotation(p.getURI(), name, v));
            });
            List<OtherOntology> others = sorted(m.listSubjectsWithProperty(RDF.type, OWL2.Ontology)
                .filterDrop(o -> o.equals(ontology)).filterKeep(Resource::isURIResource).toList()).stream()
                .map(o -> new OtherOntology(o.getURI(), text(o, DCTerms.title), text(o, OWL2.versionInfo))).toList();
            return new Header(ontology.getURI(), text(ontology, DCTerms.title), text(ontology, RDFS.label),
                text(ontology, DCTerms.description).or(() -> text(ontology, RDFS.comment)),
                inOrder(ontology, OWL2.versionIRI), text(ontology, OWL2.versionInfo), inOrder(ontology, OWL2.priorVersion), ns,
                text(ontology, VANN_PREFIX), List.copyOf(about), others);
        }

        private Term term(Resource t) {
            List<Annotation> annotations = new ArrayList<>();
            // Annotations of the ontology's own, such as dkg:cameoCode.
            sorted(t.listProperties().mapWith(s -> m.createResource(s.getPredicate().getURI()))
                    .filterKeep(p -> p.getURI().startsWith(ns) && p.hasProperty(RDF.type, OWL2.AnnotationProperty)).toSet().stream().toList())
                .forEach(p -> annotations.add(new Annotation(p.getURI(), label(p), values(t, m.createProperty(p.getURI())))));
            List<List<Node>> chains = t.listProperties(OWL2.propertyChainAxiom).mapWith(s -> list(s.getObject(), 0)).toList();
            List<String> characteristics = new ArrayList<>();
            CHARACTERISTICS.forEach((type, name) -> {
                if (t.hasProperty(RDF.type, type))
                    characteristics.add(name);
            });
            List<String> examples = t.listProperties(SKOS.example).mapWith(s -> lexical(s.getObject())).toList();
            return new Term(t.getURI(), t.getURI().substring(ns.length()), m.shortForm(t.getURI()), anchors.get(t.getURI()),
                text(t, RDFS.label), label(t), text(t, RDFS.comment), isClass(t), kinds(t, characteristics), List.copyOf(characteristics),
                values(t, RDFS.subClassOf), values(t, OWL2.equivalentClass), values(t, OWL2.disjointWith),
                inverseValues(RDFS.subClassOf, t), values(t, RDFS.subPropertyOf), inverseValues(RDFS.subPropertyOf, t),
                values(t, OWL2.inverseOf), chains, values(t, RDFS.domain), values(t, RDFS.range),
                inverseValues(RDFS.domain, t), inverseValues(RDFS.range, t), List.copyOf(annotations), examples);
        }

        private Scheme scheme(Resource scheme) {
            return new Scheme(scheme.getURI(), anchors.get(scheme.getURI()), label(scheme), text(scheme, SKOS.definition),
                concepts(scheme).stream().map(this::concept).toList());
        }

        private Concept concept(Resource c) {
            List<Match> matches = new ArrayList<>();
            MATCHES.forEach((p, name) -> c.listProperties(p).forEach(s -> matches.add(new Match(p.getURI(), name, node(s.getObject(), 0)))));
            Optional<String> notation = text(c, SKOS.notation);
            return new Concept(c.getURI(), m.shortForm(c.getURI()), anchors.get(c.getURI()), notation,
                notation.orElse(m.shortForm(c.getURI())), label(c), text(c, SKOS.definition), text(c, SKOS.scopeNote),
                values(c, SKOS.broader), List.copyOf(matches));
        }

        private boolean isClass(Resource r) {
            return r.hasProperty(RDF.type, OWL2.Class) || r.hasProperty(RDF.type, RDFS.Class);
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

        private List<String> kinds(Resource t, List<String> characteristics) {
            List<String> k = new ArrayList<>();
            if (isClass(t))
                k.add("class");
            if (t.hasProperty(RDF.type, OWL2.ObjectProperty))
                k.add("object property");
            if (t.hasProperty(RDF.type, OWL2.DatatypeProperty))
                k.add("datatype property");
            if (t.hasProperty(RDF.type, OWL2.AnnotationProperty))
                k.add("annotation property");
            k.addAll(characteristics);
            return List.copyOf(k);
        }

        /** The objects of {@code s p ?o}, by prefixed name. */
        private List<Node> values(Resource s, Property p) {
            return nodes(s.listProperties(p).mapWith(Statement::getObject).toList());
        }

        /** The objects of {@code s p ?o} as the model gives them. */
        private List<Node> inOrder(Resource s, Property p) {
            return s.listProperties(p).mapWith(st -> node(st.getObject(), 0)).toList();
        }

        /** The subjects with an IRI of {@code ?s p o}, by prefixed name. */
        private List<Node> inverseValues(Property p, Resource o) {
            return nodes(m.listSubjectsWithProperty(p, o).filterKeep(Resource::isURIResource).mapWith(r -> (RDFNode) r).toList());
        }

        private List<Node> nodes(List<RDFNode> nodes) {
            List<RDFNode> list = new ArrayList<>(nodes);
            list.sort(Comparator.comparing(n -> n.isURIResource() ? m.shortForm(n.asResource().getURI()) : n.toString()));
            return list.stream().map(n -> node(n, 0)).toList();
        }

        private Node node(RDFNode n, int depth) {
            if (n.isLiteral())
                return new Text(n.asLiteral().getLexicalForm());
            if (n.isURIResource())
                return new Iri(n.asResource().getURI(), m.shortForm(n.asResource().getURI()));
            return expression(n.asResource(), depth);
        }

        private Expression expression(Resource b, int depth) {
            if (depth > MAX_EXPRESSION_DEPTH)
                return new Expression("…", List.of());
            Statement s;
            if ((s = b.getProperty(OWL2.intersectionOf)) != null)
                return listExpression("and", s.getObject(), depth);
            if ((s = b.getProperty(OWL2.unionOf)) != null)
                return listExpression("or", s.getObject(), depth);
            if ((s = b.getProperty(OWL2.complementOf)) != null)
                return new Expression("not", List.of(node(s.getObject(), depth + 1)));
            if ((s = b.getProperty(OWL2.inverseOf)) != null)
                return new Expression("inverse", List.of(node(s.getObject(), depth + 1)));
            Statement on = b.getProperty(OWL2.onProperty);
            if (on != null) {
                Node p = node(on.getObject(), depth + 1);
                for (Map.Entry<Property, String> e : RESTRICTIONS.entrySet())
                    if ((s = b.getProperty(e.getKey())) != null)
                        return new Expression(e.getValue(), List.of(p, node(s.getObject(), depth + 1)));
                return new Expression("restriction", List.of(p));
            }
            return new Expression(b.hasProperty(RDF.type, OWL2.Restriction) ? "anonymous restriction" : "anonymous class", List.of());
        }

        private Expression listExpression(String operator, RDFNode list, int depth) {
            if (!list.canAs(RDFList.class))
                return new Expression("malformed list", List.of());
            return new Expression(operator, list(list, depth + 1));
        }

        private List<Node> list(RDFNode list, int depth) {
            if (!list.canAs(RDFList.class))
                return List.of(new Expression("malformed list", List.of()));
            List<Node> out = new ArrayList<>();
            list.as(RDFList.class).iterator().forEachRemaining(n -> out.add(node(n, depth)));
            return List.copyOf(out);
        }

        private String label(Resource r) {
            return text(r, RDFS.label).or(() -> text(r, SKOS.prefLabel)).orElse(r.isURIResource() ? m.shortForm(r.getURI()) : "");
        }

        private static String lexical(RDFNode n) {
            return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
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
            copy.sort(Comparator.comparing((Resource r) -> fragmentOrLast(r.getURI()).toLowerCase(Locale.ROOT)).thenComparing(Resource::getURI));
            return copy;
        }

        private static String fragmentOrLast(String iri) {
            int hash = iri.indexOf('#');
            return hash >= 0 ? iri.substring(hash + 1) : lastSegment(iri);
        }

        private static String lastSegment(String iri) {
            String s = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
            return s.substring(s.lastIndexOf('/') + 1);
        }
    }
}
