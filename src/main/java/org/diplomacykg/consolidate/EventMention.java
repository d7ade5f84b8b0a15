package org.diplomacykg.consolidate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One article's report of an event, as its named graph states it.
 *
 * @param iri          the article-level event IRI
 * @param articleId    the article's id (file name without extension)
 * @param articleDate  the article's publication date, or null when the metadata lacks it
 * @param type         the local name of its event class (Visit, BilateralMeeting, ...)
 * @param date         its date, or null when the article gives none
 * @param period       the earlier year or month the article puts it in when it gives no day ({@code dkg:period}), or null
 * @param place        IRI of its place, or null
 * @param participants IRIs of its participants
 * @param planned      reported as planned, not as happened
 * @param evidence     IRIs of its evidence spans
 * @param position     offset of its first evidence span in the article body (narrative order)
 */
public record EventMention(String iri, String articleId, LocalDate articleDate, String type, LocalDate date, String period,
                           String place, Set<String> participants, boolean planned, List<String> evidence, int position)
        implements java.io.Serializable {
    public EventMention {
        participants = Set.copyOf(participants);
        evidence = List.copyOf(evidence);
    }

    /** A report of an event of the article's own time (no earlier period). */
    public EventMention(String iri, String articleId, LocalDate articleDate, String type, LocalDate date, String place,
                        Set<String> participants, boolean planned, List<String> evidence, int position) {
        this(iri, articleId, articleDate, type, date, null, place, participants, planned, evidence, position);
    }

    /** The same report with the article's publication date. */
    public EventMention withArticleDate(LocalDate published) {
        return new EventMention(iri, articleId, published, type, date, period, place, participants, planned, evidence, position);
    }

    /** The same report under another IRI. */
    public EventMention withIri(String other) {
        return new EventMention(other, articleId, articleDate, type, date, period, place, participants, planned, evidence, position);
    }
}
