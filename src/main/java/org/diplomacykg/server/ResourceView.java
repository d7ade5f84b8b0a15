package org.diplomacykg.server;

import java.util.List;
import java.util.Optional;

import org.diplomacykg.server.Pages.Alternate;

/**
 * What the page of one resource shows ({@code resource.jte}), as {@link ResourceHtml} reads it from the data: its
 * label, types and data formats; for an event the facts with their sources; the itinerary of its trip; the conflicts
 * between sources that concern it; the evidence of its sources in their articles; for an article its body with every
 * evidence span marked; every property with the graphs that state each value; the links to it that nothing above shows.
 *
 * @param truncated whether only the first {@code maxIncoming} links to the resource were read
 */
record ResourceView(String iri, String label, List<Shown> types, List<Alternate> formats, Optional<Event> event,
                    Optional<Itinerary> itinerary, List<Conflict> conflicts, List<Source> sources, Optional<Article> article,
                    List<PropertyRow> properties, List<IncomingRow> incoming, boolean truncated, int maxIncoming) {

    /** The event summary: participants, place, date, … each a row. */
    record Event(List<EventRow> rows) {
        /** The row named {@code name}. */
        Optional<EventRow> row(String name) {
            return rows.stream().filter(r -> r.name().equals(name)).findFirst();
        }
    }

    /** How an event row reads. */
    enum RowKind {
        /** Each value "according to" the graphs that state it. */
        ATTRIBUTED,
        /** The sources disagree: each value "according to" its articles, and a link to the conflicts. */
        DISPUTED,
        /** No source gives the value. */
        NOT_GIVEN,
        /** Each value with the graphs that state it in brackets. */
        REPORTS,
        /** The values alone. */
        LINKS
    }

    /** One row of the event summary. */
    record EventRow(String name, RowKind kind, List<Fact> facts) {}

    /** A value (one or several nodes) with its sources: graphs, or articles by their bylines. */
    record Fact(List<Shown> value, List<Shown> sources) {}

    /**
     * The legs of a trip in order.
     *
     * @param trip the trip, when the page is one of its legs
     */
    record Itinerary(Optional<Shown> trip, List<Leg> legs) {}

    /**
     * One leg: its number, place, dates (none when the sources give none), whether it was only planned, the events
     * there, and the articles that tell of it, by byline.
     *
     * @param current whether the page is this leg's
     */
    record Leg(String number, Shown link, boolean current, List<Shown> places, List<String> dates, boolean planned,
               List<Shown> events, List<String> toldBy) {}

    /**
     * A conflict between sources: the property, the events it is disputed on (not the page's own), each source's claim.
     */
    record Conflict(Shown property, List<Shown> events, List<Claim> claims) {}

    /** One source's claim in a conflict: the value, the articles with their bylines, their reports, the evidence. */
    record Claim(List<Shown> value, List<Byline> articles, List<Shown> reports, List<Evidence> evidence) {}

    /** An article, linked, with its publisher and date. */
    record Byline(Shown article, String byline) {}

    /** An evidence span: its sentence, if the data has it, and a link to it. */
    record Evidence(Optional<String> text, Shown span) {}

    /**
     * One evidence span of the resource in its article.
     *
     * @param heading the article (or, when the span names none, the span itself)
     * @param byline  the article's publisher and date, empty without an article
     * @param quote   the span inside its article body, when the body has it
     * @param text    otherwise the span's own text
     */
    record Source(Shown heading, String byline, Optional<Quote> quote, Optional<String> text) {}

    /**
     * A span inside the body of its article: the paragraph around it, and the whole body, each split at the span.
     *
     * @param span a link to the span itself
     */
    record Quote(String paragraphBefore, String marked, String paragraphAfter, int begin, int end, Shown span,
                 String bodyBefore, String bodyAfter) {}

    /**
     * An article's page: its body with the spans marked, the spans, and the claims of its graph.
     *
     * @param body the body as parts, each either an anchor or a run of text (marked when a span covers it); empty when
     *             the article has no body
     */
    record Article(Optional<List<BodyPart>> body, List<SpanRow> spans, List<ClaimList> claims) {}

    /** An anchor ({@code char=b,e}) or a run of text. */
    record BodyPart(Optional<String> anchor, String text, boolean marked) {}

    /** An evidence span of the article: its fragment ({@code char=b,e}), its text, the claims that cite it. */
    record SpanRow(String fragment, String text, List<Shown> citedBy) {}

    /**
     * The claims of one graph of the article, by type.
     *
     * @param more how many more claims there are than listed
     */
    record ClaimList(Shown graph, List<ClaimItem> claims, int more) {}

    /** A claim and its types (prefixed names). */
    record ClaimItem(Shown claim, String types) {}

    /** A property of the resource with its values. */
    record PropertyRow(Shown property, List<ValueRow> values) {}

    /**
     * A value with the graphs that state it.
     *
     * @param summary for a long literal, its beginning (the page folds the rest)
     */
    record ValueRow(Shown value, Optional<String> summary, List<Shown> statedIn) {}

    /** A link to the resource: from what, by which property, stated in which graphs. */
    record IncomingRow(Shown from, Shown property, List<Shown> statedIn) {}
}
