package org.diplomacykg.graph;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.diplomacykg.extract.Entity;
import org.diplomacykg.extract.EntityType;

/**
 * Mints the data IRIs under one base, readable and stable: made from content (type, name, date, participants), never
 * from counters, so the same entity or event reached from two articles, or from two runs, gets the same IRI.
 * The one class that knows the IRI layout: data under {@code {base}id/}, named graphs under {@code {base}graph/}
 * (an article's graph at {@code graph/article/{id}}, the metadata at {@code graph/metadata}); whoever needs to tell
 * what an IRI names, or to read an article id out of one, asks here ({@link #isArticleGraph}, {@link #articleIdOf}, …).
 */
public final class IriMinter {
    public static final String DEFAULT_BASE = "https://w3id.org/diplomacy-kg/";
    private static final String DATA = "id/";
    private static final String GRAPHS = "graph/";
    private static final String ARTICLE = DATA + "article/";
    private static final String ARTICLE_GRAPH = GRAPHS + "article/";
    private static final String METADATA_GRAPH = GRAPHS + "metadata";
    private final String base;

    public IriMinter(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** Where every data IRI (entity, event, article, …) begins: {@code {base}id/}. */
    public String dataSpace() {
        return base + DATA;
    }

    /** Where every named graph's IRI begins: {@code {base}graph/}. */
    public String graphSpace() {
        return base + GRAPHS;
    }

    /** Whether the IRI is a data IRI under this base ({@link #dataSpace}). */
    public boolean isData(String iri) {
        return iri.startsWith(dataSpace());
    }

    /** Whether the IRI names an article's graph ({@code …/graph/article/{id}}), whatever the base. */
    public static boolean isArticleGraph(String iri) {
        return iri.contains("/" + ARTICLE_GRAPH);
    }

    /** Whether the IRI names the metadata graph ({@code …/graph/metadata}), whatever the base. */
    public static boolean isMetadataGraph(String iri) {
        return iri.endsWith("/" + METADATA_GRAPH);
    }

    /** The article id (as slugged in the IRI) of an article graph under this base ({@link #articleGraph}), or null. */
    public String articleIdOfGraph(String graphIri) {
        return after(base + ARTICLE_GRAPH, graphIri);
    }

    /** The article id (as slugged in the IRI) of an article IRI under this base ({@link #article}), or null. */
    public String articleIdOf(String articleIri) {
        return after(base + ARTICLE, articleIri);
    }

    private static String after(String prefix, String iri) {
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : null;
    }

    /** The last path segment of an IRI: the slug an entity IRI ends with ({@code …/id/person/john-kerry} → {@code john-kerry}). */
    public static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
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
        return dataSpace() + typeSegment(e.type()) + "/" + slug(e.label());
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
        return base + ARTICLE + slug(articleId);
    }

    public String articleGraph(String articleId) {
        return base + ARTICLE_GRAPH + slug(articleId);
    }

    public String metadataGraph() {
        return base + METADATA_GRAPH;
    }

    public String ontologyGraph() {
        return graphSpace() + "ontology";
    }

    public String gazetteerGraph() {
        return graphSpace() + "gazetteer";
    }

    /** A NIF-style span IRI: the article IRI with {@code #char=begin,end}. */
    public String evidence(String articleId, int begin, int end) {
        return article(articleId) + "#char=" + begin + "," + end;
    }

    public String post(String title, Entity in) {
        return dataSpace() + "post/" + slug(in.label()) + "-" + slug(title);
    }

    public String postHolding(String articleId, Entity person, String postIri) {
        return dataSpace() + "post-holding/" + slug(articleId) + "/" + slug(lastSegment(entity(person))) + "-" + lastSegment(postIri);
    }

    /**
     * The IRI of one article's report of an event, from the article, date, kind and participants, e.g.
     * {@code id/event/000-us-seeks-rapprochement/2015-11-01-bilateral-meeting-islam-karimov-john-kerry}. Reports of
     * the same event by several articles are joined under a consolidated event ({@link #consolidatedEvent}).
     */
    public String event(String articleId, String dateOrNull, String kind, List<Entity> participants, Entity place, boolean planned) {
        return dataSpace() + "event/" + slug(articleId) + "/" + eventName(dateOrNull, kind,
                participants.stream().map(p -> slug(p.label())).toList(), place == null ? null : slug(place.label()), planned);
    }

    /**
     * The IRI of an event as reported by every article, from its kind, date and key participants, e.g.
     * {@code id/event/2015-11-01-multilateral-meeting-john-kerry-kazakhstan-kyrgyzstan-and-3-more}.
     */
    public String consolidatedEvent(String dateOrNull, String kind, List<String> participantSlugs, String placeSlug, boolean planned) {
        return dataSpace() + "event/" + eventName(dateOrNull, kind, participantSlugs, placeSlug, planned);
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
        return dataSpace() + "trip/" + personSlug + "-" + firstDate;
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
        return graphSpace() + "consolidated";
    }

    /** The graph of one reasoner's inferred triples: {@code {base}graph/inferred/{label}}. */
    public String inferredGraph(String label) {
        return graphSpace() + "inferred/" + label;
    }

    public String quote(String articleId, int begin) {
        return dataSpace() + "quote/" + slug(articleId) + "-" + begin;
    }

    public String characterisation(String articleId, int begin, int n) {
        return dataSpace() + "characterisation/" + slug(articleId) + "-" + begin + "-" + n;
    }

    public String converter(String version) {
        return dataSpace() + "software/diplomacy-kg/" + slug(version);
    }

    public String conversion(String articleId) {
        return dataSpace() + "conversion/" + slug(articleId);
    }
}
