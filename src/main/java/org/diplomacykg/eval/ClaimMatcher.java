package org.diplomacykg.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplomacykg.eval.ArticleEvaluation.TypeResult;
import org.diplomacykg.eval.Partial.Reason;
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
 * <li>quote: same speaker, and at least 80% of the gold text's tokens among the extracted text's. A gold speaker is a
 *     description, not a name, when the quote says {@code "anonymous": true}, when it is one of the file's
 *     {@code descriptive_labels}, or when it is no entity of the file (neither the name nor an alias of one of its
 *     {@code entities}, nor the same name by the gazetteer or Wikidata); a description matches an extracted quote with
 *     no named speaker whose {@code speakerDescription} contains it or is contained in it after folding. Quotes are
 *     matched many-to-one: one extracted quote may meet several gold quotes (a speech the gold took sentence by
 *     sentence), so the extracted quotes meeting at least one gold quote (precision) and the gold quotes met by at
 *     least one extracted (recall) are counted apart ({@link Score}).</li>
 * <li>characterisation: same speaker (a description, as for quotes, matches an extracted claim without a named
 *     speaker whose description, if it has one, contains it or is contained in it), same subject (a gold subject that is
 *     no entity of the gold, "United States and Brazil", matches an extracted {@code subjectDescription} when the words
 *     of one all lie in the other and make at least 60% of it), and at least 60% of
 *     the tokens of each {@code as} phrase shared with the other (of the longer one), so neither a fragment nor a
 *     whole sentence passes for the phrase.</li>
 * <li>topic: same concept of the topic scheme (by preferred or alternative label), or the same label.</li>
 * </ul>
 * Quotes aside, each extracted claim matches at most one gold claim and each gold claim at most one extracted: see
 * {@link Assignment}. The unmatched extracted claims that are near misses of an unmatched gold claim are counted as
 * {@link Partial} (each paired with a different gold claim): an event of the right type, planned or not, with at least
 * half the gold participants, whose date is missing or differs or whose place is missing or is the gold's
 * {@code country} instead of its city; a post of the right person and title with another or no state; a quote with the
 * right speaker sharing 30% to 80% of the gold tokens, or with the gold text and another or no speaker; a
 * characterisation with the right speaker and subject whose {@code as} phrase shares 30% to 60%, or with the right
 * subject and phrase and another or no speaker; an entity of the right name and another type.
 */
public final class ClaimMatcher {
    /** Share of the gold quote's tokens that the extracted quote must hold. */
    public static final double QUOTE_OVERLAP = 0.8;
    /** Share of the tokens of the longer {@code as} phrase that the two must share. */
    public static final double AS_OVERLAP = 0.6;
    /**
     * Least overlap (of the gold quote's tokens, of the longer {@code as} phrase's) for a quote or characterisation of
     * the right speaker to count as a partial match rather than another claim: below it the two texts share little
     * more than function words.
     */
    public static final double PARTIAL_OVERLAP = 0.3;
    private static final int SHOWN_CHARS = 90;

    private static final Set<Reason> NOT_PARTIAL = Set.of();

    private final Aliases aliases;

    public ClaimMatcher(Aliases aliases) {
        this.aliases = aliases;
    }

    /**
     * The gold entity type of an extracted entity type; {@code PLACE} gets "Place", which no gold entity has. The gold
     * format has no type for a venue (a palace, an airport): its gold files list venues as organisations.
     */
    public static String goldType(EntityType t) {
        return switch (t) {
            case PERSON -> "Person";
            case STATE -> "State";
            case CITY -> "City";
            case ORGANISATION -> "Organisation";
            case REGION -> "Region";
            case PLACE -> "Place";
            case VENUE -> "Organisation";
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
            case ATTENDANCE, JOINING -> "Attendance";
            case ARRIVAL -> "Arrival";
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
                (e, g) -> aliases.same(exNames.get(e), names.of(g.name())) ? EnumSet.of(Reason.TYPE_OTHER) : NOT_PARTIAL,
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
                (p, g) -> sameEntity(p.person(), g.person(), names) && samePost(p.title(), g)
                        && sameEntity(p.in(), g.of(), names),
                (p, g) -> sameEntity(p.person(), g.person(), names) && samePost(p.title(), g)
                        ? EnumSet.of(Reason.STATE_OTHER_OR_MISSING) : NOT_PARTIAL,
                p -> p.person().label() + ": " + p.title() + " of " + label(p.in()) + evidence(body, p.evidence()),
                g -> g.person() + ": " + g.post() + " of " + g.of());
    }

