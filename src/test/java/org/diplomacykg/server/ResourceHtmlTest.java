package org.diplomacykg.server;

import static org.junit.jupiter.api.Assertions.*;


import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resource page on a small dataset written for it: two articles that place one meeting in different cities, the
 * consolidated event with its conflict, evidence spans in the article bodies, and a literal that tries to be markup.
 */
class ResourceHtmlTest {

    static final String B = "https://example.org/kg/";
    static final String TRIG = """
        PREFIX dkg: <https://w3id.org/diplomacy-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        PREFIX b: <https://example.org/kg/>
        <https://example.org/kg/graph/metadata> {
          <https://example.org/kg/graph/article/a1> prov:wasDerivedFrom <https://example.org/kg/id/article/a1> .
          <https://example.org/kg/graph/article/a2> prov:wasDerivedFrom <https://example.org/kg/id/article/a2> .
          <https://example.org/kg/id/article/a1> a dkg:Article ; dcterms:title "First <b>report</b>" ; dkg:publisherName "Paper One" ;
              dcterms:date "2015-11-02"^^xsd:date ;
              dkg:body "Intro line.\\n\\nKerry met the ministers in Samarkand on Sunday.\\n\\nMore." .
          <https://example.org/kg/id/article/a2> a dkg:Article ; dcterms:title "Second report" ; dkg:publisherName "Paper Two" ;
              dkg:body "Kerry met the ministers in Tashkent." .
        }
        <https://example.org/kg/graph/article/a1> {
          <https://example.org/kg/id/event/a1/m> a dkg:MultilateralMeeting ; rdfs:label "Meeting (a1)" ;
              dkg:participant <https://example.org/kg/id/person/kerry> ; dkg:place <https://example.org/kg/id/city/samarkand> ;
              dkg:evidence <https://example.org/kg/id/article/a1#char=13,60> .
          <https://example.org/kg/id/article/a1#char=13,60> a dkg:Evidence ; dkg:inArticle <https://example.org/kg/id/article/a1> ;
              dkg:beginIndex 13 ; dkg:endIndex 60 ; dkg:text "Kerry met the ministers in Samarkand on Sunday." .
          <https://example.org/kg/id/person/kerry> rdfs:label "John Kerry"@en ; rdfs:comment "<script>alert(1)</script>" .
          <https://example.org/kg/id/city/samarkand> rdfs:label "Samarkand"@en .
        }
        <https://example.org/kg/graph/article/a2> {
          <https://example.org/kg/id/event/a2/m> a dkg:MultilateralMeeting ; rdfs:label "Meeting (a2)" ;
              dkg:participant <https://example.org/kg/id/person/kerry> ; dkg:place <https://example.org/kg/id/city/tashkent> ;
              dkg:evidence <https://example.org/kg/id/article/a2#char=0,36> .
          <https://example.org/kg/id/article/a2#char=0,36> a dkg:Evidence ; dkg:inArticle <https://example.org/kg/id/article/a2> ;
              dkg:beginIndex 0 ; dkg:endIndex 36 ; dkg:text "Kerry met the ministers in Tashkent." .
          <https://example.org/kg/id/city/tashkent> rdfs:label "Tashkent"@en .
        }
        <https://example.org/kg/graph/consolidated> {
          <https://example.org/kg/id/event/m> a dkg:ConsolidatedEvent ; rdfs:label "The meeting" ;
              dkg:consolidates <https://example.org/kg/id/event/a1/m> , <https://example.org/kg/id/event/a2/m> ;
              dkg:participant <https://example.org/kg/id/person/kerry> ;
              dkg:hasConflict <https://example.org/kg/id/event/m/conflict-place> .
          <https://example.org/kg/id/event/m/conflict-place> a dkg:Conflict ; dkg:conflictProperty dkg:place ;
              dkg:conflictingClaim <https://example.org/kg/id/event/m/conflict-place/a1> , <https://example.org/kg/id/event/m/conflict-place/a2> .
          <https://example.org/kg/id/event/m/conflict-place/a1> dkg:claimedValue <https://example.org/kg/id/city/samarkand> ;
              dkg:sourceArticle <https://example.org/kg/id/article/a1> ; dkg:evidence <https://example.org/kg/id/article/a1#char=13,60> .
          <https://example.org/kg/id/event/m/conflict-place/a2> dkg:claimedValue <https://example.org/kg/id/city/tashkent> ;
              dkg:sourceArticle <https://example.org/kg/id/article/a2> ; dkg:evidence <https://example.org/kg/id/article/a2#char=0,36> ;
              dkg:claimReport <https://example.org/kg/id/event/a2/m> .
          <https://example.org/kg/id/trip/t> a dkg:Trip ; rdfs:label "The tour" ; dkg:participant <https://example.org/kg/id/person/kerry> .
          <https://example.org/kg/id/trip/t/leg-c> a dkg:TripLeg ; rdfs:label "Leg c" ; dkg:legOf <https://example.org/kg/id/trip/t> ;
              dkg:partOf <https://example.org/kg/id/trip/t> ; dkg:legNumber 1 ; dkg:nextLeg <https://example.org/kg/id/trip/t/leg-a> ;
              dkg:place <https://example.org/kg/id/city/bishkek> ; dkg:planned false ; dkg:dateUnknown true .
          <https://example.org/kg/id/trip/t/leg-a> a dkg:TripLeg ; rdfs:label "Leg a" ; dkg:legOf <https://example.org/kg/id/trip/t> ;
              dkg:partOf <https://example.org/kg/id/trip/t> ; dkg:legNumber 2 ; dkg:nextLeg <https://example.org/kg/id/trip/t/leg-b> ;
              dkg:place <https://example.org/kg/id/city/samarkand> ; dkg:date "2015-11-01"^^xsd:date ; dkg:planned false ;
              dkg:evidence <https://example.org/kg/id/article/a1#char=13,60> .
          <https://example.org/kg/id/trip/t/leg-b> a dkg:TripLeg ; rdfs:label "Leg b" ; dkg:legOf <https://example.org/kg/id/trip/t> ;
              dkg:partOf <https://example.org/kg/id/trip/t> ; dkg:legNumber 3 ;
              dkg:place <https://example.org/kg/id/city/tashkent> ; dkg:planned true ; dkg:dateUnknown true .
          <https://example.org/kg/id/city/bishkek> rdfs:label "Bishkek"@en .
          <https://example.org/kg/id/event/m> dkg:partOf <https://example.org/kg/id/trip/t/leg-a> , <https://example.org/kg/id/trip/t/leg-b> .
        }
        """;

