package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplomacykg.TestData;
import org.diplomacykg.extract.Claims.EventClaim;
import org.diplomacykg.extract.Claims.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Each rule on sentences written for the test, not taken from the seed articles: what no row of a case file can say
 * (counts, "at least these participants", a date or plan tied to one place, speaker descriptions, evidence spans,
 * topics). Participants, place, date, planned, posts and speakers are rows of src/test/resources/rules/*.tsv
 * ({@link CaseFilesTest}).
 */
class ExtractionRulesTest {
    private static Set<String> labels(List<Entity> es) {
        return es.stream().map(Entity::label).collect(Collectors.toSet());
    }

    private static List<EventClaim> events(Claims c, EventType type) {
        return c.events().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void gazetteerLinksSpellingVariantsAndSurnames() {
        Claims c = TestData.claims("2014-05-20", "Nursultan Nazarbaev welcomed the delegation in Astana. Nazarbaev spoke first.");
        Set<String> found = c.mentions().stream().map(m -> m.entity().label()).collect(Collectors.toSet());
        assertTrue(found.contains("Nursultan Nazarbayev"), found.toString());
        assertTrue(found.contains("Astana"), found.toString());
        assertTrue(c.mentions().stream().allMatch(m -> m.entity().inGazetteer()), "all known: " + c.mentions());
    }

    @Test
    void unknownNamesBecomeEntitiesOfTheNlpType() {
        Claims c = TestData.claims("2020-02-02", "The envoy Ivo Drabek arrived in Freetown on Monday.");
        assertTrue(c.mentions().stream().anyMatch(m -> m.entity().label().equals("Ivo Drabek")
                && m.entity().type() == EntityType.PERSON && !m.entity().inGazetteer()), c.mentions().toString());
    }




    @Test
    void multilateralMeetingWithListedStates() {
        Claims c = TestData.claims("2019-07-02", "Wang Yi held talks with the foreign ministers of Kazakhstan, Kyrgyzstan and Uzbekistan in Beijing.");
        EventClaim e = events(c, EventType.MULTILATERAL_MEETING).get(0);
        assertTrue(labels(e.participants()).containsAll(Set.of("Wang Yi", "Kazakhstan", "Kyrgyzstan", "Uzbekistan")), e.toString());
        assertEquals("Beijing", e.place().label());
    }

    @Test
    void countedGroupOfStatesResolvedOnlyWhenTheCountFits() {
        Claims c = TestData.claims("2018-03-27", "Lavrov met officials from the five Central Asian states in Tashkent.");
        EventClaim e = events(c, EventType.MULTILATERAL_MEETING).get(0);
        assertTrue(labels(e.participants()).containsAll(Set.of("Kazakhstan", "Tajikistan", "Turkmenistan")), e.toString());
        Claims wrong = TestData.claims("2018-03-27", "Lavrov met officials from seven Central Asian states in Tashkent.");
        assertTrue(events(wrong, EventType.MULTILATERAL_MEETING).isEmpty(), wrong.events().toString());
    }

    @Test
    void visitAndPlannedVisit() {
        Claims c = TestData.claims("2022-08-02", "Nancy Pelosi travelled to Singapore on Monday. She is expected to visit Japan later.");
        List<EventClaim> visits = events(c, EventType.VISIT);
        EventClaim done = visits.stream().filter(v -> v.place().label().equals("Singapore")).findFirst().orElseThrow();
        assertFalse(done.planned());
        assertEquals(LocalDate.of(2022, 8, 1), done.date());
        EventClaim planned = visits.stream().filter(v -> v.place().label().equals("Japan")).findFirst().orElseThrow();
        assertTrue(planned.planned());
        assertNull(planned.date(), "'later' is no date");
    }

    @Test
    void negatedMeetingIsNoEvent() {
        Claims c = TestData.claims("2019-02-28", "Donald Trump did not meet Kim Jong Un in Hanoi on Thursday.");
        assertTrue(c.events().stream().noneMatch(e -> e.type().isMeeting()), c.events().toString());
    }




    @Test
    void unnamedSpeakerKeepsItsDescription() {
        Claims c = TestData.claims("2020-05-05", "A senior European diplomat said that \"the sanctions will stay in place until the summer\".");
        QuoteClaim q = c.quotes().get(0);
        assertNull(q.speaker());
        assertEquals("a senior European diplomat", q.speakerDescription());
    }

    @Test
    void aDescriptionEndsAtItsComma() {
        Claims c = TestData.claims("2019-01-22", "\u201CWe have a responsibility to protect and promote our language\u201D, said the prime minister, on his second day of visit to Lima.");
        QuoteClaim q = c.quotes().get(0);
        assertNull(q.speaker());
        assertEquals("the prime minister", q.speakerDescription());
    }

    @Test
    void scareQuotesAreNotQuotes() {
        Claims c = TestData.claims("2020-05-05", "Officials called the talks \"productive\" and \"frank\".");
        assertTrue(c.quotes().isEmpty(), c.quotes().toString());
    }


    @Test
    void characterisationDescribedAs() {
        Claims c = TestData.claims("2021-02-10", "Antony Blinken described Japan as \"a cornerstone of peace in the region\".");
        var ch = c.characterisations().get(0);
        assertEquals("Antony Blinken", ch.speaker().label());
        assertEquals("Japan", ch.subject().label());
        assertEquals("a cornerstone of peace in the region", ch.as());
        assertTrue(c.quotes().isEmpty(), "the description is the characterisation, not also a quote");
    }

    @Test
    void everyClaimHasSentenceEvidence() {
        String body = "Emmanuel Macron met Olaf Scholz in Berlin on Tuesday. \u201CEurope must stand together,\u201D Macron said.";
        Claims c = TestData.claims("2023-01-25", body);
        for (EventClaim e : c.events()) {
            for (Span s : e.evidence()) {
                assertTrue(body.substring(s.begin(), s.end()).contains("met"), e.toString());
            }
        }
        assertFalse(c.events().isEmpty());
    }

    @Test
    void quoteSpansSurviveAnUnclosedMark() {
        String t = "He called it a \"valued partner.\n\nLater he said:\n\n\"We will meet again in spring.\" The end.";
        List<Span> spans = QuoteSpans.find(t);
        assertEquals(1, spans.size());
        assertEquals("We will meet again in spring.", spans.get(0).of(t));
    }

    @Test
    void transcriptTurnsAreQuotesOfTheLabelledSpeaker() {
        String body = "Antony Blinken\nSecretary of State\nBrussels, Belgium\n\n"
                + "SECRETARY BLINKEN: Good afternoon. We have had a productive day with our allies here.\n\n"
                + "Our support for Ukraine will not waver, and we said so together.\n\n"
                + "QUESTION: Mr. Secretary, will there be new sanctions next week?\n\n"
                + "SECRETARY BLINKEN: We are looking at every option with our partners.";
        Claims c = TestData.claims("2023-04-04", body);
        List<QuoteClaim> quotes = c.quotes();
        assertEquals(3, quotes.size(), quotes.toString());
        assertTrue(quotes.stream().allMatch(q -> q.speaker() != null && q.speaker().label().equals("Antony Blinken")));
        assertTrue(quotes.stream().noneMatch(q -> q.text().contains("sanctions")), "the question is nobody's quote here");
    }

    @Test
    void unlabelledQuestionAddressingTheSpeakerEndsTheTurn() {
        String body = "Biden:\nWe will take two questions today, starting with the press pool.\n\n"
                + "Thank you, Mr. President. President Biden, what did you tell President Xi about Taiwan today?";
        Claims c = TestData.claims("2023-11-15", body);
        assertEquals(1, c.quotes().size(), c.quotes().toString());
        assertTrue(c.quotes().get(0).text().startsWith("We will take two questions"));
    }

    @Test
    void topicNeedsTwoSentences() {
        Claims c = TestData.claims("2015-07-14", "The deal limits Iran's nuclear programme. Uranium enrichment will be capped. "
                + "Trade talks are planned for later.");
        Set<String> topics = c.topics().stream().map(Claims.TopicClaim::label).collect(Collectors.toSet());
        assertTrue(topics.contains("nuclear non-proliferation"), topics.toString());
        assertFalse(topics.contains("trade and economy"), "one sentence in passing is not a topic: " + topics);
    }

    @Test
    void meetingWithTwoOfficialsOfOneStateIsBilateral() {
        Claims c = TestData.claims("2015-11-03", "John Kerry met Kazakh President Nursultan Nazarbayev and Prime Minister Karim Massimov in Astana.");
        assertEquals(1, events(c, EventType.BILATERAL_MEETING).size(), c.events().toString());
        assertTrue(events(c, EventType.MULTILATERAL_MEETING).isEmpty());
    }

    @Test
    void characterisationSurvivesAMisreadSentence() {
        Claims c = TestData.claims("2019-03-01", "Several watchdog groups describe Erdogan's government as among the least free in Europe.");
        var ch = c.characterisations().stream().filter(x -> x.subjectLabel().equals("Turkey")).findFirst().orElseThrow(() -> new AssertionError(c.characterisations().toString()));
        assertNull(ch.speaker());
        assertTrue(ch.speakerDescription().contains("watchdog groups"), ch.toString());
        assertTrue(ch.as().startsWith("among the least free"), ch.as());
    }

    @Test
    void meetingNamedAfterABodyIsMultilateral() {
        Claims c = TestData.claims("2023-04-19", "The G7 Foreign Ministers' Meeting was held in Karuizawa on Tuesday.");
        EventClaim e = events(c, EventType.MULTILATERAL_MEETING).get(0);
        assertTrue(labels(e.participants()).contains("Group of Seven"), e.toString());
        assertEquals(LocalDate.of(2023, 4, 18), e.date());
    }

    @Test
    void attendeesJoinTheMeeting() {
        Claims c = TestData.claims("2023-04-19", "The ASEAN summit was held in Jakarta on Tuesday. Japanese Prime Minister Fumio Kishida attended.");
        EventClaim e = events(c, EventType.MULTILATERAL_MEETING).get(0);
        assertTrue(labels(e.participants()).contains("Fumio Kishida"), e.toString());
    }

    @Test
    void pluralMeetingsWithSeveralCounterpartsAreOneEach() {
        Claims c = TestData.claims("2022-05-10", "Antony Blinken held meetings with Olaf Scholz, Emmanuel Macron and Mario Draghi.");
        assertEquals(3, events(c, EventType.BILATERAL_MEETING).size(), c.events().toString());
    }




    @Test
    void wireDatelineDateIsNotAnEventDate() {
        Claims c = TestData.claims("2018-01-16", "KABUL, Jan. 15 (Xinhua) -- The delegation of Japan held talks with Ashraf Ghani.");
        assertTrue(c.events().stream().allMatch(e -> e.date() == null), c.events().toString());
    }


    @Test
    void agencyCreditsAreNotEntities() {
        Claims c = TestData.claims("2015-04-02", "The talks will resume in June.\n\njil/rc (Reuters, AFP, dpa)");
        assertTrue(c.entities().stream().noneMatch(e -> e.label().contains("Reuters") || e.label().contains("Agence")), c.entities().toString());
    }
    @Test
    void bilateralTalksBesideAMultilateralSessionStayTheirOwnMeeting() {
        Claims c = TestData.claims("2023-03-02", "Antony Blinken went to Astana for bilateral talks with Kazakh officials and, on "
                + "28 February, held the second session of the format with the foreign ministers of Kazakhstan, Kyrgyzstan, "
                + "Tajikistan, Turkmenistan and Uzbekistan.");
        List<EventClaim> multilateral = events(c, EventType.MULTILATERAL_MEETING);
        assertEquals(1, multilateral.size(), c.events().toString());
        assertTrue(labels(multilateral.get(0).participants()).containsAll(Set.of("Antony Blinken", "Kazakhstan", "Uzbekistan")),
                multilateral.get(0).toString());
        assertTrue(events(c, EventType.BILATERAL_MEETING).stream()
                .anyMatch(e -> labels(e.participants()).equals(Set.of("Antony Blinken", "Kazakhstan"))), c.events().toString());
    }

    @Test
    void consultationsWithEachStateAreNotFoldedIntoAMeetingOfThemAll() {
        Claims c = TestData.claims("2019-07-10", "On 8 July, Wang Yi held a meeting with the foreign ministers of Kazakhstan, "
                + "Kyrgyzstan and Uzbekistan in Bishkek. He then held consultations with the presidents of Kyrgyzstan and Uzbekistan.");
        assertEquals(1, events(c, EventType.MULTILATERAL_MEETING).size(), c.events().toString());
        assertEquals(2, events(c, EventType.BILATERAL_MEETING).size(), c.events().toString());
    }

    @Test
    void aMeetingOnTheSidelinesOfANamedGatheringBorrowsNoDateFromAnEarlierMeeting() {
        Claims c = TestData.claims("2019-07-10", "On 8 July, Wang Yi held a meeting with the foreign ministers of Kazakhstan, "
                + "Kyrgyzstan and Uzbekistan in Bishkek. The first such meeting was held in September on the sidelines of the "
                + "UN General Assembly meeting in New York.");
        assertTrue(c.events().stream().filter(e -> e.place() != null && e.place().label().startsWith("New York"))
                .allMatch(e -> e.date() == null), c.events().toString());
    }
}
