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

    /** The same claims, of the given article (the one they were taken from, when the NLP read a masked copy). */
    public Claims withArticle(Article a) {
        return new Claims(a, mentions, posts, events, quotes, characterisations, topics);
    }

    /**
     * The distinct entities the article names: by its mentions (a demonym names its state, "Russian aggression",
     * but not a former one, "former Soviet republics"), then the entities of every claim. Distinct by gazetteer IRI, else by type and label.
     */
    public List<Entity> entities() {
        java.util.Map<String, Entity> distinct = new java.util.LinkedHashMap<>();
        java.util.function.Consumer<Entity> add = e -> {
            if (e != null) {
                distinct.putIfAbsent(e.key(), e);
            }
        };
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.DEMONYM || !m.formerly()) {
                add.accept(m.entity());
            }
        }
        for (PostClaim p : posts) {
            // The post's state is named only when a mention names it; the gazetteer may have supplied it.
            add.accept(p.person());
        }
        for (EventClaim e : events) {
            e.participants().forEach(add);
            add.accept(e.place());
        }
        quotes.forEach(q -> add.accept(q.speaker()));
        characterisations.forEach(c -> {
            add.accept(c.speaker());
            add.accept(c.subject());
        });
        return new java.util.ArrayList<>(distinct.values());
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
     * holds each sentence that reports it (several when the article comes back to it); {@code period} is the earlier
     * year or month the article puts it in when it gives no day ("visited Kenya in 2010": {@code 2010}), else null.
     */
    public record EventClaim(EventType type, List<Entity> participants, Entity place, LocalDate date, boolean planned,
                             List<Span> evidence, String rule, String period) {
        public EventClaim {
            participants = List.copyOf(participants);
            evidence = List.copyOf(evidence);
        }

        /** An event of now: the article names no earlier year or month for it. */
        public EventClaim(EventType type, List<Entity> participants, Entity place, LocalDate date, boolean planned,
                          List<Span> evidence, String rule) {
            this(type, participants, place, date, planned, evidence, rule, null);
        }

        /** The same event in the year or month {@code period} ({@code 2010}, {@code 2017-05}). */
        public EventClaim inPeriod(String period) {
            return new EventClaim(type, participants, place, date, planned, evidence, rule, period);
        }
    }

    /** Quoted words; {@code speaker} null when the article does not name one (then maybe a description). */
    public record QuoteClaim(String text, Span quote, Entity speaker, String speakerDescription, Span evidence, String rule) {}

    /**
     * A speaker characterises a subject as something; {@code speaker} null when the article does not name one (then
     * {@code speakerDescription} says how it describes them); {@code subject} null when the subject is no one entity
     * (then {@code subjectDescription} gives the words that name it: "the United States and Brazil", "Brazilian
     * cooperation on trade"); {@code description} is the quoted span of {@code as}.
     */
    public record CharacterisationClaim(Entity speaker, String speakerDescription, Entity subject, String subjectDescription,
                                        String as, Span description, Span evidence, String rule) {
        public CharacterisationClaim {
            if ((subject == null) == (subjectDescription == null)) {
                throw new IllegalArgumentException("a characterisation has a subject or a subject description, not both: "
                        + subject + " / " + subjectDescription);
            }
        }

        /** The subject's label, or the words that describe it. */
        public String subjectLabel() {
            return subject != null ? subject.label() : subjectDescription;
        }
    }
}
