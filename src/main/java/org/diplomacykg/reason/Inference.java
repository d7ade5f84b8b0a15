package org.diplomacykg.reason;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * Runs one of Jena's reasoners over the asserted data and keeps only what it adds: the entailed triples minus the
 * asserted ones. The asserted data is every graph of the dataset taken together (the article graphs, the consolidated
 * and metadata graphs, the ontology graph with the event codes and topics, the gazetteer), so the ontology's axioms
 * apply to every article's claims.
 * <p>
 * Dropped from the result, because they say nothing about the data and would drown what does:
 * <ul>
 * <li>statements whose subject is a term of RDF, RDFS, OWL or XSD themselves (the reasoners' axiomatic triples, such
 *     as {@code rdf:type rdfs:range rdfs:Class});</li>
 * <li>reflexive tautologies: {@code x owl:sameAs x}, {@code x rdfs:subClassOf x}, {@code x rdfs:subPropertyOf x},
 *     {@code x owl:equivalentClass x}, {@code x owl:equivalentProperty x};</li>
 * <li>membership of the top classes: {@code x rdf:type rdfs:Resource}, {@code owl:Thing}, {@code rdfs:Class},
 *     {@code owl:Class}, {@code rdf:Property} and {@code x rdfs:subClassOf rdfs:Resource} / {@code owl:Thing} (true of
 *     everything of its kind);</li>
 * <li>membership of anonymous classes, {@code x rdf:type _:b} (the restrictions and intersections that the OWL
 *     reasoner works with; the named classes they lead to are kept).</li>
 * </ul>
 * Jena's internal functor terms never reach the result (the rule graphs filter them).
 */
public final class Inference {
    /** The rules file beside the ontology, read by {@link Reasoning#RULES}. */
    public static final String RULES_FILE = "diplomacy.rules";
    /** Where the rules are by default, relative to the working directory. */
    public static final Path DEFAULT_RULES = Path.of("ontology", RULES_FILE);

    private static final List<String> VOCABULARY_NAMESPACES = List.of(RDF.getURI(), RDFS.getURI(), OWL.getURI(), XSD.getURI());
    private static final Set<Node> REFLEXIVE = Set.of(OWL.sameAs.asNode(), RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(),
        OWL.equivalentClass.asNode(), OWL.equivalentProperty.asNode());
    private static final Set<Node> TOP_CLASSES = Set.of(RDFS.Resource.asNode(), OWL.Thing.asNode(), RDFS.Class.asNode(),
        OWL.Class.asNode(), RDF.Property.asNode());
    private static final Set<Node> TOP_SUPERCLASSES = Set.of(RDFS.Resource.asNode(), OWL.Thing.asNode());

    private final Reasoning reasoning;
    private final List<Rule> rules;

    private Inference(Reasoning reasoning, List<Rule> rules) {
        this.reasoning = reasoning;
        this.rules = rules;
    }

    /**
     * An inference of the given kind.
     *
     * @param rulesFile the Jena rules read by {@link Reasoning#RULES} (ignored by the others)
     * @throws IllegalArgumentException when the rules are needed and the file is missing or does not parse
     */
    public static Inference of(Reasoning reasoning, Path rulesFile) {
        Objects.requireNonNull(reasoning, "reasoning");
        if (reasoning != Reasoning.RULES)
            return new Inference(reasoning, List.of());
        return new Inference(reasoning, readRules(rulesFile));
    }

    /** The rules of a Jena rules file (with its {@code @prefix} and {@code @include} directives resolved). */
    public static List<Rule> readRules(Path rulesFile) {
        Objects.requireNonNull(rulesFile, "rulesFile");
        if (!Files.isRegularFile(rulesFile))
            throw new IllegalArgumentException("rules file not found: " + rulesFile);
        try {
            return Rule.rulesFromURL(rulesFile.toUri().toString());
        } catch (Rule.ParserException e) {
            throw new IllegalArgumentException(rulesFile + ": " + e.getMessage(), e);
        }
    }

    public Reasoning reasoning() {
        return reasoning;
    }

    /** The Jena reasoner this inference runs. */
    Reasoner reasoner() {
        return switch (reasoning) {
            case RDFS -> ReasonerRegistry.getRDFSReasoner();
            case OWL_RL -> ReasonerRegistry.getOWLMicroReasoner();
            case RULES -> {
                GenericRuleReasoner r = new GenericRuleReasoner(rules);
                r.setMode(GenericRuleReasoner.HYBRID);
                yield r;
            }
        };
    }

    /** What the reasoner adds to every graph of {@code asserted} taken together (see the class comment for what is dropped). */
    public Graph inferred(DatasetGraph asserted) {
        return inferred(union(asserted));
    }

    /** What the reasoner adds to {@code asserted}. */
    public Graph inferred(Graph asserted) {
        InfGraph inf = reasoner().bind(asserted);
        inf.prepare();
        Graph out = GraphFactory.createGraphMem();
        inf.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!asserted.contains(t) && kept(t))
                out.add(t);
        });
        return out;
    }

    /** Whether an entailed triple says something about the data (see the class comment). */
    static boolean kept(Triple t) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (s.isLiteral() || !p.isURI())
            return false;
        if (s.isURI() && VOCABULARY_NAMESPACES.stream().anyMatch(ns -> s.getURI().startsWith(ns)))
            return false;
        if (REFLEXIVE.contains(p) && s.equals(o))
            return false;
        if (p.equals(RDF.type.asNode()) && (TOP_CLASSES.contains(o) || o.isBlank()))
            return false;
        return !(p.equals(RDFS.subClassOf.asNode()) && TOP_SUPERCLASSES.contains(o));
    }

    /** Every graph of the dataset, default and named, as one in-memory graph (read in a transaction when it has them). */
    public static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createGraphMem();
        Runnable copy = () -> dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        if (dsg.supportsTransactions() && !dsg.isInTransaction())
            Txn.executeRead(dsg, copy);
        else
            copy.run();
        return g;
    }

    /**
     * A new in-memory dataset with every named graph of {@code asserted} and one more, {@code graphName}, holding the
     * inferred triples; the asserted dataset is not changed. Its default graph is left empty: serve or query it through
     * a union-default-graph view.
     */
    public static DatasetGraph withInferred(DatasetGraph asserted, Graph inferred, String graphName) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        Node gn = NodeFactory.createURI(graphName);
        Txn.executeWrite(out, () -> {
            Runnable copy = () -> asserted.find().forEachRemaining(out::add);
            if (asserted.supportsTransactions() && !asserted.isInTransaction())
                Txn.executeRead(asserted, copy);
            else
                copy.run();
            inferred.find().forEachRemaining(t -> out.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return out;
    }
}
