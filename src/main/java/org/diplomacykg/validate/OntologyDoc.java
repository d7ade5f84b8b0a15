package org.diplomacykg.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.graph.DKG;
import org.diplomacykg.graph.OntologyView;
import org.diplomacykg.graph.OntologyView.Concept;
import org.diplomacykg.graph.OntologyView.Expression;
import org.diplomacykg.graph.OntologyView.Group;
import org.diplomacykg.graph.OntologyView.Header;
import org.diplomacykg.graph.OntologyView.Iri;
import org.diplomacykg.graph.OntologyView.Kind;
import org.diplomacykg.graph.OntologyView.Match;
import org.diplomacykg.graph.OntologyView.Node;
import org.diplomacykg.graph.OntologyView.Scheme;
import org.diplomacykg.graph.OntologyView.Term;
import org.diplomacykg.graph.OntologyView.Text;

/**
 * Writes the reference part of {@code docs/ontology.md} from the ontology files: every class and property of
 * {@code ontology/diplomacy.ttl} with its label, comment, super-terms (our alignments), domain, range, CAMEO codes and
 * example, then the CAMEO and PLOVER schemes of {@code ontology/event-codes.ttl}. The generated text sits between
 * {@link #BEGIN} and {@link #END} in the document; the rest of the document is written by hand. A test fails when
 * the document is out of date ({@code OntologyDocTest}; run it with {@code -Ddkg.updateDocs=true} to rewrite).
 * <p>
 * The Markdown is written from {@link OntologyView}, the model the server's HTML page of the ontology is written from
 * too, read from the two files together as the server reads them.
 */
public final class OntologyDoc {
    public static final String BEGIN = "<!-- BEGIN GENERATED from ontology/diplomacy.ttl and ontology/event-codes.ttl by "
            + "org.diplomacykg.validate.OntologyDoc: do not edit by hand -->";
    public static final String END = "<!-- END GENERATED -->";

    /** The characteristics the document lists (it has never listed dkg:met's "symmetric"). */
    private static final Set<String> LISTED_CHARACTERISTICS = Set.of("transitive", "functional");

    private final OntologyView view;
    private final String ns;

    private OntologyDoc(OntologyView view) {
        this.view = view;
        this.ns = view.header().namespace();
    }

    /** Reads the two ontology files: the ontology is the {@code owl:Ontology} of the first. */
    public static OntologyDoc read(Path ontologyFile, Path eventCodesFile) {
        Model m = RDFDataMgr.loadModel(ontologyFile.toString());
        Resource ontology = m.listSubjectsWithProperty(RDF.type, OWL2.Ontology).next();
        RDFDataMgr.read(m, eventCodesFile.toString());
        return new OntologyDoc(OntologyView.of(m, ontology));
    }

    /** The model the Markdown is written from. */
    public OntologyView view() {
        return view;
    }

    /** The generated Markdown, markers included. */
    public String generate() {
        StringBuilder sb = new StringBuilder();
        sb.append(BEGIN).append("\n\n");
        header(sb);
        sb.append("### Index\n\n");
        for (Group g : view.groups()) {
            sb.append("- ").append(g.title()).append(": ")
              .append(String.join(", ", g.terms().stream().map(t -> "[" + t.shortForm() + "](#" + anchor(t.iri()) + ")").toList()))
              .append("\n");
        }
        sb.append("\n");
        for (Group g : view.groups()) {
            sb.append("### ").append(g.title()).append("\n\n");
            g.terms().forEach(t -> term(sb, t, g.kind() == Kind.CLASS));
        }
        cameoMapping(sb);
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
        Header h = view.header();
        sb.append("| | |\n|---|---|\n");
        sb.append("| Ontology IRI | `").append(h.iri()).append("` |\n");
        h.versionIris().stream().findFirst().ifPresent(v -> sb.append("| Version IRI | ").append(code(v)).append(" |\n"));
        sb.append("| Namespace | `").append(ns).append("`").append(h.prefix().map(p -> " (prefix `" + p + ":`)").orElse(""))
          .append(" |\n");
        h.title().ifPresent(t -> sb.append("| Title | ").append(t).append(" |\n"));
        h.about(DCTerms.modified).ifPresent(a -> sb.append("| Modified | ").append(plain(a.values().get(0))).append(" |\n"));
        h.about(DCTerms.license).ifPresent(a -> sb.append("| Licence | ").append(plain(a.values().get(0))).append(" |\n"));
        sb.append("\n");
    }

