package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplomacykg.TestData;
import org.diplomacykg.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A government's own publication names its officials by title alone; their posts are of the publisher's state
 * (data/rules/publisher-officials.tsv). Texts written for the test.
 */
class PublisherStateTest {
    private static final String TRANSCRIPT = """
            June 01, 2023

            Shri Ana Duarte, Official Spokesperson: Good afternoon to all of you. We have with us Foreign Secretary Tom Brandt. Also joining us is the Ambassador to Peru, Sri Rui Costa.

            Shri Tom Brandt, Foreign Secretary: Thank you very much. President Marco Polo will visit Lima on Friday.
            """;

    private static Set<String> posts(String publisher, String body) {
        Article a = new Article("t", "t.txt", "Briefing", publisher, LocalDate.parse("2023-06-01"), "en", Optional.empty(), Map.of(), body);
        return TestData.converter().claims(a).posts().stream()
                .map(p -> p.person().label() + " | " + p.title() + " | " + (p.in() == null ? "-" : p.in().label()))
                .collect(Collectors.toSet());
    }

    @Test
    void aMinistrysTranscriptGivesItsOfficialsItsState() {
        Set<String> posts = posts("Ministry of Foreign Affairs, Government of Chile", TRANSCRIPT);
        for (String expected : List.of("Ana Duarte | Official Spokesperson | Chile", "Tom Brandt | Foreign Secretary | Chile",
                "Rui Costa | Ambassador to Peru | Chile")) {
            assertEquals(true, posts.contains(expected), expected + " among " + posts);
        }
        // a head of state printed by title alone may be a foreign leader
        assertEquals(true, posts.stream().noneMatch(p -> p.startsWith("Marco Polo")), posts.toString());
    }

    @Test
    void aNewspaperNamedAfterItsStateIsNoGovernment() {
        assertEquals(Set.of(), posts("Times of Chile", TRANSCRIPT));
    }

    @Test
    void aStoryInAStateItNamesGivesTheHostNotThePublisher() {
        Set<String> posts = posts("U.S. Department of State", "Ana Duarte arrived in Lima on Monday for talks. Spokesperson Tom Brandt said the talks went well.");
        assertEquals(true, posts.stream().noneMatch(p -> p.endsWith("United States")), posts.toString());
    }
}
