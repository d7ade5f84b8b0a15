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

    /** Event IRI from date, kind and participants, e.g. {@code id/event/2015-11-01-bilateral-meeting-john-kerry-islam-karimov}. */
    public String event(String dateOrNull, String kind, List<Entity> participants, Entity place, boolean planned) {
        StringBuilder sb = new StringBuilder(base).append("id/event/");
        sb.append(dateOrNull == null ? "undated" : dateOrNull).append('-').append(slug(kind));
        List<String> names = participants.stream().map(p -> slug(p.label())).sorted().limit(3).toList();
        for (String n : names) {
            sb.append('-').append(n);
        }
        if (participants.size() > 3) {
            sb.append("-and-").append(participants.size() - 3).append("-more");
        }
        if (place != null && (dateOrNull == null || participants.isEmpty() || kind.equals("visit"))) {
            sb.append("-in-").append(slug(place.label()));
        }
        if (planned) {
            sb.append("-planned");
        }
        return sb.toString();
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