    private void term(StringBuilder sb, Term t, boolean isClass) {
        sb.append("#### ").append(t.shortForm()).append("\n\n");
        sb.append("<a id=\"").append(anchor(t.iri())).append("\"></a>").append('`').append(t.iri()).append("`");
        t.label().ifPresent(l -> sb.append(" — *").append(l).append("*"));
        sb.append("\n\n");
        t.comment().ifPresent(c -> sb.append(c).append("\n\n"));
        List<String> facts = new ArrayList<>();
        Set<String> characteristics = new TreeSet<>(t.characteristics());
        characteristics.retainAll(LISTED_CHARACTERISTICS);
        if (!characteristics.isEmpty()) {
            facts.add("Characteristics: " + String.join(", ", characteristics));
        }
        List<String> ours = new ArrayList<>();
        List<String> aligned = new ArrayList<>();
        for (Node o : isClass ? t.superClasses() : t.superProperties()) {
            (isOurs(o) ? ours : aligned).add(show(o));
        }
        if (!ours.isEmpty()) {
            facts.add((isClass ? "Subclass of: " : "Subproperty of: ") + String.join(", ", sorted(ours)));
        }
        if (!aligned.isEmpty()) {
            facts.add("Aligned to: " + String.join(", ", sorted(aligned)) + (isClass ? " (rdfs:subClassOf)" : " (rdfs:subPropertyOf)"));
        }
        shown(t.equivalentClasses()).forEach(o -> facts.add("Equivalent to: " + o));
        shown(t.disjointWith()).forEach(o -> facts.add("Disjoint with: " + o));
        sorted(t.chains().stream().map(c -> String.join(" ∘ ", c.stream().map(this::show).toList())).toList())
            .forEach(c -> facts.add("Implied by the chain: " + c));
        shown(t.domain()).forEach(o -> facts.add("Domain: " + o));
        shown(t.range()).forEach(o -> facts.add("Range: " + o));
        List<String> subs = shown((isClass ? t.subClasses() : t.subProperties()).stream().filter(this::isOurs).toList());
        if (!subs.isEmpty()) {
            facts.add((isClass ? "Subclasses: " : "Subproperties: ") + String.join(", ", subs));
        }
        List<String> cameo = codes(t).stream().map(this::cameoLabel).toList();
        if (!cameo.isEmpty()) {
            facts.add("CAMEO: " + String.join("; ", cameo));
        }
        for (String f : facts) {
            sb.append("- ").append(f).append("\n");
        }
        t.examples().stream().findFirst().ifPresent(e -> sb.append("- Example: `").append(e.replace("`", "'")).append("`\n"));
        sb.append("\n");
    }

    private void cameoMapping(StringBuilder sb) {
        sb.append("### CAMEO codes of the classes\n\n");
        sb.append("| Class | CAMEO | PLOVER (diplomacy-kg stand-in IRIs) |\n|---|---|---|\n");
        for (Term c : view.terms(Kind.CLASS)) {
            List<Node> codes = codes(c);
            if (codes.isEmpty()) {
                continue;
            }
            List<String> cameo = new ArrayList<>();
            List<String> plover = new ArrayList<>();
            for (Node code : codes) {
                cameo.add(cameoLabel(code));
                ploverMatches(code).forEach(m -> plover.add(notation(m.target()) + " (" + m.localName() + ")"));
            }
            sb.append("| ").append(c.shortForm()).append(" | ").append(String.join("; ", cameo)).append(" | ")
                    .append(plover.isEmpty() ? "none" : String.join("; ", plover)).append(" |\n");
        }
        sb.append("\n");
    }

