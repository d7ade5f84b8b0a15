package org.diplomacykg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * The content negotiation rule of every document the server negotiates (the ontology, resource pages and data,
 * VoID, the service description), through {@link RdfFormat#negotiate}: HTML for browsers, RDF for everyone else.
 * <ol>
 * <li>No {@code Accept} header (or an empty one) counts as {@code *}{@code /*}.</li>
 * <li>Each offer gets the quality (q) of the <em>most specific</em> range of the header that matches it
 *     (RFC 9110 §12.5.1: in {@code text/html;q=0, *}{@code /*} HTML has q=0, not 1); q=0 means not acceptable.</li>
 * <li>HTML is a candidate only when the client names it, by {@code text/html} or {@code text/*}: a wildcard
 *     {@code *}{@code /*} alone (curl, scripts, RDF libraries) never gets HTML.</li>
 * <li>HTML wins only when its q is strictly higher than every RDF offer's: a client that puts any RDF format at
 *     least as high as HTML gets RDF.</li>
 * <li>Among the RDF offers the highest q wins; ties go to the earlier offer in the caller's preference order.</li>
 * <li>Nothing acceptable: empty (the caller answers 406).</li>
 * </ol>
 * Jena's {@link AcceptList} parses the header; its own {@code AcceptList.match} is not used for the choice because
 * it takes the highest q of any matching range, so it would treat {@code text/html;q=0, *}{@code /*} as accepting
 * HTML and return a q=0 type rather than none.
 */
final class Negotiation {

    private static final MediaType TEXT_HTML = MediaType.create("text/html");

    private Negotiation() {}

    /**
     * The offer to send for {@code acceptHeader}.
     *
     * @param acceptHeader     the header value, or {@code null} when the request has none
     * @param html             the HTML offer, or {@code null} when there is none
     * @param rdfByPreference  the RDF offers, the preferred first (it wins ties)
     * @param mediaType        the media type of an offer
     */
    static <T> Optional<T> choose(String acceptHeader, T html, List<T> rdfByPreference, Function<T, MediaType> mediaType) {
        List<MediaRange> ranges = acceptHeader == null ? List.of() : parse(acceptHeader);
        if (ranges.isEmpty())
            ranges = List.of(new MediaRange("*/*"));

        T best = null;
        double bestQ = 0;
        for (T f : rdfByPreference) {
            double q = quality(ranges, mediaType.apply(f));
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        if (html != null && namesHtml(ranges) && quality(ranges, mediaType.apply(html)) > bestQ)
            return Optional.of(html);
        return Optional.ofNullable(best);
    }

    /** Media types are case-insensitive; Jena's parser is not. Blank entries ({@code "a, ,b"}) are dropped. */
    private static List<MediaRange> parse(String header) {
        List<MediaRange> ranges = new ArrayList<>();
        for (MediaRange r : new AcceptList(header.toLowerCase(Locale.ROOT)).entries())
            if (r.getType() != null && !r.getType().isBlank())
                ranges.add(r);
        return ranges;
    }

    /** The q of the most specific range matching {@code offer}; of equally specific ones, the highest. 0 if none. */
    private static double quality(List<MediaRange> ranges, MediaType offer) {
        int bestSpecificity = -1;
        double q = 0;
        for (MediaRange r : ranges) {
            if (!r.accepts(offer))
                continue;
            int s = specificity(r);
            if (s > bestSpecificity || (s == bestSpecificity && r.get_q() > q)) {
                bestSpecificity = s;
                q = r.get_q();
            }
        }
        return Math.max(0, Math.min(1, q));
    }

    /** 2 for {@code type/subtype}, 1 for {@code type/*}, 0 for {@code *}{@code /*}. */
    private static int specificity(MediaRange r) {
        if (isStar(r.getType()))
            return 0;
        return isStar(r.getSubType()) ? 1 : 2;
    }

    /** Whether a range other than {@code *}{@code /*} covers {@code text/html}. */
    private static boolean namesHtml(List<MediaRange> ranges) {
        return ranges.stream().anyMatch(r -> !isStar(r.getType()) && r.accepts(TEXT_HTML));
    }

    private static boolean isStar(String part) {
        return part == null || part.equals("*");
    }
}
