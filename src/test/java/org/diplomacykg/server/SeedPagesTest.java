package org.diplomacykg.server;

import static org.diplomacykg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pages of the converted seed articles as a browser gets them from the running server: the IRI, its 303 to the
 * page, the page. What each page must show is asked of the SPARQL endpoint first, so the pages are checked against
 * the data rather than against a copy of it: the conflict on where the 1 November 2015 ministerial took place (each
 * source's value with its article and sentence), and John Kerry's trip (its legs once each, in order).
 */
class SeedPagesTest {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String PREFIXES = """
        PREFIX dkg: <https://w3id.org/diplomacy-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        """;

    @RegisterExtension
    static final SeedServer SEED = new SeedServer();

    @Test
    void conflictPageShowsEachSourcesPlaceWithItsArticleAndSentence() {
        List<JsonObject> claims = select("""
            SELECT DISTINCT ?conflict ?value ?place ?publisher ?sentence WHERE {
              ?event a dkg:MultilateralMeeting ; dkg:date "2015-11-01"^^<http://www.w3.org/2001/XMLSchema#date> ;
                     dkg:hasConflict ?conflict .
              ?conflict dkg:conflictProperty dkg:place ; dkg:conflictingClaim ?claim .
              ?claim dkg:claimedValue ?value ; dkg:sourceArticle/dkg:publisherName ?publisher ;
                     dkg:evidence/dkg:text ?sentence .
              ?value rdfs:label ?place .
              FILTER (CONTAINS(?sentence, STR(?place)))
            } ORDER BY ?place""");
        assertEquals(1, claims.stream().map(c -> value(c, "conflict")).distinct().count(), "one conflict: " + claims);
        List<String> places = claims.stream().map(c -> value(c, "place")).distinct().toList();
        assertEquals(List.of("Samarkand", "Tashkent"), places, "the two sources disagree");
        assertEquals(2, claims.stream().map(c -> value(c, "publisher")).distinct().count(), "two sources: " + claims);

        String html = page(value(claims.get(0), "conflict"));
        int at = html.indexOf("<section id=\"conflicts\">");
        assertTrue(at > 0, "a section on the conflict:\n" + html);
        String section = html.substring(at, html.indexOf("</section>", at));
        for (JsonObject claim : claims) {
            String place = value(claim, "place");
            int row = section.indexOf("<td class=\"value\"><a href=\"" + pagePath(value(claim, "value")) + "\"");
            assertTrue(row > 0, place + " as a link in\n" + section);
            String cells = section.substring(row, section.indexOf("</tr>", row));
            assertTrue(cells.contains(">" + place + "</a>"), cells);
            assertTrue(cells.contains(escaped(value(claim, "publisher"))), value(claim, "publisher") + " in\n" + cells);
            assertTrue(cells.contains("<q>" + escaped(value(claim, "sentence")) + "</q>"), "the sentence in\n" + cells);
        }
        assertFalse(html.contains(">id/event/"), "no claim named by its IRI:\n" + html);
    }

    @Test
    void tripPageListsEachLegOnceInItsOrder() {
        List<JsonObject> legs = select("""
            SELECT ?trip ?leg ?n ?place WHERE {
              ?trip a dkg:Trip ; dkg:participant/rdfs:label "John Kerry"@en .
              ?leg dkg:legOf ?trip ; dkg:legNumber ?n ; dkg:place/rdfs:label ?place .
            } ORDER BY ?n""");
        assertTrue(legs.size() >= 5, "Kerry's trip has its legs: " + legs);
        String html = page(value(legs.get(0), "trip"));
        int at = html.indexOf("<section id=\"itinerary\">");
        assertTrue(at > 0, "an itinerary:\n" + html);
        String section = html.substring(at, html.indexOf("</section>", at));
        List<Integer> rows = new ArrayList<>();
        for (JsonObject leg : legs) {
            String href = "href=\"" + pagePath(value(leg, "leg")) + "\"";
            assertEquals(1, count(html, href), "leg " + value(leg, "n") + " once on the page, not again under the links");
            int row = section.indexOf(href);
            assertTrue(row > 0, href + " in the itinerary");
            String cells = section.substring(row, section.indexOf("</tr>", row));
            assertTrue(cells.contains(">Leg " + value(leg, "n") + "</a>") && cells.contains(">" + value(leg, "place") + "</a>"), cells);
            rows.add(row);
        }
        List<Integer> sorted = new ArrayList<>(rows);
        sorted.sort(null);
        assertEquals(sorted, rows, "the legs in the order of their numbers");
    }

    /** The page of {@code iri} as a browser reaches it: the IRI answers 303 to the page. */
    private static String page(String iri) {
        HttpResponse<String> r = get(SEED.server().resourceUrl(iri), BROWSER);
        assertEquals(303, r.statusCode(), iri);
        String location = r.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> p = get(SEED.server().rootUrl() + location.substring(1), BROWSER);
        assertEquals(200, p.statusCode(), location);
        assertTrue(contentType(p).startsWith("text/html"), contentType(p));
        return p.body();
    }

    private static String pagePath(String iri) {
        return "/page/" + iri.substring(ServerConfig.DEFAULT_BASE.length());
    }

    private static List<JsonObject> select(String query) {
        HttpResponse<String> r = getQuery(datasetUrl(SEED.server()) + "/sparql", PREFIXES + query, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().stream()
            .map(JsonValue::getAsObject).toList();
    }

    private static String value(JsonObject binding, String var) {
        return binding.get(var).getAsObject().getString("value");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1))
            n++;
        return n;
    }
}
