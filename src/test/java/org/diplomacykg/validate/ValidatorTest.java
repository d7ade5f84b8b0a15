package org.diplomacykg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplomacykg.TestData;
import org.junit.jupiter.api.Test;

/**
 * The SHACL shapes against the converted seed articles (they must conform) and against small graphs written here,
 * each wrong in known ways (they must give exactly those violations).
 */
class ValidatorTest {
    private static final Validator VALIDATOR = Validator.fromShapes(Validator.DEFAULT_SHAPES);
    private static final String ID = "https://w3id.org/diplomacy-kg/id/";
    private static final String ART = ID + "article/t";

    private static final String PREFIXES = """
            PREFIX dkg:     <https://w3id.org/diplomacy-kg/ontology#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX id:      <https://w3id.org/diplomacy-kg/id/>
            """;

    /** An article whose body is "We agree. Ann Example met officials." (36 characters), in the metadata graph. */
    private static final String ARTICLE = """
            GRAPH <https://w3id.org/diplomacy-kg/graph/metadata> {
              id:article\\/t a dkg:Article ; dcterms:title "Test" ; dkg:publisherName "Test Publisher" ;
                dcterms:date "2021-01-01"^^xsd:date ; dkg:body "We agree. Ann Example met officials." .
            }
            """;

    private static DatasetGraph dataset(String trig) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, new StringReader(PREFIXES + trig), null, Lang.TRIG);
        return dsg;
    }

    private static Set<String> keys(ConformanceReport r) {
        return r.violations().stream().map(v -> v.focusNode() + " | " + v.path() + " | " + v.constraint())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void convertedSeedsConform() {
        ConformanceReport r = VALIDATOR.validate(TestData.seedDataset());
        assertTrue(r.conforms(), () -> r.summary() + "\n" + r.violations().stream().map(Violation::describe)
                .collect(Collectors.joining("\n")));
        assertEquals("SHACL: conforms (0 violations)", r.summary());
    }

    @Test
    void aValidHandWrittenGraphConforms() {
        ConformanceReport r = VALIDATOR.validate(dataset(ARTICLE + """
                GRAPH <https://w3id.org/diplomacy-kg/graph/article/t> {
                  id:person\\/ann-example a dkg:Person ; rdfs:label "Ann Example"@en .
                  id:state\\/examplestan a dkg:State ; rdfs:label "Examplestan"@en .
                  id:event\\/m a dkg:BilateralMeeting ; rdfs:label "Meeting of Ann Example"@en ;
                    dkg:participant id:person\\/ann-example ; dkg:place id:state\\/examplestan ;
                    dkg:date "2021-01-01"^^xsd:date ; dkg:planned false ; dkg:evidence <%1$s#char=10,36> .
                  id:event\\/js a dkg:JointStatement ; rdfs:label "Joint statement"@en ; dkg:planned false ; dkg:dateUnknown true ;
                    dkg:evidence <%1$s#char=0,9> .
                  id:quote\\/q a dkg:Quote ; dkg:quotedText "We agree." ; dkg:speakerDescription "an official" ;
                    dkg:evidence <%1$s#char=0,9> .
                  id:post\\/p a dkg:Post ; rdfs:label "President of Examplestan"@en ; dkg:postTitle "President" ;
                    dkg:postIn id:state\\/examplestan .
                  id:characterisation\\/c a dkg:Characterisation ; dkg:speakerDescription "an official" ;
                    dkg:subject id:state\\/examplestan ; dkg:characterisedAs "a partner" ; dkg:evidence <%1$s#char=0,9> .
                  id:characterisation\\/c2 a dkg:Characterisation ; dkg:speakerDescription "an official" ;
                    dkg:subjectDescription "Examplestan and Otherland" ; dkg:characterisedAs "allies" ; dkg:evidence <%1$s#char=0,9> .
                  <%1$s#char=0,9> a dkg:Evidence ; dkg:inArticle id:article\\/t ;
                    dkg:beginIndex "0"^^xsd:nonNegativeInteger ; dkg:endIndex "9"^^xsd:nonNegativeInteger ; dkg:text "We agree." .
                  <%1$s#char=10,36> a dkg:Evidence ; dkg:inArticle id:article\\/t ;
                    dkg:beginIndex "10"^^xsd:nonNegativeInteger ; dkg:endIndex "36"^^xsd:nonNegativeInteger ;
                    dkg:text "Ann Example met officials." .
                }
                """.formatted(ART)));
        assertTrue(r.conforms(), () -> r.violations().stream().map(Violation::describe).collect(Collectors.joining("\n")));
    }

    @Test
    void aBrokenGraphGivesExactlyTheExpectedViolations() {
        ConformanceReport r = VALIDATOR.validate(dataset(ARTICLE + """
                GRAPH <https://w3id.org/diplomacy-kg/graph/article/t> {
                  id:person\\/ann-example a dkg:Person ; rdfs:label "Ann Example"@en .
                  id:state\\/examplestan a dkg:State ; rdfs:label "Examplestan"@en .
                  # an event without evidence
                  id:event\\/m a dkg:BilateralMeeting ; rdfs:label "Meeting of Ann Example"@en ;
                    dkg:participant id:person\\/ann-example ; dkg:planned false ; dkg:dateUnknown true .
                  # a quote with neither speaker nor speaker description
                  id:quote\\/q a dkg:Quote ; dkg:quotedText "We agree." ; dkg:evidence <%1$s#char=0,9> .
                  # a post without postIn
                  id:post\\/p a dkg:Post ; rdfs:label "President of Examplestan"@en ; dkg:postTitle "President" .
                  <%1$s#char=0,9> a dkg:Evidence ; dkg:inArticle id:article\\/t ;
                    dkg:beginIndex "0"^^xsd:nonNegativeInteger ; dkg:endIndex "9"^^xsd:nonNegativeInteger ; dkg:text "We agree." .
                  # a span that ends past the body (36 characters)
                  <%1$s#char=26,40> a dkg:Evidence ; dkg:inArticle id:article\\/t ;
                    dkg:beginIndex "26"^^xsd:nonNegativeInteger ; dkg:endIndex "40"^^xsd:nonNegativeInteger ;
                    dkg:text " officials." .
                  # a span whose text is not the body between its offsets ("Ann Example")
                  <%1$s#char=10,21> a dkg:Evidence ; dkg:inArticle id:article\\/t ;
                    dkg:beginIndex "10"^^xsd:nonNegativeInteger ; dkg:endIndex "21"^^xsd:nonNegativeInteger ;
                    dkg:text "Bob Example" .
                }
                """.formatted(ART)));
        assertFalse(r.conforms());
        Set<String> expected = new TreeSet<>(Set.of(
                ID + "event/m | " + "<https://w3id.org/diplomacy-kg/ontology#evidence> | MinCountConstraintComponent",
                ID + "quote/q |  | OrConstraintComponent",
                ID + "post/p | <https://w3id.org/diplomacy-kg/ontology#postIn> | MinCountConstraintComponent",
                ART + "#char=26,40 | <https://w3id.org/diplomacy-kg/ontology#endIndex> | SPARQLConstraintComponent",
                ART + "#char=10,21 | <https://w3id.org/diplomacy-kg/ontology#text> | SPARQLConstraintComponent"));
        assertEquals(expected, keys(r), () -> r.violations().stream().map(Violation::describe).collect(Collectors.joining("\n")));
        assertEquals("SHACL: does not conform: 5 violations", r.summary());
        Violation past = r.violations().stream().filter(v -> v.focusNode().endsWith("#char=26,40")).findFirst().orElseThrow();
        assertEquals("The span ends at 40, past the end of its article's body (36 UTF-16 code units).", past.message());
        Violation quote = r.violations().stream().filter(v -> v.focusNode().endsWith("quote/q")).findFirst().orElseThrow();
        assertTrue(quote.message().contains("dkg:speakerDescription"), quote.message());
        assertTrue(r.turtle().contains("sh:ValidationReport") && r.turtle().contains("sh:conforms"), r.turtle());
    }

    @Test
    void offsetsCountUtf16UnitsOutsideTheBasicMultilingualPlane() {
        // "🙂 We agree." : the emoji is one character for SPARQL but two UTF-16 units for the converter's offsets.
        ConformanceReport r = VALIDATOR.validate(dataset("""
                GRAPH <https://w3id.org/diplomacy-kg/graph/metadata> {
                  id:article\\/t a dkg:Article ; dcterms:title "Test" ; dkg:publisherName "P" ;
                    dcterms:date "2021-01-01"^^xsd:date ; dkg:body "\\U0001F642 We agree." .
                }
                GRAPH <https://w3id.org/diplomacy-kg/graph/article/t> {
                  <%1$s#char=3,12> a dkg:Evidence ; dkg:inArticle id:article\\/t ;
                    dkg:beginIndex "3"^^xsd:nonNegativeInteger ; dkg:endIndex "12"^^xsd:nonNegativeInteger ; dkg:text "We agree." .
                  <%1$s#char=3,13> a dkg:Evidence ; dkg:inArticle id:article\\/t ;
                    dkg:beginIndex "3"^^xsd:nonNegativeInteger ; dkg:endIndex "13"^^xsd:nonNegativeInteger ; dkg:text "We agree.x" .
                }
                """.formatted(ART)));
        assertEquals(Set.of(ART + "#char=3,13 | <https://w3id.org/diplomacy-kg/ontology#endIndex> | SPARQLConstraintComponent"),
                keys(r), () -> r.violations().stream().map(Violation::describe).collect(Collectors.joining("\n")));
    }

    @Test
    void labelsDatatypesCountsTypesSpeakersAndOffsetOrderAreChecked() {
        ConformanceReport r = VALIDATOR.validate(dataset(ARTICLE + """
                GRAPH <https://w3id.org/diplomacy-kg/graph/article/t> {
                  id:person\\/ann-example a dkg:Person ; rdfs:label "Ann Example" .
                  id:event\\/js a dkg:JointStatement ; rdfs:label "Joint statement"@en ; dkg:planned false , true ;
                    dkg:date "2021-01-01" ; dkg:evidence <%1$s#char=0,9> .
                  id:event\\/untyped dkg:participant id:person\\/ann-example .
                  id:characterisation\\/c a dkg:Characterisation ; dkg:subject id:person\\/ann-example ;
                    dkg:characterisedAs "a partner" ; dkg:evidence <%1$s#char=0,9> .
                  # both an entity subject and a subject description
                  id:characterisation\\/c2 a dkg:Characterisation ; dkg:speaker id:person\\/ann-example ;
                    dkg:subject id:person\\/ann-example ; dkg:subjectDescription "Ann Example's policy" ;
                    dkg:characterisedAs "bold" ; dkg:evidence <%1$s#char=0,9> .
                  <%1$s#char=0,9> a dkg:Evidence ; dkg:inArticle id:article\\/t ;
                    dkg:beginIndex "9"^^xsd:nonNegativeInteger ; dkg:endIndex "0"^^xsd:nonNegativeInteger ; dkg:text "We agree." .
                }
                """.formatted(ART)));
        assertEquals(new TreeSet<>(Set.of(
                ID + "person/ann-example | <http://www.w3.org/2000/01/rdf-schema#label> | LanguageInConstraintComponent",
                ID + "event/js | <https://w3id.org/diplomacy-kg/ontology#planned> | MaxCountConstraintComponent",
                ID + "event/js | <https://w3id.org/diplomacy-kg/ontology#date> | DatatypeConstraintComponent",
                ID + "event/untyped | <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> | QualifiedMinCountConstraintComponent",
                ID + "characterisation/c |  | OrConstraintComponent",
                ID + "characterisation/c2 |  | NodeConstraintComponent",
                ART + "#char=0,9 | <https://w3id.org/diplomacy-kg/ontology#beginIndex> | LessThanOrEqualsConstraintComponent",
                ART + "#char=0,9 |  | SPARQLConstraintComponent")), keys(r),
                () -> r.violations().stream().map(Violation::describe).collect(Collectors.joining("\n")));
    }
}
