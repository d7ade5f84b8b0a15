package org.diplomacykg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClustererTest {
    private static final String KERRY = "p:kerry";
    private static final String LAVROV = "p:lavrov";
    private static final String WANG = "p:wang";
    private static final String US = "s:us";
    private static final String RU = "s:ru";
    private static final String GENEVA = "c:geneva";
    private static final String VIENNA = "c:vienna";
    private static final String SWISS = "s:ch";
    private static final Places PLACES = new Places(
            Map.of(GENEVA, Set.of(SWISS), VIENNA, Set.of("s:at")),
            Map.of(KERRY, US, LAVROV, RU, WANG, "s:cn"),
            Map.of(KERRY, "Person", LAVROV, "Person", WANG, "Person", US, "State", RU, "State", GENEVA, "City", VIENNA, "City", SWISS, "State"));

    private static EventMention m(String article, String published, String type, String date, String place, String... participants) {
        return new EventMention(article + "/" + type + "/" + date + "/" + place, article, LocalDate.parse(published), type,
                date == null ? null : LocalDate.parse(date), place, Set.of(participants), false, List.of(), 0);
    }

    private static int clusters(EventMention... ms) {
        return new Clusterer(PLACES).cluster(List.of(ms)).size();
    }

    @Test
    void sameMeetingFromTwoArticlesJoinsEvenWhenThePlacesDisagree() {
        assertEquals(1, clusters(m("a", "2014-01-15", "BilateralMeeting", "2014-01-14", GENEVA, KERRY, LAVROV),
                m("b", "2014-01-16", "BilateralMeeting", "2014-01-14", VIENNA, KERRY, LAVROV)));
    }

    @Test
    void aStateStandsForItsMinister() {
        assertEquals(1, clusters(m("a", "2014-01-15", "BilateralMeeting", "2014-01-14", GENEVA, KERRY, LAVROV),
                m("b", "2014-01-15", "BilateralMeeting", "2014-01-14", SWISS, KERRY, RU)));
    }

    @Test
    void differentDatesNeverJoin() {
        assertEquals(2, clusters(m("a", "2014-01-20", "BilateralMeeting", "2014-01-14", GENEVA, KERRY, LAVROV),
                m("b", "2014-01-20", "BilateralMeeting", "2014-01-17", GENEVA, KERRY, LAVROV)));
    }

    private static EventMention inPeriod(EventMention m, String period) {
        return new EventMention(m.iri() + "@" + period, m.articleId(), m.articleDate(), m.type(), m.date(), period, m.place(),
                m.participants(), m.planned(), m.evidence(), m.position());
    }

    @Test
    void anEventOfAnEarlierYearJoinsOnlyReportsOfThatYear() {
        // "visited Geneva on Tuesday" and "the last time he visited Geneva was in 2010", in articles of the same week
        assertEquals(2, clusters(m("a", "2014-01-15", "Visit", "2014-01-14", GENEVA, KERRY),
                inPeriod(m("b", "2014-01-16", "Visit", null, GENEVA, KERRY), "2010")));
        // two articles years apart telling of the same visit in 2010
        assertEquals(1, clusters(inPeriod(m("a", "2014-01-15", "Visit", null, GENEVA, KERRY), "2010"),
                inPeriod(m("b", "2016-06-01", "Visit", null, GENEVA, KERRY), "2010")));
        assertEquals(2, clusters(inPeriod(m("a", "2014-01-15", "Visit", null, GENEVA, KERRY), "2010"),
                inPeriod(m("b", "2014-01-15", "Visit", null, GENEVA, KERRY), "2011-05")));
    }

    @Test
    void undatedReportsJoinOnlyWhenPublishedWithinAWeek() {
        assertEquals(1, clusters(m("a", "2014-01-15", "BilateralMeeting", "2014-01-14", GENEVA, KERRY, LAVROV),
                m("b", "2014-01-18", "BilateralMeeting", null, GENEVA, KERRY, LAVROV)));
        assertEquals(2, clusters(m("a", "2014-01-15", "BilateralMeeting", "2014-01-14", GENEVA, KERRY, LAVROV),
                m("b", "2015-03-02", "BilateralMeeting", null, GENEVA, KERRY, LAVROV)));
    }

    @Test
    void otherPartnersOrAnotherKindAreAnotherEvent() {
        assertEquals(2, clusters(m("a", "2014-01-15", "BilateralMeeting", "2014-01-14", GENEVA, KERRY, LAVROV),
                m("b", "2014-01-15", "BilateralMeeting", "2014-01-14", GENEVA, KERRY, WANG)));
        assertEquals(2, clusters(m("a", "2014-01-15", "BilateralMeeting", "2014-01-14", GENEVA, KERRY, LAVROV),
                m("b", "2014-01-15", "PressConference", "2014-01-14", GENEVA, KERRY, LAVROV)));
    }

    @Test
    void visitsToDifferentPlacesStayApartAndTheOrderOfArrivalDoesNotMatter() {
        EventMention a = m("a", "2014-01-15", "Visit", "2014-01-14", GENEVA, KERRY);
        EventMention b = m("b", "2014-01-15", "Visit", "2014-01-14", VIENNA, KERRY);
        EventMention c = m("c", "2014-01-15", "Visit", "2014-01-14", SWISS, KERRY);
        assertEquals(2, clusters(a, b));
        assertEquals(clusters(a, c, b), clusters(b, c, a));
        assertEquals(2, clusters(a, c, b));
    }

    @Test
    void aVisitToARegionIsTheTourNotOneOfItsStops() {
        Places places = new Places(Map.of(GENEVA, Set.of(SWISS), SWISS, Set.of("r:europe")), Map.of(),
                Map.of(GENEVA, "City", SWISS, "State", "r:europe", "Region", KERRY, "Person"));
        List<Clusterer.Cluster> cs = new Clusterer(places).cluster(List.of(
                m("a", "2014-01-15", "Visit", "2014-01-14", GENEVA, KERRY),
                m("b", "2014-01-15", "Visit", null, "r:europe", KERRY)));
        assertEquals(2, cs.size());
    }

    @Test
    void oneArticlesOwnReportsAreNeverJoinedHere() {
        assertEquals(2, clusters(m("a", "2014-01-15", "BilateralMeeting", "2014-01-14", GENEVA, KERRY, LAVROV),
                m("a", "2014-01-15", "BilateralMeeting", "2014-01-14", GENEVA, KERRY, LAVROV).withIri("a/other")));
    }
    private static EventMention at(EventMention m, int position) {
        return new EventMention(m.iri() + "@" + position, m.articleId(), m.articleDate(), m.type(), m.date(), m.place(),
                m.participants(), m.planned(), m.evidence(), position);
    }

    @Test
    void anUndatedReportInALaterArticleJoinsThroughTheDayItsNarrativeIsAnchoredOn() {
        // b, published seven weeks later, dates its meeting with Wang but not the one with Lavrov that follows it
        EventMention a = m("a", "2014-01-15", "BilateralMeeting", "2014-01-14", GENEVA, KERRY, LAVROV);
        EventMention bDated = at(m("b", "2014-03-05", "BilateralMeeting", "2014-01-13", GENEVA, KERRY, WANG), 10);
        EventMention bUndated = at(m("b", "2014-03-05", "BilateralMeeting", null, GENEVA, KERRY, LAVROV), 200);
        assertEquals(2, clusters(a, bDated, bUndated));
        // without the dated report before it, the undated one is anchored on its article's date: seven weeks off
        assertEquals(2, clusters(a, bUndated));
    }

    @Test
    void anAnchoredReportMayPlaceTheMeetingInAnotherCityOfTheSameStateButNotAbroad() {
        String bern = "c:bern";
        Places places = new Places(Map.of(GENEVA, Set.of(SWISS), bern, Set.of(SWISS), VIENNA, Set.of("s:at")),
                Map.of(KERRY, US, LAVROV, RU),
                Map.of(KERRY, "Person", LAVROV, "Person", US, "State", RU, "State", GENEVA, "City", bern, "City", VIENNA, "City",
                        SWISS, "State", "s:at", "State"));
        EventMention a = m("a", "2014-01-15", "BilateralMeeting", "2014-01-14", GENEVA, KERRY, RU);
        EventMention bDated = at(m("b", "2014-03-05", "MultilateralMeeting", "2014-01-14", GENEVA, KERRY, WANG, LAVROV), 10);
        EventMention inBern = at(m("b", "2014-03-05", "BilateralMeeting", null, bern, KERRY, LAVROV), 200);
        EventMention inVienna = at(m("b", "2014-03-05", "BilateralMeeting", null, VIENNA, KERRY, LAVROV), 200);
        assertEquals(2, new Clusterer(places).cluster(List.of(a, bDated, inBern)).size());
        assertEquals(3, new Clusterer(places).cluster(List.of(a, bDated, inVienna)).size());
    }
}
