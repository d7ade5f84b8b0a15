package org.diplomacykg.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * The gold claims of one article, as a careful reader took them (the format of GOLD-FORMAT.md). Only the keys that
 * matching needs are kept; evidence strings are kept to show a person what was missed.
 *
 * @param article the article's id (its file name without extension)
 */
public record GoldClaims(String article, List<GoldEntity> entities, List<GoldPost> posts, List<GoldEvent> events,
                         List<GoldQuote> quotes, List<GoldCharacterisation> characterisations, List<String> topics) {
    public GoldClaims {
        entities = List.copyOf(entities);
        posts = List.copyOf(posts);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        characterisations = List.copyOf(characterisations);
        topics = List.copyOf(topics);
    }

    /** The entity types of the gold format. */
    public static final List<String> ENTITY_TYPES = List.of("Person", "State", "City", "Organisation", "Region");
    /** The event types of the gold format. */
    public static final List<String> EVENT_TYPES = List.of("Visit", "BilateralMeeting", "MultilateralMeeting", "Speech",
            "PressConference", "Ceremony", "JointStatement");

    /** {@code wikidata} is null when no sure identifier is known. */
    public record GoldEntity(String name, String type, String wikidata) {}

    /** {@code of} is the state or organisation the post belongs to. */
    public record GoldPost(String person, String post, String of) {}

    /** {@code place} (a city) and {@code date} are null when the text does not give them. */
    public record GoldEvent(String type, List<String> participants, String place, String country, LocalDate date,
                            boolean planned, String evidence, String key) {
        public GoldEvent {
            participants = List.copyOf(participants);
        }

        public GoldEvent(String type, List<String> participants, String place, String country, LocalDate date,
                         boolean planned, String evidence) {
            this(type, participants, place, country, date, planned, evidence, null);
        }
    }

    /** {@code anonymous}: the speaker is not named and {@code speaker} is the article's description of them. */
    public record GoldQuote(String speaker, boolean anonymous, String text, String evidence) {}

    /** {@code anonymous} as for quotes. */
    public record GoldCharacterisation(String speaker, boolean anonymous, String subject, String as, String evidence) {}
}