    private static DatasetGraph dsg;
    private static final LinkedDataPaths PATHS = new LinkedDataPaths(B);

    @BeforeAll
    static void load() {
        dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg));
    }

    private static String page(String iri) {
        return Txn.calculateRead(dsg, () -> ResourceHtml.render(ResourceDescription.describe(dsg, iri, 100), dsg, PATHS));
    }

    @Test
    void consolidatedEventShowsTheConflictWithEachSource() {
        String html = page(B + "id/event/m");
        assertTrue(html.contains("<h1>The meeting</h1>"), html);
        assertTrue(html.contains("id=\"conflicts\""), "conflict section");
        int conflicts = html.indexOf("id=\"conflicts\"");
        assertTrue(html.indexOf("Samarkand", conflicts) > 0 && html.indexOf("Tashkent", conflicts) > 0, "both places");
        assertTrue(html.indexOf("Paper One", conflicts) > 0 && html.indexOf("Paper Two", conflicts) > 0, "both sources");
        // The event summary names the disputed place rather than omitting it.
        assertTrue(html.contains("<dt>Place</dt><dd><a href=\"#conflicts\">sources disagree</a>"), html);
        // The sources of its reports, each sentence highlighted in its article body.
        assertTrue(html.contains("<mark>Kerry met the ministers in Samarkand on Sunday.</mark>"), html);
        assertTrue(html.contains("<mark>Kerry met the ministers in Tashkent.</mark>"), html);
        assertTrue(html.contains("Reports"), "links to the reports");
    }

    @Test
    void reportPageShowsTheConflictOfItsConsolidatedEvent() {
        String html = page(B + "id/event/a1/m");
        assertTrue(html.contains("id=\"conflicts\""), html);
        assertTrue(html.contains("Same event in all sources"), html);
        assertTrue(html.contains("according to <a href=\"/page/graph/article/a1\""), "each value with the graph that states it");
    }

    @Test
    void conflictPageShowsEachSourcesValueNotClaimIris() {
        String html = page(B + "id/event/m/conflict-place");
        int conflicts = html.indexOf("id=\"conflicts\"");
        assertTrue(conflicts > 0, html);
        String section = html.substring(conflicts, html.indexOf("</section>", conflicts));
        // The property and the event it is disputed on.
        assertTrue(section.contains("<h3>On <a href=\"/ontology#place\""), section);
        assertTrue(section.contains(">The meeting</a></h3>"), section);
        // Each value as a link to its page, with its article and the sentence that states it.
        int samarkand = section.indexOf("<td class=\"value\"><a href=\"/page/id/city/samarkand\"");
        int tashkent = section.indexOf("<td class=\"value\"><a href=\"/page/id/city/tashkent\"");
        assertTrue(samarkand > 0 && tashkent > 0, section);
        String first = section.substring(samarkand, tashkent);
        assertTrue(first.contains("/page/id/article/a1") && first.contains("Paper One"), first);
        assertTrue(first.contains("<q>Kerry met the ministers in Samarkand on Sunday.</q>"), first);
        String second = section.substring(tashkent);
        assertTrue(second.contains("/page/id/article/a2") && second.contains("Paper Two"), second);
        assertTrue(second.contains("<q>Kerry met the ministers in Tashkent.</q>"), second);
        assertTrue(second.contains("its report: <a href=\"/page/id/event/a2/m\""), second);
        // Elsewhere a claim is named by its value and source, never by its bare IRI.
        assertFalse(html.contains(">id/event/m/conflict-place/a1<"), html);
        assertTrue(html.contains(">Samarkand, according to Paper One, 2015-11-02</a>"), html);
    }

    @Test
    void tripPageListsItsLegsOnceInOrder() {
        String html = page(B + "id/trip/t");
        int itinerary = html.indexOf("id=\"itinerary\"");
        assertTrue(itinerary > 0, html);
        String section = html.substring(itinerary, html.indexOf("</section>", itinerary));
        // Ordered by legNumber / nextLeg (c, a, b), not by IRI.
        int c = section.indexOf(">Leg 1</a>"), a = section.indexOf(">Leg 2</a>"), b = section.indexOf(">Leg 3</a>");
        assertTrue(0 < c && c < a && a < b, section);
        assertTrue(section.indexOf("/page/id/trip/t/leg-c") < section.indexOf("/page/id/trip/t/leg-a")
            && section.indexOf("/page/id/trip/t/leg-a") < section.indexOf("/page/id/trip/t/leg-b"), section);
        String legA = section.substring(a, b);
        assertTrue(legA.contains("Samarkand") && legA.contains("2015-11-01") && legA.contains(">The meeting</a>"), legA);
        assertTrue(legA.contains("<td class=\"src\">Paper One, 2015-11-02</td>"), "the source of the leg: " + legA);
        assertTrue(section.substring(b).contains("(planned)"), section);
        assertTrue(section.substring(c, a).contains("not given by the sources"), section);
        // Each leg once on the page: not again under the links to the trip.
        for (String leg : new String[] {"leg-a", "leg-b", "leg-c"})
            assertEquals(1, count(html, "href=\"/page/id/trip/t/" + leg + "\""), leg + " in\n" + html);
    }

    @Test
    void legPageShowsItsTripsItineraryWithItselfMarked() {
        String html = page(B + "id/trip/t/leg-a");
        int itinerary = html.indexOf("id=\"itinerary\"");
        assertTrue(itinerary > 0, html);
        String section = html.substring(itinerary, html.indexOf("</section>", itinerary));
        assertTrue(section.contains("A leg of <a href=\"/page/id/trip/t\""), section);
        assertTrue(section.contains("<tr class=\"leg current\"><td>Leg 2 (this page)</td>"), section);
        assertTrue(section.indexOf(">Leg 1</a>") < section.indexOf("Leg 2 (this page)")
            && section.indexOf("Leg 2 (this page)") < section.indexOf(">Leg 3</a>"), section);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1))
            n++;
        return n;
    }

    @Test
    void evidenceIsHighlightedInsideItsParagraphAndTheWholeBody() {
        String html = page(B + "id/event/a1/m");
        // The paragraph around the span, not the whole article, in the quote.
        assertTrue(html.contains("<blockquote class=\"evidence\"><mark>Kerry met the ministers in Samarkand on Sunday.</mark></blockquote>"), html);
        assertTrue(html.contains("<div class=\"body\">Intro line.\n\n<mark>Kerry met"), html);
    }

    @Test
    void articlePageAnchorsEverySpan() {
        String html = page(B + "id/article/a1");
        assertTrue(html.contains("<span class=\"anchor\" id=\"char=13,60\"></span><mark>Kerry met the ministers in Samarkand on Sunday.</mark>"), html);
        assertTrue(html.contains("href=\"#char=13,60\""), "the span table links to the anchor");
        assertTrue(html.contains("First &lt;b&gt;report&lt;/b&gt;"), "the title is escaped");
        assertTrue(html.contains("What the article states"), "its claims");
    }

    @Test
    void literalsAreEscaped() {
        String html = page(B + "id/person/kerry");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @Test
    void hrefsStayOnThisServerOrGoToHttpIris() {
        assertEquals("/page/id/article/a1#char=1,2", PATHS.href(B + "id/article/a1#char=1,2").orElseThrow());
        assertEquals("/ontology#Visit", PATHS.href("https://w3id.org/diplomacy-kg/ontology#Visit").orElseThrow());
        assertEquals("https://www.wikidata.org/", PATHS.href("https://www.wikidata.org/").orElseThrow());
        assertTrue(PATHS.href("javascript:alert(1)").isEmpty());
        assertTrue(PATHS.href("urn:x:y").isEmpty());
    }
}
