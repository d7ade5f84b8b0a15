package org.diplomacykg.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplomacykg.eval.ArticleEvaluation.TypeResult;
import org.diplomacykg.eval.GoldClaims.GoldCharacterisation;
import org.diplomacykg.eval.GoldClaims.GoldEntity;
import org.diplomacykg.eval.GoldClaims.GoldEvent;
import org.diplomacykg.eval.GoldClaims.GoldPost;
import org.diplomacykg.eval.GoldClaims.GoldQuote;
import org.diplomacykg.extract.Claims;
import org.diplomacykg.extract.Claims.CharacterisationClaim;
import org.diplomacykg.extract.Claims.EventClaim;
import org.diplomacykg.extract.Claims.PostClaim;
import org.diplomacykg.extract.Claims.QuoteClaim;
import org.diplomacykg.extract.Claims.TopicClaim;
import org.diplomacykg.extract.Entity;
import org.diplomacykg.extract.EntityType;
import org.diplomacykg.extract.EventType;
import org.diplomacykg.extract.Mention;
import org.diplomacykg.extract.Span;

/**
 * Takes one article's extracted claims and its gold claims; gives an {@link ArticleEvaluation}. The rules are those
 * of GOLD-FORMAT.md ("How a claim matches"), names compared through {@link Aliases}:
 * <ul>
 * <li>entity: same name, same type. The extracted entities are the distinct ones (by gazetteer IRI, else type and
 *     label) that the mentions, posts, events, quotes and characterisations name. A {@code PLACE} (a location whose
 *     kind is unknown) has no gold type and never matches.</li>
 * <li>post: same person, same title (aliases of the titles rule file), same state or organisation; extracted posts
 *     are distinct by person, title and state.</li>
 * <li>event: same type, same date (both null counts as same), same place when the gold gives one (strictly the
 *     gold's {@code place}, a city: a state equal to the gold's {@code country} is not the same place), at least half
 *     of the gold participants among the extracted ones (compared as names), and, our stricter reading, the same
 *     {@code planned}: a planned gold event matches only a planned extracted event, and an unplanned only an unplanned.</li>
 * <li>quote: same speaker (for an anonymous gold quote: no named extracted speaker, and descriptions of which one
 *     contains the other after folding), and at least 80% of the gold text's tokens among the extracted text's.</li>
 * <li>characterisation: same speaker (an anonymous gold speaker matches only an extracted claim without a speaker),
 *     same subject, and at least 60% of the tokens of each {@code as} phrase shared with the other (of the longer
 *     one), so neither a fragment nor a whole sentence passes for the phrase.</li>
 * <li>topic: same concept of the topic scheme (by preferred or alternative label), or the same label.</li>
 * </ul>
 * Each extracted claim matches at most one gold claim and each gold claim at most one extracted: see {@link Assignment}.
 */
public final class ClaimMatcher {
    /** Share of the gold quote's tokens that the extracted quote must hold. */
    public static final double QUOTE_OVERLAP = 0.8;
    /** Share of the tokens of the longer {@code as} phrase that the two must share. */
    public static final double AS_OVERLAP = 0.6;
    private static final int SHOWN_CHARS = 90;

    private final Aliases aliases;

    public ClaimMatcher(Aliases aliases) {
        this.aliases = aliases;
    }

    /** The gold entity type of an extracted entity type; {@code PLACE} gets "Place", which no gold entity has. */
    public static String goldType(EntityType t) {
        return switch (t) {
            case PERSON -> "Person";
            case STATE -> "State";
            case CITY -> "City";
            case ORGANISATION -> "Organisation";
            case REGION -> "Region";
            case PLACE -> "Place";
        };
    }

    /** The gold event type of an extracted event type; {@code MEETING} (undecided) matches none. */
    public static String goldType(EventType t) {
        return switch (t) {
            case VISIT -> "Visit";
            case MEETING -> "Meeting";
            case BILATERAL_MEETING -> "BilateralMeeting";
            case MULTILATERAL_MEETING -> "MultilateralMeeting";
            case SPEECH -> "Speech";
            case PRESS_CONFERENCE -> "PressConference";
            case CEREMONY -> "Ceremony";
            case JOINT_STATEMENT -> "JointStatement";
            case ATTENDANCE -> "Attendance";
        };
    }

    /** For each extracted event, the index of the gold event it matches, or -1 (the same assignment as {@link #match}). */
    public int[] eventPairs(Claims claims, GoldClaims gold) {
        GoldNames names = new GoldNames(gold);
        return Assignment.pair(claims.events().size(), gold.events().size(),
                (e, g) -> sameEvent(claims.events().get(e), gold.events().get(g), names));
    }

