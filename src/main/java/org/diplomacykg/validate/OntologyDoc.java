package org.diplomacykg.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.graph.DKG;

/**
 * Writes the reference part of {@code docs/ontology.md} from the ontology files: every class and property of
 * {@code ontology/diplomacy.ttl} with its label, comment, super-terms (our alignments), domain, range, CAMEO codes and
 * example, then the CAMEO and PLOVER schemes of {@code ontology/event-codes.ttl}. The generated text sits between
 * {@link #BEGIN} and {@link #END} in the document; the rest of the document is written by hand. A test fails when
 * the document is out of date ({@code OntologyDocTest}; run it with {@code -Ddkg.updateDocs=true} to rewrite).
 */
public final class OntologyDoc {
    public static final String BEGIN = "<!-- BEGIN GENERATED from ontology/diplomacy.ttl and ontology/event-codes.ttl by "
            + "org.diplomacykg.validate.OntologyDoc: do not edit by hand -->";
    public static final String END = "<!-- END GENERATED -->";

    private static final String CAMEO = "https://w3id.org/diplomacy-kg/ontology/cameo#";

    private final Model ontology;
    private final Model codes;

    private OntologyDoc(Model ontology, Model codes) {
        this.ontology = ontology;
        this.codes = codes;
    }

    /** Reads the two ontology files. */
    public static OntologyDoc read(Path ontologyFile, Path eventCodesFile) {
        return new OntologyDoc(RDFDataMgr.loadModel(ontologyFile.toString()), RDFDataMgr.loadModel(eventCodesFile.toString()));
    }

    /** The generated Markdown, markers included. */
    public String generate() {
        StringBuilder sb = new StringBuilder();
        sb.append(BEGIN).append("\n\n");
        header(sb);
        List<Resource> classes = terms(OWL2.Class);
        List<Resource> objectProps = terms(OWL2.ObjectProperty);
        List<Resource> dataProps = terms(OWL2.DatatypeProperty);
        List<Resource> annotationProps = terms(OWL2.AnnotationProperty);
        sb.append("### Index\n\n");
        index(sb, "Classes", classes);
        index(sb, "Object properties", objectProps);
        index(sb, "Datatype properties", dataProps);
        index(sb, "Annotation properties", annotationProps);
        sb.append("\n### Classes\n\n");
        classes.forEach(c -> term(sb, c, true));
        sb.append("### Object properties\n\n");
        objectProps.forEach(p -> term(sb, p, false));
        sb.append("### Datatype properties\n\n");
        dataProps.forEach(p -> term(sb, p, false));
        sb.append("### Annotation properties\n\n");
        annotationProps.forEach(p -> term(sb, p, false));
        cameoMapping(sb, classes);
        schemes(sb);
        sb.append(END).append("\n");
        return sb.toString();
    }