    private void schemes(StringBuilder sb) {
        List<Scheme> schemes = new ArrayList<>(view.schemes());
        schemes.sort(Comparator.comparing(Scheme::iri));
        for (Scheme s : schemes) {
            sb.append("### Scheme ").append(s.label()).append("\n\n");
            sb.append('`').append(s.iri()).append("`: ").append(s.definition().orElse("")).append("\n\n");
            sb.append("| Notation | Concept | Label | Broader | Matches |\n|---|---|---|---|---|\n");
            for (Concept c : s.concepts()) {
                List<String> matches = sorted(ploverMatches(c).stream().map(m -> m.localName() + " " + plain(m.target())).toList());
                sb.append("| ").append(c.code()).append(" | `").append(c.shortForm()).append("` | ").append(c.label()).append(" | ")
                        .append(c.broader().stream().findFirst().map(this::code).orElse("")).append(" | ")
                        .append(matches.isEmpty() ? c.scopeNote().orElse("") : String.join(", ", matches)).append(" |\n");
            }
            sb.append("\n");
        }
    }

    /** The CAMEO codes of a term, by their Markdown. */
    private List<Node> codes(Term t) {
        List<Node> codes = new ArrayList<>(t.annotation(DKG.cameoCode));
        codes.sort(Comparator.comparing(this::show));
        return codes;
    }

    /** "042 Make a visit", or the IRI when the event codes do not have it. */
    private String cameoLabel(Node code) {
        return concept(code).filter(c -> c.notation().isPresent()).map(c -> c.code() + " " + c.label())
            .orElse(code(code) + " (not in event-codes.ttl)");
    }

    /** The PLOVER concepts a CAMEO code corresponds to: its close, then its broad matches. */
    private List<Match> ploverMatches(Node code) {
        return concept(code).map(c -> ploverMatches(c)).orElse(List.of());
    }

    private static List<Match> ploverMatches(Concept c) {
        return c.matches().stream().filter(m -> m.property().equals(SKOS.closeMatch.getURI()) || m.property().equals(SKOS.broadMatch.getURI()))
            .toList();
    }

    private String notation(Node n) {
        return concept(n).map(Concept::code).orElse(plain(n));
    }

    private Optional<Concept> concept(Node n) {
        return n instanceof Iri i ? view.concept(i.iri()) : Optional.empty();
    }

    private boolean isOurs(Node n) {
        return n instanceof Iri i && i.iri().startsWith(ns);
    }

    private List<String> shown(List<Node> nodes) {
        return sorted(nodes.stream().map(this::show).toList());
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }

    /** A node as Markdown: a term of ours links to its section; other IRIs in prefixed form; class expressions spelled out. */
    private String show(Node n) {
        if (n instanceof Text t) {
            return "`" + t.lexical() + "`";
        }
        if (n instanceof Iri i) {
            return isOurs(i) ? "[" + i.shortForm() + "](#" + anchor(i.iri()) + ")" : code(i);
        }
        Expression e = (Expression) n;
        List<String> operands = e.operands().stream().map(this::show).toList();
        return switch (e.operator()) {
            case "and", "or" -> String.join(" " + e.operator() + " ", operands);
            case "not" -> "not " + operands.get(0);
            case "inverse" -> "inverse(" + operands.get(0) + ")";
            case "value", "some", "only", "exactly", "min", "max" -> operands.get(0) + " " + e.operator() + " " + operands.get(1);
            default -> "(class expression)";
        };
    }

    /** An IRI (prefixed) or literal in backticks. */
    private String code(Node n) {
        return "`" + plain(n) + "`";
    }

    private static String plain(Node n) {
        if (n instanceof Iri i) {
            return i.shortForm();
        }
        return n instanceof Text t ? t.lexical() : n.toString();
    }

    /** Distinct for dkg:Place and dkg:place: the kind is part of the anchor. */
    private String anchor(String iri) {
        return (view.isClass(iri) ? "class-" : "property-") + iri.substring(ns.length()).toLowerCase(Locale.ROOT);
    }
}
