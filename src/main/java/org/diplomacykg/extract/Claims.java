package org.diplomacykg.extract;

import java.time.LocalDate;
import java.util.List;
import org.diplomacykg.article.Article;

/**
 * Everything the converter takes from one article, each claim with the span of the sentence it came from.
 */
public record Claims(Article article, List<Mention> mentions, List<PostClaim> posts, List<EventClaim> events,
                     List<QuoteClaim> quotes, List<CharacterisationClaim> characterisations, List<TopicClaim> topics) {
    public Claims {
        mentions = List.copyOf(mentions);
        posts = List.copyOf(posts);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        characterisations = List.copyOf(characterisations);
        topics = List.copyOf(topics);
    }

    /** The article discusses a topic (a concept of the topic scheme), with the sentences that show it. */
    public record TopicClaim(String concept, String label, List<Span> evidence) {
        public TopicClaim {
            evidence = List.copyOf(evidence);
        }
    }

    /** A person holds a post (title in a state or organisation) at the date of the article. */
    public record PostClaim(Entity person, String title, Entity in, Span evidence, String rule) {}

    /**
     * A diplomatic event. {@code place} and {@code date} are null when the text does not give them; {@code evidence}
     * holds each sentence that reports it (several when the article comes back to it).
     */
    public record EventClaim(EventType type, List<Entity> participants, Entity place, LocalDate date, boolean planned,
                             List<Span> evidence, String rule) {
        public EventClaim {
            participants = List.copyOf(participants);
            evidence = List.copyOf(evidence);
        }
    }

    /** Quoted words; {@code speaker} null when the article does not name one (then maybe a description). */
    public record QuoteClaim(String text, Span quote, Entity speaker, String speakerDescription, Span evidence, String rule) {}

    /** A speaker characterises a subject as something; {@code description} is the quoted span of {@code as}, if quoted. */
    public record CharacterisationClaim(Entity speaker, Entity subject, String as, Span description, Span evidence, String rule) {}
}