    public ArticleEvaluation match(Claims claims, GoldClaims gold) {
        String body = claims.article().body();
        GoldNames names = new GoldNames(gold);
        Map<ClaimType, TypeResult> out = new EnumMap<>(ClaimType.class);
        out.put(ClaimType.ENTITIES, entities(claims, gold, names));
        out.put(ClaimType.POSTS, posts(claims, gold, names, body));
        out.put(ClaimType.EVENTS, events(claims, gold, names, body));
        out.put(ClaimType.QUOTES, quotes(claims, gold, names, body));
        out.put(ClaimType.CHARACTERISATIONS, characterisations(claims, gold, names, body));
        out.put(ClaimType.TOPICS, topics(claims, gold));
        return new ArticleEvaluation(claims.article().id(), out);
    }

    /** The distinct entities the claims name ({@link Claims#entities()}). */
    public static List<Entity> entities(Claims claims) {
        return claims.entities();
    }

    private TypeResult entities(Claims claims, GoldClaims gold, GoldNames names) {
        List<Entity> ex = entities(claims);
        Map<Entity, Aliases.Name> exNames = new HashMap<>();
        ex.forEach(e -> exNames.put(e, aliases.name(e)));
        return score(ex, gold.entities(),
                (e, g) -> goldType(e.type()).equals(g.type()) && aliases.same(exNames.get(e), names.of(g.name())),
                e -> goldType(e.type()) + ": " + e.label(),
                g -> g.type() + ": " + g.name());
    }

    private TypeResult posts(Claims claims, GoldClaims gold, GoldNames names, String body) {
        Map<String, PostClaim> distinct = new LinkedHashMap<>();
        for (PostClaim p : claims.posts()) {
            String key = p.person().key() + "|" + TextLib.fold(p.title()) + "|" + (p.in() == null ? "" : p.in().key());
            distinct.putIfAbsent(key, p);
        }
        return score(new ArrayList<>(distinct.values()), gold.posts(),
                (p, g) -> sameEntity(p.person(), g.person(), names) && aliases.sameTitle(p.title(), g.post())
                        && sameEntity(p.in(), g.of(), names),
                p -> p.person().label() + ": " + p.title() + " of " + label(p.in()) + evidence(body, p.evidence()),
                g -> g.person() + ": " + g.post() + " of " + g.of());
    }

    private TypeResult events(Claims claims, GoldClaims gold, GoldNames names, String body) {
        return score(claims.events(), gold.events(), (e, g) -> sameEvent(e, g, names),
                e -> goldType(e.type()) + " " + e.participants().stream().map(Entity::label).toList()
                        + (e.place() == null ? "" : " at " + e.place().label())
                        + (e.date() == null ? "" : " on " + e.date()) + (e.planned() ? " (planned)" : "")
                        + (e.evidence().isEmpty() ? "" : evidence(body, e.evidence().get(0))),
                g -> g.type() + " " + g.participants() + (g.place() == null ? "" : " at " + g.place())
                        + (g.place() == null && g.country() != null ? " in " + g.country() : "")
                        + (g.date() == null ? "" : " on " + g.date()) + (g.planned() ? " (planned)" : "")
                        + shown(g.evidence()));
    }

    boolean sameEvent(EventClaim e, GoldEvent g, GoldNames names) {
        if (!goldType(e.type()).equals(g.type()) || e.planned() != g.planned() || !Objects.equals(e.date(), g.date())) {
            return false;
        }
        if (g.place() != null && (e.place() == null || !sameEntity(e.place(), g.place(), names))) {
            return false;
        }
        List<Aliases.Name> ours = e.participants().stream().map(aliases::name).toList();
        int found = 0;
        for (String p : g.participants()) {
            Aliases.Name gp = names.of(p);
            if (ours.stream().anyMatch(o -> aliases.same(o, gp))) {
                found++;
            }
        }
        return 2 * found >= g.participants().size();
    }

    private TypeResult quotes(Claims claims, GoldClaims gold, GoldNames names, String body) {
        return score(claims.quotes(), gold.quotes(), (q, g) -> sameQuote(q, g, names),
                q -> speaker(q) + ": \u201C" + TextLib.abbreviate(q.text(), SHOWN_CHARS) + "\u201D",
                g -> (g.anonymous() || g.speaker() == null ? "(" + g.speaker() + ")" : g.speaker())
                        + ": \u201C" + TextLib.abbreviate(g.text(), SHOWN_CHARS) + "\u201D");
    }

    boolean sameQuote(QuoteClaim q, GoldQuote g, GoldNames names) {
        boolean speaker;
        if (g.anonymous() || g.speaker() == null) {
            speaker = q.speaker() == null && (g.speaker() == null
                    || (q.speakerDescription() != null && TextLib.containsEitherWay(q.speakerDescription(), g.speaker())));
        } else {
            speaker = sameEntity(q.speaker(), g.speaker(), names);
        }
        if (!speaker) {
            return false;
        }
        List<String> goldTokens = TextLib.tokens(g.text());
        int shared = TextLib.sharedTokens(goldTokens, TextLib.tokens(q.text()));
        return !goldTokens.isEmpty() && shared >= QUOTE_OVERLAP * goldTokens.size() - 1e-9;
    }

