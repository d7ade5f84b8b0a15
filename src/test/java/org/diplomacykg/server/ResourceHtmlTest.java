package org.diplomacykg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Optional;

import org.diplomacykg.server.ResourceView.BodyPart;
import org.diplomacykg.server.ResourceView.Claim;
import org.diplomacykg.server.ResourceView.Conflict;
import org.diplomacykg.server.ResourceView.EventRow;
import org.diplomacykg.server.ResourceView.Fact;
import org.diplomacykg.server.ResourceView.Itinerary;
import org.diplomacykg.server.ResourceView.Leg;
import org.diplomacykg.server.ResourceView.RowKind;

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
 * What a page shows is checked on its {@link ResourceView}; how the template writes it, on the HTML.
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

    private static ResourceView view(String iri) {
        return Txn.calculateRead(dsg, () -> ResourceHtml.view(ResourceDescription.describe(dsg, iri, 100), dsg, PATHS));
    }

    private static List<String> texts(List<Shown> shown) {
        return shown.stream().map(Shown::text).toList();
    }

    private static List<String> hrefs(List<Shown> shown) {
        return shown.stream().map(Shown::href).toList();
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
    void consolidatedEventSummaryGivesEachSourcesPlace() {
        ResourceView v = view(B + "id/event/m");
        EventRow place = v.event().orElseThrow().row("Place").orElseThrow();
        assertEquals(RowKind.DISPUTED, place.kind());
        assertEquals(List.of(List.of("Samarkand"), List.of("Tashkent")), place.facts().stream().map(f -> texts(f.value())).toList());
        assertEquals(List.of(List.of("Paper One, 2015-11-02"), List.of("Paper Two")),
            place.facts().stream().map(f -> texts(f.sources())).toList());
        EventRow participants = v.event().get().row("Participants").orElseThrow();
        assertEquals(RowKind.ATTRIBUTED, participants.kind());
        Fact kerry = participants.facts().get(0);
        assertEquals(List.of("John Kerry"), texts(kerry.value()));
        assertEquals(List.of("/page/graph/consolidated"), hrefs(kerry.sources()), "stated in the consolidated graph");
        assertEquals(List.of("/page/id/event/a1/m", "/page/id/event/a2/m"),
            v.event().get().row("Reports").orElseThrow().facts().stream().map(f -> f.value().get(0).href()).toList());
        assertTrue(v.event().get().row("Date").isEmpty(), "no source gives a date, and none says it is unknown");
    }

    @Test
    void conflictPageShowsEachSourcesValueNotClaimIris() {
        ResourceView v = view(B + "id/event/m/conflict-place");
        assertEquals(1, v.conflicts().size(), v.conflicts().toString());
        Conflict conflict = v.conflicts().get(0);
        // The property and the event it is disputed on.
        assertEquals("/ontology#place", conflict.property().href());
        assertEquals(List.of("The meeting"), texts(conflict.events()));
        // Each value as a link to its page, with its article and the sentence that states it.
        List<Claim> claims = conflict.claims();
        assertEquals(List.of("/page/id/city/samarkand", "/page/id/city/tashkent"), claims.stream().map(c -> c.value().get(0).href()).toList());
        Claim first = claims.get(0);
        assertEquals("/page/id/article/a1", first.articles().get(0).article().href());
        assertEquals("Paper One, 2015-11-02", first.articles().get(0).byline());
        assertEquals(Optional.of("Kerry met the ministers in Samarkand on Sunday."), first.evidence().get(0).text());
        assertEquals(List.of(), first.reports());
        Claim second = claims.get(1);
        assertEquals("/page/id/article/a2", second.articles().get(0).article().href());
        assertEquals("Paper Two", second.articles().get(0).byline());
        assertEquals(Optional.of("Kerry met the ministers in Tashkent."), second.evidence().get(0).text());
        assertEquals(List.of("/page/id/event/a2/m"), hrefs(second.reports()));
        // Elsewhere a claim is named by its value and source, never by its bare IRI.
        assertTrue(v.incoming().stream().noneMatch(r -> r.from().text().startsWith("id/")), v.incoming().toString());
        assertTrue(v.properties().stream().flatMap(p -> p.values().stream()).map(r -> r.value().text())
            .anyMatch("Samarkand, according to Paper One, 2015-11-02"::equals), v.properties().toString());

        // As the template writes it.
        String html = page(B + "id/event/m/conflict-place");
        int at = html.indexOf("<section id=\"conflicts\">");
        String section = html.substring(at, html.indexOf("</section>", at));
        assertTrue(section.contains("<h3>On <a href=\"/ontology#place\""), section);
        assertTrue(section.contains(">The meeting</a></h3>"), section);
        int samarkand = section.indexOf("<td class=\"value\"><a href=\"/page/id/city/samarkand\"");
        int tashkent = section.indexOf("<td class=\"value\"><a href=\"/page/id/city/tashkent\"");
        assertTrue(0 < samarkand && samarkand < tashkent, section);
        assertTrue(section.substring(samarkand, tashkent).contains("<q>Kerry met the ministers in Samarkand on Sunday.</q>"), section);
        assertTrue(section.substring(tashkent).contains("its report: <a href=\"/page/id/event/a2/m\""), section);
        assertFalse(html.contains(">id/event/m/conflict-place/a1<"), html);
        assertTrue(html.contains(">Samarkand, according to Paper One, 2015-11-02</a>"), html);
    }

    @Test
    void tripPageListsItsLegsOnceInOrder() {
        Itinerary itinerary = view(B + "id/trip/t").itinerary().orElseThrow();
        assertTrue(itinerary.trip().isEmpty(), "the page is the trip's");
        List<Leg> legs = itinerary.legs();
        // Ordered by legNumber / nextLeg (c, a, b), not by IRI.
        assertEquals(List.of("1", "2", "3"), legs.stream().map(Leg::number).toList());
        assertEquals(List.of("/page/id/trip/t/leg-c", "/page/id/trip/t/leg-a", "/page/id/trip/t/leg-b"),
            legs.stream().map(l -> l.link().href()).toList());
        assertEquals(List.of("Leg 1", "Leg 2", "Leg 3"), legs.stream().map(l -> l.link().text()).toList());
        Leg a = legs.get(1);
        assertEquals(List.of("Samarkand"), texts(a.places()));
        assertEquals(List.of("2015-11-01"), a.dates());
        assertEquals(List.of("The meeting"), texts(a.events()));
        assertEquals(List.of("Paper One, 2015-11-02"), a.toldBy(), "the source of the leg");
        assertTrue(legs.get(2).planned() && !a.planned() && !legs.get(0).planned());
        assertEquals(List.of(), legs.get(0).dates(), "not given by the sources");
        assertTrue(legs.stream().noneMatch(Leg::current));

        // Each leg once on the page: not again under the links to the trip.
        String html = page(B + "id/trip/t");
        for (String leg : new String[] {"leg-a", "leg-b", "leg-c"})
            assertEquals(1, count(html, "href=\"/page/id/trip/t/" + leg + "\""), leg + " in\n" + html);
        int at = html.indexOf("id=\"itinerary\"");
        String section = html.substring(at, html.indexOf("</section>", at));
        assertTrue(section.indexOf(">Leg 1</a>") < section.indexOf(">Leg 2</a>") && section.indexOf(">Leg 2</a>") < section.indexOf(">Leg 3</a>"), section);
        assertTrue(section.contains("<td class=\"src\">Paper One, 2015-11-02</td>"), section);
        assertTrue(section.contains("<span class=\"src\">(planned)</span>"), section);
        assertTrue(section.contains("<span class=\"note\">not given by the sources</span>"), section);
    }

    @Test
    void legPageShowsItsTripsItineraryWithItselfMarked() {
        Itinerary itinerary = view(B + "id/trip/t/leg-a").itinerary().orElseThrow();
        assertEquals("/page/id/trip/t", itinerary.trip().orElseThrow().href());
        assertEquals(List.of(false, true, false), itinerary.legs().stream().map(Leg::current).toList());

        String html = page(B + "id/trip/t/leg-a");
        int at = html.indexOf("id=\"itinerary\"");
        String section = html.substring(at, html.indexOf("</section>", at));
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
    void articleBodyIsCutAtEverySpanWithAnAnchorAtItsStart() {
        ResourceView.Article article = view(B + "id/article/a1").article().orElseThrow();
        assertEquals(List.of(new BodyPart(Optional.empty(), "Intro line.\n\n", false), new BodyPart(Optional.of("char=13,60"), "", false),
            new BodyPart(Optional.empty(), "Kerry met the ministers in Samarkand on Sunday.", true),
            new BodyPart(Optional.empty(), "\n\nMore.", false)), article.body().orElseThrow());
        assertEquals("char=13,60", article.spans().get(0).fragment());
        assertEquals(List.of("Meeting (a1)"), texts(article.claims().get(0).claims().stream().map(c -> c.claim()).toList()));
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