    /**
     * The gold writes a post held before as the post with {@code "former": true}; the converter keeps the qualifier in
     * the title ("former President"). Either way it is the same post.
     */
    private boolean samePost(String extracted, GoldPost g) {
        String former = extracted.replaceFirst("(?i)^former\\s+", "");
        return g.former() ? !former.equals(extracted) && aliases.sameTitle(former, g.post()) : aliases.sameTitle(extracted, g.post());
    }

    private TypeResult events(Claims claims, GoldClaims gold, GoldNames names, String body) {
        return score(claims.events(), gold.events(), (e, g) -> sameEvent(e, g, names), (e, g) -> partialEvent(e, g, names),
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
        return enoughParticipants(e, g, names);
    }

    /**
     * What keeps an event of the right type, planned or not, with at least half the gold participants from matching:
     * its date (missing or another), its place (missing, or the gold's {@code country} where the gold gives a city).
     * Empty when the event is no near miss of this gold event (another type or place, too few participants).
     */
    Set<Reason> partialEvent(EventClaim e, GoldEvent g, GoldNames names) {
        if (!goldType(e.type()).equals(g.type()) || e.planned() != g.planned() || !enoughParticipants(e, g, names)) {
            return NOT_PARTIAL;
        }
        Set<Reason> out = EnumSet.noneOf(Reason.class);
        if (!Objects.equals(e.date(), g.date())) {
            out.add(e.date() == null ? Reason.DATE_MISSING : Reason.DATE_DIFFERS);
        }
        if (g.place() != null && (e.place() == null || !sameEntity(e.place(), g.place(), names))) {
            if (e.place() != null && (g.country() == null || !sameEntity(e.place(), g.country(), names))) {
                return NOT_PARTIAL;
            }
            out.add(Reason.PLACE_MISSING_OR_COARSER);
        }
        return out;
    }

    private boolean enoughParticipants(EventClaim e, GoldEvent g, GoldNames names) {
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

    /**
     * Many-to-one: an extracted quote counts for precision when it meets at least one gold quote, a gold quote for
     * recall when at least one extracted quote meets it.
     */
    private TypeResult quotes(Claims claims, GoldClaims gold, GoldNames names, String body) {
        List<QuoteClaim> ex = claims.quotes();
        List<GoldQuote> gs = gold.quotes();
        boolean[] exMet = new boolean[ex.size()];
        boolean[] goldMet = new boolean[gs.size()];
        for (int e = 0; e < ex.size(); e++) {
            for (int g = 0; g < gs.size(); g++) {
                if (sameQuote(ex.get(e), gs.get(g), names)) {
                    exMet[e] = true;
                    goldMet[g] = true;
                }
            }
        }
        return result(ex, gs, exMet, goldMet, (q, g) -> partialQuote(q, g, names),
                q -> speaker(q) + ": \u201C" + TextLib.abbreviate(q.text(), SHOWN_CHARS) + "\u201D",
                g -> (names.isDescription(g.speaker(), g.anonymous()) ? "(" + g.speaker() + ")" : g.speaker())
                        + ": \u201C" + TextLib.abbreviate(g.text(), SHOWN_CHARS) + "\u201D");
    }

    boolean sameQuote(QuoteClaim q, GoldQuote g, GoldNames names) {
        return sameQuoteSpeaker(q, g, names) && quoteOverlap(q, g) >= QUOTE_OVERLAP - 1e-9;
    }

    private boolean sameQuoteSpeaker(QuoteClaim q, GoldQuote g, GoldNames names) {
        return sameSpeaker(q.speaker(), q.speakerDescription(), g.speaker(), g.anonymous(), true, names);
    }

    /** The share of the gold quote's tokens found among the extracted quote's (0 for an empty gold text). */
    private static double quoteOverlap(QuoteClaim q, GoldQuote g) {
        List<String> goldTokens = TextLib.tokens(g.text());
        return goldTokens.isEmpty() ? 0 : (double) TextLib.sharedTokens(goldTokens, TextLib.tokens(q.text())) / goldTokens.size();
    }

    private Set<Reason> partialQuote(QuoteClaim q, GoldQuote g, GoldNames names) {
        double overlap = quoteOverlap(q, g);
        boolean speaker = sameQuoteSpeaker(q, g, names);
        if (speaker && overlap >= PARTIAL_OVERLAP - 1e-9 && overlap < QUOTE_OVERLAP - 1e-9) {
            return EnumSet.of(Reason.TEXT_OVERLAP_SHORT);
        }
        return !speaker && overlap >= QUOTE_OVERLAP - 1e-9 ? EnumSet.of(Reason.SPEAKER_OTHER_OR_MISSING) : NOT_PARTIAL;
    }

    /**
     * Whether an extracted speaker (named, else described) is the gold speaker: the same entity when the gold names
     * one; when the gold speaker is a description ({@link GoldNames#isDescription}), no named speaker and a description
     * that contains the gold's or is contained in it (a claim without description passes only when
     * {@code descriptionRequired} is false); a gold claim without speaker matches a claim without named speaker.
     */
    private boolean sameSpeaker(Entity speaker, String description, String goldSpeaker, boolean anonymous,
                                boolean descriptionRequired, GoldNames names) {
        if (goldSpeaker == null) {
            return speaker == null;
        }
        if (names.isDescription(goldSpeaker, anonymous)) {
            if (speaker != null) {
                return false;
            }
            return description == null ? !descriptionRequired : TextLib.containsEitherWay(description, goldSpeaker);
        }
        return sameEntity(speaker, goldSpeaker, names);
    }

    private TypeResult characterisations(Claims claims, GoldClaims gold, GoldNames names, String body) {
        return score(claims.characterisations(), gold.characterisations(), (c, g) -> sameCharacterisation(c, g, names),
                (c, g) -> partialCharacterisation(c, g, names),
                c -> (c.speaker() == null && c.speakerDescription() != null ? "(" + c.speakerDescription() + ")" : label(c.speaker())) + ": "
                        + (c.subject() != null ? label(c.subject()) : "(" + c.subjectDescription() + ")") + " as \u201C" + TextLib.abbreviate(c.as(), SHOWN_CHARS)
                        + "\u201D" + evidence(body, c.evidence()),
                g -> (names.isDescription(g.speaker(), g.anonymous()) ? "(" + g.speaker() + ")" : g.speaker()) + ": "
                        + (names.isDescription(g.subject(), false) ? "(" + g.subject() + ")" : g.subject())
                        + " as \u201C" + TextLib.abbreviate(g.as(), SHOWN_CHARS) + "\u201D");
    }

    boolean sameCharacterisation(CharacterisationClaim c, GoldCharacterisation g, GoldNames names) {
        return sameCharacterisationSpeaker(c, g, names) && sameSubject(c, g, names)
                && asOverlap(c, g) >= AS_OVERLAP - 1e-9;
    }

    /**
     * The same subject: the same entity; or, for a gold subject that is no entity of the gold ({@link
     * GoldNames#isDescription}: "United States and Brazil", "Japan's apology"), an extracted subject description one of
     * whose words all lie in the other, which has at most 1/{@value #AS_OVERLAP} as many, articles left out ("the
     * United States and Brazil" matches, "the United States and Peru" does not).
     */
    private boolean sameSubject(CharacterisationClaim c, GoldCharacterisation g, GoldNames names) {
        if (c.subject() != null || g.subject() == null) {
            return sameEntity(c.subject(), g.subject(), names);
        }
        if (!names.isDescription(g.subject(), false)) {
            return false;
        }
        List<String> a = withoutArticles(TextLib.tokens(g.subject()));
        List<String> b = withoutArticles(TextLib.tokens(c.subjectDescription()));
        int longer = Math.max(a.size(), b.size());
        int shared = TextLib.sharedTokens(a, b);
        return longer > 0 && shared == Math.min(a.size(), b.size()) && (double) shared / longer >= AS_OVERLAP - 1e-9;
    }

    private static List<String> withoutArticles(List<String> tokens) {
        return tokens.stream().filter(t -> !t.equals("the") && !t.equals("a") && !t.equals("an")).toList();
    }

    private boolean sameCharacterisationSpeaker(CharacterisationClaim c, GoldCharacterisation g, GoldNames names) {
        return sameSpeaker(c.speaker(), c.speakerDescription(), g.speaker(), g.anonymous(), false, names);
    }

    /** The share of the longer {@code as} phrase's tokens that the two share (0 when both are empty). */
    private static double asOverlap(CharacterisationClaim c, GoldCharacterisation g) {
        List<String> a = TextLib.tokens(g.as());
        List<String> b = TextLib.tokens(c.as());
        int longer = Math.max(a.size(), b.size());
        return longer == 0 ? 0 : (double) TextLib.sharedTokens(a, b) / longer;
    }

    private Set<Reason> partialCharacterisation(CharacterisationClaim c, GoldCharacterisation g, GoldNames names) {
        if (!sameSubject(c, g, names)) {
            return NOT_PARTIAL;
        }
        double overlap = asOverlap(c, g);
        boolean speaker = sameCharacterisationSpeaker(c, g, names);
        if (speaker && overlap >= PARTIAL_OVERLAP - 1e-9 && overlap < AS_OVERLAP - 1e-9) {
            return EnumSet.of(Reason.AS_OVERLAP_SHORT);
        }
        return !speaker && overlap >= AS_OVERLAP - 1e-9 ? EnumSet.of(Reason.SPEAKER_OTHER_OR_MISSING) : NOT_PARTIAL;
    }

    private TypeResult topics(Claims claims, GoldClaims gold) {
        Map<String, TopicClaim> distinct = new LinkedHashMap<>();
        for (TopicClaim t : claims.topics()) {
            distinct.putIfAbsent(t.concept() != null ? t.concept() : TextLib.fold(t.label()), t);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> goldTopics = gold.topics().stream().filter(t -> seen.add(TextLib.fold(t))).collect(Collectors.toList());
        return score(new ArrayList<>(distinct.values()), goldTopics,
                (t, g) -> aliases.sameTopic(t.concept(), t.label(), g), (t, g) -> NOT_PARTIAL, TopicClaim::label, g -> g);
    }

    private boolean sameEntity(Entity e, String goldName, GoldNames names) {
        if (e == null || goldName == null) {
            return e == null && goldName == null;
        }
        return aliases.same(aliases.name(e), names.of(goldName));
    }

    /** One-to-one: pairs by {@link Assignment}, then {@link #result}. */
    private static <E, G> TypeResult score(List<E> extracted, List<G> gold, BiPredicate<E, G> same,
                                           BiFunction<E, G, Set<Reason>> partial,
                                           Function<E, String> showExtracted, Function<G, String> showGold) {
        int[] pairs = Assignment.pair(extracted.size(), gold.size(), (e, g) -> same.test(extracted.get(e), gold.get(g)));
        boolean[] exMatched = new boolean[extracted.size()];
        boolean[] goldMatched = new boolean[gold.size()];
        for (int e = 0; e < pairs.length; e++) {
            if (pairs[e] >= 0) {
                exMatched[e] = true;
                goldMatched[pairs[e]] = true;
            }
        }
        return result(extracted, gold, exMatched, goldMatched, partial, showExtracted, showGold);
    }

    /**
     * The counts, the unmatched claims of each side, and the partial ones among the unmatched extracted: these are
     * paired (by {@link Assignment}, each with a different unmatched gold claim) wherever {@code partial} gives a reason,
     * and listed with their reasons.
     */
    private static <E, G> TypeResult result(List<E> extracted, List<G> gold, boolean[] exMatched, boolean[] goldMatched,
                                            BiFunction<E, G, Set<Reason>> partial,
                                            Function<E, String> showExtracted, Function<G, String> showGold) {
        List<Integer> ue = new ArrayList<>();
        List<Integer> ug = new ArrayList<>();
        int matchedExtracted = 0;
        int matchedGold = 0;
        for (int e = 0; e < extracted.size(); e++) {
            if (exMatched[e]) {
                matchedExtracted++;
            } else {
                ue.add(e);
            }
        }
        List<String> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (goldMatched[g]) {
                matchedGold++;
            } else {
                ug.add(g);
                missed.add(showGold.apply(gold.get(g)));
            }
        }
        int[] near = Assignment.pair(ue.size(), ug.size(),
                (i, j) -> !partial.apply(extracted.get(ue.get(i)), gold.get(ug.get(j))).isEmpty());
        Partial partials = Partial.NONE;
        List<String> invented = new ArrayList<>();
        for (int i = 0; i < ue.size(); i++) {
            E e = extracted.get(ue.get(i));
            String shown = showExtracted.apply(e);
            if (near[i] >= 0) {
                Set<Reason> why = partial.apply(e, gold.get(ug.get(near[i])));
                partials = partials.with(why);
                shown += "  [partial: " + why.stream().map(Reason::label).collect(Collectors.joining(", ")) + "]";
            }
            invented.add(shown);
        }
        return new TypeResult(new Score(extracted.size(), gold.size(), matchedExtracted, matchedGold), missed, invented,
                partials);
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
        /** The folded names and aliases of the file's entities. */
        private final Set<String> entityNames = new HashSet<>();
        private final List<String> entityLabels = new ArrayList<>();
        private final Set<String> descriptive = new HashSet<>();
        private final Map<String, Boolean> descriptions = new HashMap<>();
        /** For a folded entity name or alias, the entity's other names and aliases (GOLD-FORMAT: aliases match). */
        private final Map<String, List<String>> aliasesOf = new HashMap<>();

        GoldNames(GoldClaims gold) {
            for (GoldEntity e : gold.entities()) {
                if (e.wikidata() != null) {
                    wikidata.putIfAbsent(TextLib.fold(e.name()), e.wikidata());
                }
                entityLabels.add(e.name());
                entityNames.add(TextLib.fold(e.name()));
                e.aliases().forEach(a -> entityNames.add(TextLib.fold(a)));
                List<String> group = new ArrayList<>(e.aliases());
                group.add(e.name());
                for (String name : group) {
                    List<String> others = group.stream().filter(x -> !x.equals(name)).toList();
                    aliasesOf.merge(TextLib.fold(name), others, (x, y) -> {
                        List<String> both = new ArrayList<>(x);
                        both.addAll(y);
                        return both;
                    });
                }
            }
            gold.descriptiveLabels().forEach(d -> descriptive.add(TextLib.fold(d)));
        }

        /**
         * Whether a gold speaker is a description of an unnamed speaker rather than a name: a missing speaker, the
         * {@code anonymous} flag, one of the file's {@code descriptive_labels}, or a speaker that is no entity of the
         * file (neither the name nor an alias of one of its entities, nor the same name as one of them by the gazetteer
         * or Wikidata). Gold that lists no entities at all cannot say the last, so there only the first three count.
         */
        boolean isDescription(String speaker, boolean anonymous) {
            if (speaker == null || anonymous) {
                return true;
            }
            return descriptions.computeIfAbsent(speaker, s -> {
                String f = TextLib.fold(s);
                if (descriptive.contains(f)) {
                    return true;
                }
                if (entityLabels.isEmpty() || entityNames.contains(f)) {
                    return false;
                }
                Aliases.Name n = of(s);
                return entityLabels.stream().noneMatch(l -> aliases.same(n, of(l)));
            });
        }

        Aliases.Name of(String name) {
            return cache.computeIfAbsent(name, n -> aliases.withAliases(aliases.name(n, wikidata.get(TextLib.fold(n))),
                    aliasesOf.getOrDefault(TextLib.fold(n), List.of())));
        }
    }
}