    /** The document with its generated part replaced by {@link #generate()}. */
    public String update(String document) {
        int b = document.indexOf(BEGIN);
        int e = document.indexOf(END);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException("the document has no generated part (" + BEGIN + " ... " + END + ")");
        }
        return document.substring(0, b) + generate() + document.substring(e + END.length() + (document.startsWith("\n", e + END.length()) ? 1 : 0));
    }

    /** Rewrites the generated part of a Markdown file in place: {@code OntologyDoc [docs/ontology.md]}. */
    public static void main(String[] args) {
        Path doc = Path.of(args.length > 0 ? args[0] : "docs/ontology.md");
        OntologyDoc gen = read(Path.of("ontology", "diplomacy.ttl"), Path.of("ontology", "event-codes.ttl"));
        try {
            Files.writeString(doc, gen.update(Files.readString(doc, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(StringBuilder sb) {
        Resource ont = ontology.listSubjectsWithProperty(RDF.type, OWL2.Ontology).next();
        sb.append("| | |\n|---|---|\n");
        sb.append("| Ontology IRI | `").append(ont.getURI()).append("` |\n");
        Statement v = ont.getProperty(OWL2.versionIRI);
        if (v != null) {
            sb.append("| Version IRI | `").append(v.getResource().getURI()).append("` |\n");
        }
        sb.append("| Namespace | `").append(DKG.NS).append("` (prefix `dkg:`) |\n");
        literalRow(sb, "Title", ont.getProperty(DCTerms.title));
        literalRow(sb, "Modified", ont.getProperty(DCTerms.modified));
        Statement lic = ont.getProperty(DCTerms.license);
        if (lic != null) {
            sb.append("| Licence | ").append(lic.getObject().isURIResource() ? lic.getResource().getURI() : lic.getString()).append(" |\n");
        }
        sb.append("\n");
    }

    private static void literalRow(StringBuilder sb, String name, Statement s) {
        if (s != null && s.getObject().isLiteral()) {
            sb.append("| ").append(name).append(" | ").append(s.getLiteral().getLexicalForm()).append(" |\n");
        }
    }

    private List<Resource> terms(Resource kind) {
        List<Resource> list = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type, kind).forEach(r -> {
            if (r.isURIResource() && r.getURI().startsWith(DKG.NS)) {
                list.add(r);
            }
        });
        list.sort(Comparator.comparing(r -> r.getLocalName().toLowerCase(Locale.ROOT)));
        return list;
    }

    private void index(StringBuilder sb, String title, List<Resource> terms) {
        sb.append("- ").append(title).append(": ");
        List<String> links = new ArrayList<>();
        for (Resource t : terms) {
            links.add("[" + name(t) + "](#" + anchor(t) + ")");
        }
        sb.append(String.join(", ", links)).append("\n");
    }

    private void term(StringBuilder sb, Resource t, boolean isClass) {
        sb.append("#### ").append(name(t)).append("\n\n");
        sb.append("<a id=\"").append(anchor(t)).append("\"></a>").append('`').append(t.getURI()).append("`");
        String label = literal(t, RDFS.label);
        if (label != null) {
            sb.append(" — *").append(label).append("*");
        }
        sb.append("\n\n");
        String comment = literal(t, RDFS.comment);
        if (comment != null) {
            sb.append(comment).append("\n\n");
        }
        List<String> facts = new ArrayList<>();
        Set<String> kinds = new TreeSet<>();
        t.listProperties(RDF.type).forEach(s -> {
            Resource k = s.getResource();
            if (k.equals(OWL2.TransitiveProperty)) {
                kinds.add("transitive");
            } else if (k.equals(OWL2.FunctionalProperty)) {
                kinds.add("functional");
            }
        });
        if (!kinds.isEmpty()) {
            facts.add("Characteristics: " + String.join(", ", kinds));
        }
        Property sup = isClass ? RDFS.subClassOf : RDFS.subPropertyOf;
        List<String> ours = new ArrayList<>();
        List<String> aligned = new ArrayList<>();
        for (RDFNode o : objects(t, sup)) {
            (o.isURIResource() && o.asResource().getURI().startsWith(DKG.NS) ? ours : aligned).add(show(o));
        }
        if (!ours.isEmpty()) {
            facts.add((isClass ? "Subclass of: " : "Subproperty of: ") + String.join(", ", ours));
        }
        if (!aligned.isEmpty()) {
            facts.add("Aligned to: " + String.join(", ", aligned) + (isClass ? " (rdfs:subClassOf)" : " (rdfs:subPropertyOf)"));
        }
        for (RDFNode o : objects(t, OWL2.equivalentClass)) {
            facts.add("Equivalent to: " + show(o));
        }
        for (RDFNode o : objects(t, OWL2.disjointWith)) {
            facts.add("Disjoint with: " + show(o));
        }
        for (RDFNode o : objects(t, OWL2.propertyChainAxiom)) {
            facts.add("Implied by the chain: " + show(o));
        }
        for (RDFNode o : objects(t, RDFS.domain)) {
            facts.add("Domain: " + show(o));
        }
        for (RDFNode o : objects(t, RDFS.range)) {
            facts.add("Range: " + show(o));
        }
        List<String> subs = new ArrayList<>();
        ontology.listSubjectsWithProperty(sup, t).forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(DKG.NS)) {
                subs.add(show(s));
            }
        });
        if (!subs.isEmpty()) {
            subs.sort(null);
            facts.add((isClass ? "Subclasses: " : "Subproperties: ") + String.join(", ", subs));
        }
        List<String> cameo = new ArrayList<>();
        for (RDFNode o : objects(t, DKG.cameoCode)) {
            cameo.add(cameoLabel(o.asResource()));
        }
        if (!cameo.isEmpty()) {
            facts.add("CAMEO: " + String.join("; ", cameo));
        }
        for (String f : facts) {
            sb.append("- ").append(f).append("\n");
        }
        String example = literal(t, SKOS.example);
        if (example != null) {
            sb.append("- Example: `").append(example.replace("`", "'")).append("`\n");
        }
        sb.append("\n");
    }

    private void cameoMapping(StringBuilder sb, List<Resource> classes) {
        sb.append("### CAMEO codes of the classes\n\n");
        sb.append("| Class | CAMEO | PLOVER (diplomacy-kg stand-in IRIs) |\n|---|---|---|\n");
        for (Resource c : classes) {
            List<RDFNode> codesOf = objects(c, DKG.cameoCode);
            if (codesOf.isEmpty()) {
                continue;
            }
            List<String> cameo = new ArrayList<>();
            List<String> plover = new ArrayList<>();
            for (RDFNode o : codesOf) {
                cameo.add(cameoLabel(o.asResource()));
                plover.addAll(ploverMatches(o.asResource()));
            }
            sb.append("| ").append(name(c)).append(" | ").append(String.join("; ", cameo)).append(" | ")
                    .append(plover.isEmpty() ? "none" : String.join("; ", plover)).append(" |\n");
        }
        sb.append("\n");
    }

    private void schemes(StringBuilder sb) {
        Map<String, List<Resource>> byScheme = new LinkedHashMap<>();
        List<Resource> schemes = codes.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList();
        schemes.sort(Comparator.comparing(Resource::getURI));
        for (Resource s : schemes) {
            List<Resource> concepts = codes.listSubjectsWithProperty(SKOS.inScheme, s).toList();
            concepts.sort(Comparator.comparing(c -> literal(codes, c, SKOS.notation)));
            byScheme.put(s.getURI(), concepts);
        }
        for (Resource s : schemes) {
            sb.append("### Scheme ").append(literal(codes, s, SKOS.prefLabel)).append("\n\n");
            sb.append('`').append(s.getURI()).append("`: ").append(literal(codes, s, SKOS.definition)).append("\n\n");
            sb.append("| Notation | Concept | Label | Broader | Matches |\n|---|---|---|---|---|\n");
            for (Resource c : byScheme.get(s.getURI())) {
                List<String> matches = new ArrayList<>();
                for (Property p : List.of(SKOS.closeMatch, SKOS.broadMatch)) {
                    codes.listObjectsOfProperty(c, p).forEach(o -> matches.add(p.getLocalName() + " " + codes.shortForm(o.asResource().getURI())));
                }
                matches.sort(null);
                Statement broader = c.inModel(codes).getProperty(SKOS.broader);
                String note = literal(codes, c, SKOS.scopeNote);
                sb.append("| ").append(literal(codes, c, SKOS.notation)).append(" | `").append(codes.shortForm(c.getURI()))
                        .append("` | ").append(literal(codes, c, SKOS.prefLabel)).append(" | ")
                        .append(broader == null ? "" : "`" + codes.shortForm(broader.getResource().getURI()) + "`").append(" | ")
                        .append(matches.isEmpty() ? (note == null ? "" : note) : String.join(", ", matches)).append(" |\n");
            }
            sb.append("\n");
        }
    }

    private String cameoLabel(Resource code) {
        Resource c = code.inModel(codes);
        String notation = literal(codes, c, SKOS.notation);
        String label = literal(codes, c, SKOS.prefLabel);
        if (notation == null) {
            return "`" + code.getURI() + "` (not in event-codes.ttl)";
        }
        return notation + " " + label;
    }

    private List<String> ploverMatches(Resource code) {
        List<String> out = new ArrayList<>();
        for (Property p : List.of(SKOS.closeMatch, SKOS.broadMatch)) {
            codes.listObjectsOfProperty(code.inModel(codes), p).forEach(o -> out.add(
                    literal(codes, o.asResource(), SKOS.notation) + " (" + p.getLocalName() + ")"));
        }
        return out;
    }

    private List<RDFNode> objects(Resource t, Property p) {
        List<RDFNode> list = new ArrayList<>(ontology.listObjectsOfProperty(t, p).toList());
        list.sort(Comparator.comparing(this::show));
        return list;
    }

    /** A node as Markdown: a term of ours links to its section; other IRIs in prefixed form; class expressions spelled out. */
    private String show(RDFNode n) {
        if (n.isLiteral()) {
            return "`" + n.asLiteral().getLexicalForm() + "`";
        }
        Resource r = n.asResource();
        if (r.isURIResource()) {
            String s = ontology.shortForm(r.getURI());
            return r.getURI().startsWith(DKG.NS) ? "[" + s + "](#" + anchor(r) + ")" : "`" + s + "`";
        }
        if (r.hasProperty(OWL2.intersectionOf)) {
            List<String> parts = new ArrayList<>();
            r.getRequiredProperty(OWL2.intersectionOf).getResource().as(RDFList.class).iterator()
                    .forEachRemaining(x -> parts.add(show(x)));
            return String.join(" and ", parts);
        }
        if (r.hasProperty(OWL2.onProperty) && r.hasProperty(OWL2.hasValue)) {
            return show(r.getRequiredProperty(OWL2.onProperty).getObject()) + " value "
                    + show(r.getRequiredProperty(OWL2.hasValue).getObject());
        }
        if (r.hasProperty(OWL2.inverseOf)) {
            return "inverse(" + show(r.getRequiredProperty(OWL2.inverseOf).getObject()) + ")";
        }
        if (r.hasProperty(RDF.first)) {
            List<String> parts = new ArrayList<>();
            r.as(RDFList.class).iterator().forEachRemaining(x -> parts.add(show(x)));
            return String.join(" ∘ ", parts);
        }
        return "(class expression)";
    }

    private String name(Resource t) {
        return "dkg:" + t.getLocalName();
    }

    /** Distinct for dkg:Place and dkg:place: the kind is part of the anchor. */
    private String anchor(Resource t) {
        String kind = ontology.contains(t, RDF.type, OWL2.Class) ? "class" : "property";
        return kind + "-" + t.getLocalName().toLowerCase(Locale.ROOT);
    }

    private String literal(Resource t, Property p) {
        return literal(ontology, t, p);
    }

    private static String literal(Model m, Resource t, Property p) {
        Statement s = m.getProperty(t, p);
        if (s == null || !s.getObject().isLiteral()) {
            return null;
        }
        Literal l = s.getLiteral();
        return l.getLexicalForm();
    }
}
