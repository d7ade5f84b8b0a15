package org.diplomacykg.graph;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.diplomacykg.extract.Entity;
import org.diplomacykg.extract.EntityType;

/**
 * Mints the data IRIs under one base, readable and stable: made from content (type, name, date, participants), never
 * from counters, so the same entity or event reached from two articles, or from two runs, gets the same IRI.
 */
public final class IriMinter {
    public static final String DEFAULT_BASE = "https://w3id.org/diplomacy-kg/";
    private final String base;

    public IriMinter(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** Lower case ASCII words joined by hyphens: "Nursultan Nazarbayev" → "nursultan-nazarbayev". */
    public static String slug(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (n.length() > 80) {
            n = n.substring(0, 80).replaceAll("-+$", "");
        }
        return n.isEmpty() ? "unnamed" : n;
    }

    public String entity(Entity e) {
        if (e.iri() != null) {
            return e.iri();
        }
        return base + "id/" + typeSegment(e.type()) + "/" + slug(e.label());
    }

    public static String typeSegment(EntityType t) {
        return switch (t) {
            case PERSON -> "person";
            case STATE -> "state";
            case CITY -> "city";
            case ORGANISATION -> "org";
            case REGION -> "region";
            case PLACE -> "place";
            case VENUE -> "venue";
        };
    }

    public String article(String articleId) {
        return base + "id/article/" + slug(articleId);
    }

    public String articleGraph(String articleId) {
        return base + "graph/article/" + slug(articleId);
    }

    public String metadataGraph() {
        return base + "graph/metadata";
    }

    public String ontologyGraph() {
        return base + "graph/ontology";
    }

    public String gazetteerGraph() {
        return base + "graph/gazetteer";
    }

    /** A NIF-style span IRI: the article IRI with {@code #char=begin,end}. */
    public String evidence(String articleId, int begin, int end) {
        return article(articleId) + "#char=" + begin + "," + end;
    }

    public String post(String title, Entity in) {
        return base + "id/post/" + slug(in.label()) + "-" + slug(title);
    }

    public String postHolding(String articleId, Entity person, String postIri) {
        return base + "id/post-holding/" + slug(articleId) + "/" + slug(entity(person).substring(entity(person).lastIndexOf('/') + 1))
                + "-" + postIri.substring(postIri.lastIndexOf('/') + 1);
    }

    /**
     * The IRI of one article's report of an event, from the article, date, kind and participants, e.g.
     * {@code id/event/000-us-seeks-rapprochement/2015-11-01-bilateral-meeting-islam-karimov-john-kerry}. Reports of
     * the same event by several articles are joined under a consolidated event ({@link #consolidatedEvent}).
     */
    public String event(String articleId, String dateOrNull, String kind, List<Entity> participants, Entity place, boolean planned) {
        return base + "id/event/" + slug(articleId) + "/" + eventName(dateOrNull, kind,
                participants.stream().map(p -> slug(p.label())).toList(), place == null ? null : slug(place.label()), planned);
    }

    /**
     * The IRI of an event as reported by every article, from its kind, date and key participants, e.g.
     * {@code id/event/2015-11-01-multilateral-meeting-john-kerry-kazakhstan-kyrgyzstan-and-3-more}.
     */
    public String consolidatedEvent(String dateOrNull, String kind, List<String> participantSlugs, String placeSlug, boolean planned) {
        return base + "id/event/" + eventName(dateOrNull, kind, participantSlugs, placeSlug, planned);
    }

    private static String eventName(String dateOrNull, String kind, List<String> participantSlugs, String placeSlug, boolean planned) {
        StringBuilder sb = new StringBuilder();
        sb.append(dateOrNull == null ? "undated" : dateOrNull).append('-').append(slug(kind));
        List<String> names = participantSlugs.stream().sorted().limit(3).toList();
        for (String n : names) {
            sb.append('-').append(n);
        }
        if (participantSlugs.size() > 3) {
            sb.append("-and-").append(participantSlugs.size() - 3).append("-more");
        }
        if (placeSlug != null && (dateOrNull == null || participantSlugs.isEmpty() || kind.equals("visit"))) {
            sb.append("-in-").append(placeSlug);
        }
        if (planned) {
            sb.append("-planned");
        }
        return sb.toString();
    }

    public String trip(String personSlug, String firstDate) {
        return base + "id/trip/" + personSlug + "-" + firstDate;
    }

    public String tripLeg(String tripIri, int n) {
        return tripIri + "/leg-" + n;
    }

    public String conflict(String eventIri, String propertyLocalName) {
        return eventIri + "/conflict-" + slug(propertyLocalName);
    }

    public String conflictingClaim(String conflictIri, String articleId) {
        return conflictIri + "/" + slug(articleId);
    }

    public String consolidatedGraph() {
        return base + "graph/consolidated";
    }

    public String quote(String articleId, int begin) {
        return base + "id/quote/" + slug(articleId) + "-" + begin;
    }

    public String characterisation(String articleId, int begin, int n) {
        return base + "id/characterisation/" + slug(articleId) + "-" + begin + "-" + n;
    }

    public String converter(String version) {
        return base + "id/software/diplomacy-kg/" + slug(version);
    }

    public String conversion(String articleId) {
        return base + "id/conversion/" + slug(articleId);
    }
}
