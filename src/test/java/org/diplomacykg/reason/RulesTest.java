package org.diplomacykg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@code ontology/diplomacy.rules} on small hand-made graphs (not the seed articles), each with a case
 * where it fires and a case where it must not. A test method is named after its rule; a rule without one fails
 * {@link #everyRuleHasATest()}.
 */
class RulesTest {
    private static final String DKG = "https://w3id.org/diplomacy-kg/ontology#";
    private static final String ID = "https://w3id.org/diplomacy-kg/id/";
    private static final String PREFIXES = """
        @prefix dkg: <https://w3id.org/diplomacy-kg/ontology#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        """;
    private static final Graph ONTOLOGY = RDFDataMgr.loadGraph("ontology/diplomacy.ttl");
    private static final Inference RULES = Inference.of(Reasoning.RULES, Inference.DEFAULT_RULES);

    /**
     * What the rules add to the ontology and the given Turtle (prefixes dkg:, xsd: are declared; {@code id:a/b} stands
     * for the IRI {@code <https://w3id.org/diplomacy-kg/id/a/b>}, which Turtle cannot abbreviate).
     */
    private static Graph infer(String turtle) {
        Graph g = GraphFactory.createGraphMem();
        ONTOLOGY.find().forEachRemaining(g::add);
        String ttl = turtle.replaceAll("\\bid:([\\w/-]+)", "<" + ID + "$1>");
        RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).parse(g);
        return RULES.inferred(g);
    }

    private static Node id(String local) {
        return NodeFactory.createURI(ID + local);
    }

    private static Node dkg(String local) {
        return NodeFactory.createURI(DKG + local);
    }

    private static boolean has(Graph g, String s, String p, String o) {
        return g.contains(id(s), dkg(p), id(o));
    }

    private static boolean typed(Graph g, String s, String cls) {
        return g.contains(id(s), RDF.type.asNode(), dkg(cls));
    }

    private static Set<String> objects(Graph g, String s, String p) {
        return g.find(id(s), dkg(p), Node.ANY).mapWith(t -> t.getObject().getURI().substring(ID.length())).toSet()
            .stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static final String PLACES = """
        id:region/central-asia a dkg:Region .
        id:state/uzbekistan a dkg:State ; dkg:locatedIn id:region/central-asia .
        id:city/samarkand a dkg:City ; dkg:locatedIn id:state/uzbekistan .
        """;

    @Test
    void locatedInTransitive() {
        Graph g = infer(PLACES + "id:city/paris a dkg:City .");
        assertTrue(has(g, "city/samarkand", "locatedIn", "region/central-asia"));
        // Nothing contains Paris, and nothing is inside a place that is not inside another.
        assertTrue(objects(g, "city/paris", "locatedIn").isEmpty());
        assertTrue(objects(g, "region/central-asia", "locatedIn").isEmpty());
        assertTrue(objects(g, "state/uzbekistan", "locatedIn").isEmpty(), "the state in its region gets nothing new");
    }

    @Test
    void occursInContainingPlace() {
        Graph g = infer(PLACES + """
            id:m a dkg:BilateralMeeting ; dkg:place id:city/samarkand .
            id:n a dkg:Visit ; dkg:place id:region/central-asia .
            """);
        assertEquals(Set.of("city/samarkand", "state/uzbekistan", "region/central-asia"), objects(g, "m", "occursIn"));
        // An event in a place inside no other occurs only there.
        assertEquals(Set.of("region/central-asia"), objects(g, "n", "occursIn"));
    }

    @Test
    void visitPresence() {
        Graph g = infer(PLACES + """
            id:person/a a dkg:Person . id:person/b a dkg:Person .
            id:v1 a dkg:Visit ; dkg:planned false ; dkg:participant id:person/a ; dkg:place id:city/samarkand .
            id:v2 a dkg:Visit ; dkg:planned true ; dkg:participant id:person/b ; dkg:place id:city/samarkand .
            """);
        assertEquals(Set.of("city/samarkand", "state/uzbekistan", "region/central-asia"), objects(g, "person/a", "presentIn"),
            "a visit to a city is presence in the city, its country and its region");
        assertTrue(objects(g, "person/b", "presentIn").isEmpty(), "a planned visit is no presence");
    }

    @Test
    void visitPresenceOfAStateIsNoPresence() {
        Graph g = infer(PLACES + """
            id:state/x a dkg:State .
            id:v a dkg:Visit ; dkg:planned false ; dkg:participant id:state/x ; dkg:place id:city/samarkand .
            """);
        assertTrue(objects(g, "state/x", "presentIn").isEmpty(), "only people are present somewhere");
    }

    @Test
    void meetingPresence() {
        Graph g = infer(PLACES + """
            id:person/a a dkg:Person . id:person/b a dkg:Person .
            id:m1 a dkg:MultilateralMeeting ; dkg:planned false ; dkg:participant id:person/a ; dkg:place id:state/uzbekistan .
            id:m2 a dkg:Speech ; dkg:planned false ; dkg:participant id:person/b ; dkg:place id:state/uzbekistan .
            """);
        assertEquals(Set.of("state/uzbekistan", "region/central-asia"), objects(g, "person/a", "presentIn"));
        assertTrue(objects(g, "person/b", "presentIn").isEmpty(), "a speech is not a meeting");
    }

    @Test
    void metAtMeeting() {
        Graph g = infer("""
            id:person/a a dkg:Person . id:person/b a dkg:Person . id:person/c a dkg:Person . id:person/d a dkg:Person .
            id:m1 a dkg:MultilateralMeeting ; dkg:planned false ; dkg:participant id:person/a , id:person/b , id:person/c .
            id:m2 a dkg:BilateralMeeting ; dkg:planned false ; dkg:participant id:person/d .
            id:m3 a dkg:BilateralMeeting ; dkg:planned true ; dkg:participant id:person/a , id:person/d .
            """);
        assertEquals(Set.of("person/b", "person/c"), objects(g, "person/a", "met"), "not herself, not a planned meeting");
        assertEquals(Set.of("person/a", "person/b"), objects(g, "person/c", "met"));
        assertTrue(objects(g, "person/d", "met").isEmpty(), "a meeting with one participant, or a planned one, gives nothing");
    }

    @Test
    void metSymmetric() {
        Graph g = infer("id:person/a dkg:met id:person/b . id:person/c a dkg:Person .");
        assertTrue(has(g, "person/b", "met", "person/a"));
        assertFalse(has(g, "person/a", "met", "person/a"));
        assertTrue(objects(g, "person/c", "met").isEmpty());
    }

    private static final String POSTS = """
        id:state/x a dkg:State . id:org/y a dkg:Organisation .
        id:post/x-fm a dkg:Post ; dkg:postTitle "Foreign Minister" ; dkg:postIn id:state/x .
        id:post/x-sos a dkg:Post ; dkg:postTitle "Secretary of State" ; dkg:postIn id:state/x .
        id:post/x-dfm a dkg:Post ; dkg:postTitle "Deputy Foreign Minister" ; dkg:postIn id:state/x .
        id:post/x-president a dkg:Post ; dkg:postTitle "President" ; dkg:postIn id:state/x .
        id:post/x-vp a dkg:Post ; dkg:postTitle "Vice President" ; dkg:postIn id:state/x .
        id:post/y-president a dkg:Post ; dkg:postTitle "President" ; dkg:postIn id:org/y .
        id:post/y-sg a dkg:Post ; dkg:postTitle "Secretary of State" ; dkg:postIn id:org/y .
        """;

    @Test
    void foreignMinisterPost() {
        Graph g = infer(POSTS);
        assertTrue(typed(g, "post/x-fm", "ForeignMinisterPost"));
        assertTrue(typed(g, "post/x-sos", "ForeignMinisterPost"));
        assertFalse(typed(g, "post/x-dfm", "ForeignMinisterPost"), "a deputy is not the minister");
        assertFalse(typed(g, "post/y-sg", "ForeignMinisterPost"), "only a state has a foreign minister");
        assertFalse(typed(g, "post/x-president", "ForeignMinisterPost"));
    }

    @Test
    void headOfStatePost() {
        Graph g = infer(POSTS);
        assertTrue(typed(g, "post/x-president", "HeadOfStatePost"));
        assertFalse(typed(g, "post/x-vp", "HeadOfStatePost"), "a vice president is not the head of state");
        assertFalse(typed(g, "post/y-president", "HeadOfStatePost"), "the president of an organisation heads no state");
        assertFalse(typed(g, "post/x-fm", "HeadOfStatePost"));
    }

    @Test
    void foreignMinisterRepresents() {
        Graph g = infer(POSTS + """
            id:person/a dkg:holdsPost id:post/x-fm .
            id:person/b dkg:holdsPost id:post/x-dfm .
            id:person/c dkg:holdsPost id:post/y-sg .
            """);
        assertEquals(Set.of("state/x"), objects(g, "person/a", "represents"));
        assertTrue(objects(g, "person/b", "represents").isEmpty());
        assertTrue(objects(g, "person/c", "represents").isEmpty());
    }

    @Test
    void headOfStateRepresents() {
        Graph g = infer(POSTS + """
            id:person/a dkg:holdsPost id:post/x-president .
            id:person/b dkg:holdsPost id:post/x-vp .
            id:person/c dkg:holdsPost id:post/y-president .
            """);
        assertEquals(Set.of("state/x"), objects(g, "person/a", "represents"));
        assertTrue(objects(g, "person/b", "represents").isEmpty());
        assertTrue(objects(g, "person/c", "represents").isEmpty());
    }

    @Test
    void bilateralSummit() {
        Graph g = infer(POSTS + """
            id:state/z a dkg:State .
            id:post/z-president a dkg:Post ; dkg:postTitle "President" ; dkg:postIn id:state/z .
            id:person/a a dkg:Person ; dkg:holdsPost id:post/x-president .
            id:person/b a dkg:Person ; dkg:holdsPost id:post/z-president .
            id:person/c a dkg:Person ; dkg:holdsPost id:post/x-fm .
            id:m1 a dkg:BilateralMeeting ; dkg:planned false ; dkg:participant id:person/a , id:person/b .
            id:m2 a dkg:BilateralMeeting ; dkg:planned false ; dkg:participant id:person/a , id:person/c .
            id:m3 a dkg:MultilateralMeeting ; dkg:planned false ; dkg:participant id:person/a , id:person/b .
            """);
        assertTrue(typed(g, "m1", "Summit"));
        assertTrue(g.contains(id("m1"), RDF.type.asNode(), dkg("Meeting")), "a summit is a meeting");
        assertFalse(typed(g, "m2", "Summit"), "a president meeting a foreign minister is no summit");
        assertFalse(typed(g, "m3", "Summit"), "only bilateral meetings are classified");
    }

    @Test
    void everyRuleHasATest() throws IOException {
        String rules = Files.readString(Inference.DEFAULT_RULES, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^\\[(\\w+):").matcher(rules);
        Set<String> names = new TreeSet<>();
        while (m.find())
            names.add(m.group(1));
        assertEquals(names.size(), Inference.readRules(Inference.DEFAULT_RULES).stream().filter(r -> r.getName() != null
            && names.contains(r.getName())).count(), "every [name: ...] of the file is a parsed rule");
        Set<String> tests = Arrays.stream(RulesTest.class.getDeclaredMethods()).filter(x -> x.isAnnotationPresent(Test.class))
            .map(Method::getName).collect(Collectors.toSet());
        Set<String> untested = new TreeSet<>(names);
        untested.removeAll(tests);
        assertTrue(names.size() >= 10, "rules found: " + names);
        assertTrue(untested.isEmpty(), "rules without a test method of the same name: " + untested);
    }
}