    private TypeResult characterisations(Claims claims, GoldClaims gold, GoldNames names, String body) {
        return score(claims.characterisations(), gold.characterisations(), (c, g) -> sameCharacterisation(c, g, names),
                c -> label(c.speaker()) + ": " + label(c.subject()) + " as \u201C" + TextLib.abbreviate(c.as(), SHOWN_CHARS)
                        + "\u201D" + evidence(body, c.evidence()),
                g -> (g.anonymous() || g.speaker() == null ? "(" + g.speaker() + ")" : g.speaker()) + ": " + g.subject()
                        + " as \u201C" + TextLib.abbreviate(g.as(), SHOWN_CHARS) + "\u201D");
    }

    boolean sameCharacterisation(CharacterisationClaim c, GoldCharacterisation g, GoldNames names) {
        boolean speaker = g.anonymous() || g.speaker() == null ? c.speaker() == null : sameEntity(c.speaker(), g.speaker(), names);
        if (!speaker || !sameEntity(c.subject(), g.subject(), names)) {
            return false;
        }
        List<String> a = TextLib.tokens(g.as());
        List<String> b = TextLib.tokens(c.as());
        int longer = Math.max(a.size(), b.size());
        return longer > 0 && TextLib.sharedTokens(a, b) >= AS_OVERLAP * longer - 1e-9;
    }

    private TypeResult topics(Claims claims, GoldClaims gold) {
        Map<String, TopicClaim> distinct = new LinkedHashMap<>();
        for (TopicClaim t : claims.topics()) {
            distinct.putIfAbsent(t.concept() != null ? t.concept() : TextLib.fold(t.label()), t);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> goldTopics = gold.topics().stream().filter(t -> seen.add(TextLib.fold(t))).collect(Collectors.toList());
        return score(new ArrayList<>(distinct.values()), goldTopics,
                (t, g) -> aliases.sameTopic(t.concept(), t.label(), g), TopicClaim::label, g -> g);
    }

    private boolean sameEntity(Entity e, String goldName, GoldNames names) {
        if (e == null || goldName == null) {
            return e == null && goldName == null;
        }
        return aliases.same(aliases.name(e), names.of(goldName));
    }

    private static <E, G> TypeResult score(List<E> extracted, List<G> gold, BiPredicate<E, G> same,
                                           Function<E, String> showExtracted, Function<G, String> showGold) {
        int[] pairs = Assignment.pair(extracted.size(), gold.size(), (e, g) -> same.test(extracted.get(e), gold.get(g)));
        boolean[] goldMatched = new boolean[gold.size()];
        List<String> invented = new ArrayList<>();
        int matched = 0;
        for (int e = 0; e < pairs.length; e++) {
            if (pairs[e] >= 0) {
                goldMatched[pairs[e]] = true;
                matched++;
            } else {
                invented.add(showExtracted.apply(extracted.get(e)));
            }
        }
        List<String> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!goldMatched[g]) {
                missed.add(showGold.apply(gold.get(g)));
            }
        }
        return new TypeResult(new Score(extracted.size(), gold.size(), matched), missed, invented);
    }

    private static String label(Entity e) {
        return e == null ? "(none)" : e.label();
    }

    private static String speaker(QuoteClaim q) {
        if (q.speaker() != null) {
            return q.speaker().label();
        }
        return "(" + (q.speakerDescription() == null ? "unknown" : q.speakerDescription()) + ")";
    }

    private static String evidence(String body, Span span) {
        if (span == null || span.end() > body.length()) {
            return "";
        }
        return shown(span.of(body));
    }

    private static String shown(String evidence) {
        return evidence == null || evidence.isBlank() ? "" : "  \u00AB" + TextLib.abbreviate(evidence, SHOWN_CHARS) + "\u00BB";
    }

    /** The gold names of one article, with the Wikidata id its entity list gives each. */
    final class GoldNames {
        private final Map<String, String> wikidata = new HashMap<>();
        private final Map<String, Aliases.Name> cache = new HashMap<>();

        GoldNames(GoldClaims gold) {
            for (GoldEntity e : gold.entities()) {
                if (e.wikidata() != null) {
                    wikidata.putIfAbsent(TextLib.fold(e.name()), e.wikidata());
                }
            }
        }

        Aliases.Name of(String name) {
            return cache.computeIfAbsent(name, n -> aliases.name(n, wikidata.get(TextLib.fold(n))));
        }
    }
}
