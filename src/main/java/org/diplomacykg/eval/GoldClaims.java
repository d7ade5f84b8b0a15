package org.diplomacykg.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * The gold claims of one article, as a careful reader took them (the format of GOLD-FORMAT.md). Only the keys that
 * matching needs are kept; evidence strings are kept to show a person what was missed.
 *
 * @param article           the article's id (its file name without extension)
 * @param descriptiveLabels the file's {@code descriptive_labels}: how the article names people or bodies it does not
 *                          name (speakers, participants), which are therefore no entities
 */
public record GoldClaims(String article, List<GoldEntity> entities, List<GoldPost> posts, List<GoldEvent> events,
                         List<GoldQuote> quotes, List<GoldCharacterisation> characterisations, List<String> topics,
                         List<String> descriptiveLabels) {
    public GoldClaims {
        entities = List.copyOf(entities);
        posts = List.copyOf(posts);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        characterisations = List.copyOf(characterisations);
        topics = List.copyOf(topics);
        descriptiveLabels = List.copyOf(descriptiveLabels);
    }

    /** Gold without {@code descriptive_labels}. */
    public GoldClaims(String article, List<GoldEntity> entities, List<GoldPost> posts, List<GoldEvent> events,
                      List<GoldQuote> quotes, List<GoldCharacterisation> characterisations, List<String> topics) {
        this(article, entities, posts, events, quotes, characterisations, topics, List.of());
    }

    /** The entity types of the gold format. */
    public static final List<String> ENTITY_TYPES = List.of("Person", "State", "City", "Organisation", "Region");
    /** The event types of the gold format. */
    public static final List<String> EVENT_TYPES = List.of("Visit", "BilateralMeeting", "MultilateralMeeting", "Speech",
            "PressConference", "Ceremony", "JointStatement");

    /**
     * {@code wikidata} is null when no sure identifier is known; {@code aliases} are the other spellings of the name
     * that the article uses.
     */
    public record GoldEntity(String name, String type, String wikidata, List<String> aliases) {
        public GoldEntity {
            aliases = List.copyOf(aliases);
        }

        public GoldEntity(String name, String type, String wikidata) {
            this(name, type, wikidata, List.of());
        }
    }

    /** {@code of} is the state or organisation the post belongs to. */
    /** A post; {@code former} when the article says the person held it before (the title is then given without "former"). */
    public record GoldPost(String person, String post, String of, boolean former) {
        public GoldPost(String person, String post, String of) {
            this(person, post, of, false);
        }
    }

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

    /**
     * {@code anonymous}: the speaker is not named and {@code speaker} is the article's description of them. Gold
     * written without that flag says the same by giving a speaker that is no entity of the file (see
     * {@link ClaimMatcher}).
     */
    public record GoldQuote(String speaker, boolean anonymous, String text, String evidence) {}

    /** {@code anonymous} as for quotes. */
    public record GoldCharacterisation(String speaker, boolean anonymous, String subject, String as, String evidence) {}
}
