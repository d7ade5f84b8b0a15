package org.diplomacykg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.TestData;
import org.diplomacykg.article.Article;
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
import org.diplomacykg.extract.Gazetteer;
import org.diplomacykg.extract.GazetteerEntry;
import org.diplomacykg.extract.Mention;
import org.diplomacykg.extract.Span;
import org.junit.jupiter.api.Test;

/** The matching rules of GOLD-FORMAT.md on claims and gold made by hand (no NLP). */
class ClaimMatcherTest {
    private static final String ID = "https://example.org/id/";
    private static final GazetteerEntry NAZARBAYEV = entry("person/nursultan-nazarbayev", EntityType.PERSON,
            "Nursultan Nazarbayev", "Nursultan Nazarbaev");
    private static final GazetteerEntry TAJIKISTAN = entry("state/tajikistan", EntityType.STATE, "Tajikistan", "Tadjikistan");
    private static final GazetteerEntry KERRY = entry("person/john-kerry", EntityType.PERSON, "John Forbes Kerry");
    private static final GazetteerEntry KAZAKHSTAN = entry("state/kazakhstan", EntityType.STATE, "Kazakhstan");
    private static final GazetteerEntry UZBEKISTAN = entry("state/uzbekistan", EntityType.STATE, "Uzbekistan");
    private static final GazetteerEntry KYRGYZSTAN = entry("state/kyrgyzstan", EntityType.STATE, "Kyrgyzstan");
    private static final GazetteerEntry SAMARKAND = entry("city/samarkand", EntityType.CITY, "Samarkand", "Samarqand");
    private static final GazetteerEntry US = entry("state/united-states", EntityType.STATE, "United States", "USA");

    private static final Aliases ALIASES = new Aliases(
            new Gazetteer(List.of(NAZARBAYEV, TAJIKISTAN, KERRY, KAZAKHSTAN, UZBEKISTAN, KYRGYZSTAN, SAMARKAND, US)),
            Map.of(KERRY.iri(), Set.of("Q22316")),
            Map.of("minister of foreign affairs", "Foreign Minister", "foreign minister", "Foreign Minister"),
            Map.of("human rights", Set.of("https://example.org/topic/human-rights"),
                    "rights", Set.of("https://example.org/topic/human-rights")));
    private static final ClaimMatcher MATCHER = new ClaimMatcher(ALIASES);
    private static final Article ARTICLE = TestData.article("a", "2015-11-02", "Some text about diplomacy.");
    private static final Span SPAN = new Span(0, 4);

    private static GazetteerEntry entry(String path, EntityType type, String... names) {
        return new GazetteerEntry(ID + path, type, names[0], List.of(names), List.of(), null, null, List.of());
    }

    private static Entity e(GazetteerEntry g) {
        return Entity.of(g);
    }

    /** Claims builder: lists to fill, then {@link #claims()}. */
    private static final class Extracted {
        final List<Mention> mentions = new ArrayList<>();
        final List<PostClaim> posts = new ArrayList<>();
        final List<EventClaim> events = new ArrayList<>();
        final List<QuoteClaim> quotes = new ArrayList<>();
        final List<CharacterisationClaim> chars = new ArrayList<>();
        final List<TopicClaim> topics = new ArrayList<>();

        Extracted mention(Entity ent) {
            mentions.add(new Mention(0, 0, 0, SPAN, ent, Mention.Kind.NAME));
            return this;
        }

        Extracted event(EventType type, Entity place, String date, boolean planned, Entity... participants) {
            events.add(new EventClaim(type, List.of(participants), place, date == null ? null : LocalDate.parse(date),
                    planned, List.of(SPAN), "test"));
            return this;
        }

        Claims claims() {
            return new Claims(ARTICLE, mentions, posts, events, quotes, chars, topics);
        }
    }

    private static GoldClaims gold(List<GoldEntity> entities, List<GoldPost> posts, List<GoldEvent> events,
                                   List<GoldQuote> quotes, List<GoldCharacterisation> chars, List<String> topics) {
        return new GoldClaims("a", entities, posts, events, quotes, chars, topics);
    }

    private static GoldClaims goldEvents(GoldEvent... events) {
        return gold(List.of(), List.of(), List.of(events), List.of(), List.of(), List.of());
    }

    private static GoldEvent goldEvent(String type, String place, String date, boolean planned, String... participants) {
        return new GoldEvent(type, List.of(participants), place, null, date == null ? null : LocalDate.parse(date), planned, null);
    }

    private static Score score(Extracted ex, GoldClaims gold, ClaimType type) {
        return MATCHER.match(ex.claims(), gold).result(type).score();
    }

    private static boolean entityMatches(Entity extracted, GoldEntity gold) {
        GoldClaims g = gold(List.of(gold), List.of(), List.of(), List.of(), List.of(), List.of());
        return score(new Extracted().mention(extracted), g, ClaimType.ENTITIES).matched() == 1;
    }

    @Test
    void namesMeetThroughTheGazetteerVariantsAndSurnames() {
        GoldEntity nazarbayev = new GoldEntity("Nursultan Nazarbayev", "Person", null);
        assertTrue(entityMatches(Entity.unknown(EntityType.PERSON, "Nazarbaev"), nazarbayev), "surname of one person");
        assertTrue(entityMatches(Entity.unknown(EntityType.PERSON, "Nursultan Nazarbaev"), nazarbayev), "spelling variant");
        assertTrue(entityMatches(e(NAZARBAYEV), new GoldEntity("NAZARBAEV", "Person", null)), "case folded");
        assertTrue(entityMatches(Entity.unknown(EntityType.STATE, "Tadjikistan"), new GoldEntity("Tajikistan", "State", null)));
        assertTrue(entityMatches(e(TAJIKISTAN), new GoldEntity("Tadjikistan", "State", null)));
        assertTrue(entityMatches(Entity.unknown(EntityType.CITY, "Samarqand"), new GoldEntity("Samarkand", "City", null)));
    }

    @Test
    void namesMeetThroughTheGoldEntitysOwnAliases() {
        GoldEntity reti = new GoldEntity("Shane Reti", "Person", null, List.of("Shae Reti", "Dr Reti"));
        assertTrue(entityMatches(Entity.unknown(EntityType.PERSON, "Shae Reti"), reti), "an alias the text uses");
        assertFalse(entityMatches(Entity.unknown(EntityType.PERSON, "Shane Rety"), reti), "not an alias");
    }

    @Test
    void namesMeetByWikidataIdAccentsAndTypography() {
        assertTrue(entityMatches(e(KERRY), new GoldEntity("John Kerry", "Person", "Q22316")), "same Wikidata id");
        assertFalse(entityMatches(e(KERRY), new GoldEntity("John Kerry", "Person", null)), "no alias, no id");
        assertTrue(entityMatches(Entity.unknown(EntityType.PERSON, "Frank-Walter Steinmeier"),
                new GoldEntity("Frank\u2011Walter\u00A0Steinmeier", "Person", null)), "typographic dash and nbsp");
        assertTrue(entityMatches(Entity.unknown(EntityType.CITY, "Bishkek"), new GoldEntity("Bishkék", "City", null)), "accents");
    }

    @Test
    void entitiesNeedTheSameTypeAndPlacesOfUnknownKindNeverMatch() {
        assertFalse(entityMatches(Entity.unknown(EntityType.CITY, "Kazakhstan"), new GoldEntity("Kazakhstan", "State", null)));
        assertFalse(entityMatches(Entity.unknown(EntityType.PLACE, "Crimea"), new GoldEntity("Crimea", "Region", null)));
    }

    @Test
    void extractedEntitiesAreTheDistinctOnesOfEveryClaim() {
        Extracted ex = new Extracted().mention(e(KERRY)).mention(e(KERRY)).mention(Entity.unknown(EntityType.PERSON, "Ivo Drabek"))
                .mention(Entity.unknown(EntityType.PERSON, "Ivo Drabek"));
        ex.event(EventType.VISIT, e(SAMARKAND), null, false, e(KERRY));
        // The state of a post is not a name the article gives unless a mention gives it (the gazetteer may have).
        ex.posts.add(new PostClaim(e(KERRY), "Secretary of State", e(US), SPAN, "test"));
        List<Entity> all = ClaimMatcher.entities(ex.claims());
        assertEquals(List.of("John Forbes Kerry", "Ivo Drabek", "Samarkand"),
                all.stream().map(Entity::label).toList());
    }

    @Test
    void atLeastHalfOfTheGoldParticipantsMustBeAmongTheExtracted() {
        GoldEvent four = goldEvent("MultilateralMeeting", null, "2015-11-01", false,
                "John Kerry", "Kazakhstan", "Tadjikistan", "Uzbekistan");
        Entity kerry = Entity.unknown(EntityType.PERSON, "John Kerry");
        assertEquals(1, score(new Extracted().event(EventType.MULTILATERAL_MEETING, null, "2015-11-01", false,
                kerry, e(TAJIKISTAN)), goldEvents(four), ClaimType.EVENTS).matched(), "2 of 4 is half");
        assertEquals(0, score(new Extracted().event(EventType.MULTILATERAL_MEETING, null, "2015-11-01", false,
                kerry, e(KYRGYZSTAN)), goldEvents(four), ClaimType.EVENTS).matched(), "1 of 4 is less");
        GoldEvent three = goldEvent("BilateralMeeting", null, null, false, "John Kerry", "Uzbekistan", "Kazakhstan");
        assertEquals(0, score(new Extracted().event(EventType.BILATERAL_MEETING, null, null, false, kerry),
                goldEvents(three), ClaimType.EVENTS).matched(), "1 of 3 is less than half");
        assertEquals(1, score(new Extracted().event(EventType.BILATERAL_MEETING, null, null, false, kerry, e(UZBEKISTAN)),
                goldEvents(three), ClaimType.EVENTS).matched(), "2 of 3");
        assertEquals(0, score(new Extracted().event(EventType.MULTILATERAL_MEETING, null, null, false, kerry, e(UZBEKISTAN)),
                goldEvents(three), ClaimType.EVENTS).matched(), "another type");
    }

    @Test
    void datesBothNullAreTheSameAndOtherwiseMustBeEqual() {
        GoldEvent undated = goldEvent("Visit", null, null, false, "John Kerry");
        GoldEvent dated = goldEvent("Visit", null, "2015-11-01", false, "John Kerry");
        Entity kerry = Entity.unknown(EntityType.PERSON, "John Kerry");
        assertEquals(1, score(new Extracted().event(EventType.VISIT, null, null, false, kerry), goldEvents(undated), ClaimType.EVENTS).matched());
        assertEquals(0, score(new Extracted().event(EventType.VISIT, null, "2015-11-01", false, kerry), goldEvents(undated), ClaimType.EVENTS).matched());
        assertEquals(0, score(new Extracted().event(EventType.VISIT, null, null, false, kerry), goldEvents(dated), ClaimType.EVENTS).matched());
        assertEquals(0, score(new Extracted().event(EventType.VISIT, null, "2015-11-02", false, kerry), goldEvents(dated), ClaimType.EVENTS).matched());
        assertEquals(1, score(new Extracted().event(EventType.VISIT, null, "2015-11-01", false, kerry), goldEvents(dated), ClaimType.EVENTS).matched());
    }

    @Test
    void placeCountsWhenTheGoldGivesOneAndPlannedMustAgree() {
        GoldEvent inSamarkand = goldEvent("Visit", "Samarkand", null, false, "John Kerry");
        GoldEvent nowhere = goldEvent("Visit", null, null, false, "John Kerry");
        Entity kerry = Entity.unknown(EntityType.PERSON, "John Kerry");
        assertEquals(1, score(new Extracted().event(EventType.VISIT, e(SAMARKAND), null, false, kerry), goldEvents(inSamarkand), ClaimType.EVENTS).matched());
        assertEquals(0, score(new Extracted().event(EventType.VISIT, null, null, false, kerry), goldEvents(inSamarkand), ClaimType.EVENTS).matched());
        assertEquals(0, score(new Extracted().event(EventType.VISIT, e(UZBEKISTAN), null, false, kerry), goldEvents(inSamarkand), ClaimType.EVENTS).matched(),
                "the state is not the city");
        assertEquals(1, score(new Extracted().event(EventType.VISIT, e(UZBEKISTAN), null, false, kerry), goldEvents(nowhere), ClaimType.EVENTS).matched(),
                "gold gives no place: any");
        GoldEvent planned = goldEvent("Visit", null, null, true, "John Kerry");
        assertEquals(0, score(new Extracted().event(EventType.VISIT, null, null, false, kerry), goldEvents(planned), ClaimType.EVENTS).matched());
        assertEquals(1, score(new Extracted().event(EventType.VISIT, null, null, true, kerry), goldEvents(planned), ClaimType.EVENTS).matched());
        assertEquals(0, score(new Extracted().event(EventType.VISIT, null, null, true, kerry), goldEvents(nowhere), ClaimType.EVENTS).matched());
    }

    @Test
    void eachExtractedClaimMatchesAtMostOneGoldClaim() {
        Entity kerry = Entity.unknown(EntityType.PERSON, "John Kerry");
        GoldEvent v = goldEvent("Visit", null, null, false, "John Kerry");
        Score oneForTwo = score(new Extracted().event(EventType.VISIT, null, null, false, kerry), goldEvents(v, v), ClaimType.EVENTS);
        assertEquals(new Score(1, 2, 1), oneForTwo);
        Score twoForOne = score(new Extracted().event(EventType.VISIT, null, null, false, kerry)
                .event(EventType.VISIT, null, null, false, kerry), goldEvents(v), ClaimType.EVENTS);
        assertEquals(new Score(2, 1, 1), twoForOne);
        ArticleEvaluation ev = MATCHER.match(new Extracted().event(EventType.VISIT, null, null, false, kerry)
                .event(EventType.VISIT, null, null, false, kerry).claims(), goldEvents(v));
        assertEquals(1, ev.result(ClaimType.EVENTS).invented().size());
        assertTrue(ev.result(ClaimType.EVENTS).missed().isEmpty());
    }

    @Test
    void assignmentMakesAsManyPairsAsPossibleDeterministically() {
        // extracted 0 could take gold 0 or 1, extracted 1 only gold 0: greedy in order would pair one only
        boolean[][] can = {{true, true}, {true, false}};
        int[] pairs = Assignment.pair(2, 2, (e, g) -> can[e][g]);
        assertEquals(1, pairs[0]);
        assertEquals(0, pairs[1]);
        assertEquals(List.of(-1), List.of(Assignment.pair(1, 0, (e, g) -> true)[0]));
    }

    @Test
    void quotesNeedTheSpeakerAndEightyPercentOfTheGoldTokens() {
        String goldText = "one two three four five six seven eight nine ten";
        GoldClaims g = gold(List.of(), List.of(), List.of(), List.of(new GoldQuote("John Kerry", false, goldText, null)),
                List.of(), List.of());
        Entity kerry = Entity.unknown(EntityType.PERSON, "John Kerry");
        assertEquals(1, quotes("one two three four five six seven eight and more words", kerry, null, g), "8 of 10");
        assertEquals(0, quotes("one two three four five six seven", kerry, null, g), "7 of 10");
        assertEquals(1, quotes("\u201COne, two, three \u2014 four five six seven eight nine ten.\u201D", kerry, null, g), "punctuation");
        assertEquals(0, quotes(goldText, Entity.unknown(EntityType.PERSON, "Sergey Lavrov"), null, g), "another speaker");
        assertEquals(0, quotes(goldText, null, "a senior US official", g), "no speaker");
    }

    @Test
    void anonymousQuotesCompareTheDescriptionLoosely() {
        String text = "took on board that he would look into it";
        GoldClaims g = gold(List.of(), List.of(), List.of(), List.of(new GoldQuote("a senior US official", true, text, null)),
                List.of(), List.of());
        assertEquals(1, quotes(text, null, "A senior US official", g));
        assertEquals(1, quotes(text, null, "senior US official", g), "contained");
        assertEquals(1, quotes(text, null, "a senior US official travelling with Kerry", g), "contains");
        assertEquals(0, quotes(text, null, "a Russian diplomat", g));
        assertEquals(0, quotes(text, null, null, g), "no description");
        assertEquals(0, quotes(text, Entity.unknown(EntityType.PERSON, "John Kerry"), null, g), "named: not anonymous");
    }

    @Test
    void aSpeakerThatIsNoEntityOfTheGoldIsADescription() {
        String text = "took on board that he would look into it";
        List<GoldEntity> entities = List.of(new GoldEntity("John Kerry", "Person", null, List.of("Secretary Kerry")),
                new GoldEntity("Tajikistan", "State", null));
        GoldClaims g = gold(entities, List.of(), List.of(),
                List.of(new GoldQuote("a senior US official", false, text, null)), List.of(), List.of());
        assertEquals(1, quotes(text, null, "Senior US official", g), "no flag: not an entity, so a description");
        assertEquals(0, quotes(text, null, "a Russian diplomat", g), "another description");
        assertEquals(0, quotes(text, null, null, g), "no description");
        assertEquals(0, quotes(text, Entity.unknown(EntityType.PERSON, "John Kerry"), null, g), "named: not the description");

        GoldClaims byAlias = gold(entities, List.of(), List.of(),
                List.of(new GoldQuote("Secretary Kerry", false, text, null)), List.of(), List.of());
        assertEquals(0, quotes(text, null, "Secretary Kerry", byAlias), "an alias of a gold entity is a name, not a description");
        GoldClaims byGazetteer = gold(entities, List.of(), List.of(),
                List.of(new GoldQuote("Tadjikistan", false, text, null)), List.of(), List.of());
        assertEquals(0, quotes(text, null, "Tadjikistan", byGazetteer), "not listed so, but the gazetteer's name of a listed entity: a name");
        assertEquals(1, quotes(text, e(TAJIKISTAN), null, byGazetteer));

        GoldClaims labelled = new GoldClaims("a", List.of(), List.of(), List.of(),
                List.of(new GoldQuote("Prime Minister of India", false, text, null)), List.of(), List.of(),
                List.of("Prime Minister of India"));
        assertEquals(1, quotes(text, null, "the Prime Minister of India", labelled), "a descriptive label, even without entities");
        GoldClaims unlabelled = gold(List.of(), List.of(), List.of(),
                List.of(new GoldQuote("Prime Minister of India", false, text, null)), List.of(), List.of());
        assertEquals(0, quotes(text, null, "the Prime Minister of India", unlabelled),
                "gold listing no entities cannot tell a description from a name");
    }

    @Test
    void aDescriptionSpeakerOfACharacterisationMatchesAClaimWithoutNamedSpeaker() {
        GoldClaims g = gold(List.of(new GoldEntity("Kyrgyzstan", "State", null)), List.of(), List.of(), List.of(),
                List.of(new GoldCharacterisation("joint communiqué", false, "Kyrgyzstan", "a reliable partner", null)), List.of());
        assertEquals(1, chars(null, "the joint communique", e(KYRGYZSTAN), "a reliable partner", g));
        assertEquals(1, chars(null, null, e(KYRGYZSTAN), "a reliable partner", g), "no description given");
        assertEquals(0, chars(null, "Russian officials", e(KYRGYZSTAN), "a reliable partner", g), "another description");
        assertEquals(0, chars(Entity.unknown(EntityType.PERSON, "John Kerry"), null, e(KYRGYZSTAN), "a reliable partner", g));
    }

    @Test
    void oneLongExtractedQuoteMeetsSeveralGoldSentences() {
        List<GoldEntity> entities = List.of(new GoldEntity("John Kerry", "Person", null));
        String first = "We support the sovereignty and independence of every state here.";
        String second = "Our partnership covers trade, water and the security of the region.";
        GoldClaims g = gold(entities, List.of(), List.of(), List.of(new GoldQuote("John Kerry", false, first, null),
                new GoldQuote("John Kerry", false, second, null)), List.of(), List.of());
        Entity kerry = Entity.unknown(EntityType.PERSON, "John Kerry");
        Extracted ex = new Extracted();
        ex.quotes.add(new QuoteClaim("Thank you. " + first + " And " + second + " Thank you all.", SPAN, kerry, null, SPAN, "test"));
        Score s = score(ex, g, ClaimType.QUOTES);
        assertEquals(new Score(1, 2, 1, 2), s);
        assertEquals(1.0, s.recall(), 1e-12, "2 of 2 gold sentences met");
        assertEquals(1.0, s.precision(), 1e-12, "1 of 1 extracted quote meets gold");

        ex.quotes.add(new QuoteClaim(first + " " + second, SPAN, Entity.unknown(EntityType.PERSON, "Sergey Lavrov"), null, SPAN, "test"));
        ex.quotes.add(new QuoteClaim("We support the sovereignty of every state.", SPAN, kerry, null, SPAN, "test"));
        ArticleEvaluation a = MATCHER.match(ex.claims(), g);
        assertEquals(new Score(3, 2, 1, 2), a.result(ClaimType.QUOTES).score(), "wrong speaker and a fragment meet nothing");
        assertEquals(2, a.result(ClaimType.QUOTES).invented().size());
        assertTrue(a.result(ClaimType.QUOTES).missed().isEmpty());
        assertEquals(0, a.result(ClaimType.QUOTES).partial().count(), "no gold quote left unmatched to be near");
    }

    @Test
    void quotesNearAMissedGoldQuoteArePartial() {
        String gold = "one two three four five six seven eight nine ten";
        GoldClaims g = gold(List.of(new GoldEntity("John Kerry", "Person", null)), List.of(), List.of(),
                List.of(new GoldQuote("John Kerry", false, gold, null)), List.of(), List.of());
        Entity kerry = Entity.unknown(EntityType.PERSON, "John Kerry");
        assertEquals(Map.of(Partial.Reason.TEXT_OVERLAP_SHORT, 1), quotePartial(g, new QuoteClaim("one two three four five", SPAN, kerry, null, SPAN, "t")));
        assertEquals(Map.of(), quotePartial(g, new QuoteClaim("one two eleven twelve", SPAN, kerry, null, SPAN, "t")), "2 of 10: another quote");
        assertEquals(Map.of(Partial.Reason.SPEAKER_OTHER_OR_MISSING, 1), quotePartial(g, new QuoteClaim(gold, SPAN, null, "an official", SPAN, "t")));
    }

    private static Map<Partial.Reason, Integer> quotePartial(GoldClaims g, QuoteClaim q) {
        Extracted ex = new Extracted();
        ex.quotes.add(q);
        TypeResult r = MATCHER.match(ex.claims(), g).result(ClaimType.QUOTES);
        assertEquals(0, r.score().matchedExtracted());
        return r.partial().byReason();
    }

    @Test
    void anEventLackingItsDateOrCityIsPartialAndAnInventedOneIsNot() {
        GoldEvent visit = new GoldEvent("Visit", List.of("John Kerry"), "Samarkand", "Uzbekistan", LocalDate.parse("2015-11-01"), false, null);
        Entity kerry = Entity.unknown(EntityType.PERSON, "John Kerry");
        Entity lavrov = Entity.unknown(EntityType.PERSON, "Sergey Lavrov");
        TypeResult undated = events(goldEvents(visit), new Extracted().event(EventType.VISIT, e(SAMARKAND), null, false, kerry));
        assertEquals(new Score(1, 1, 0), undated.score());
        assertEquals(new Partial(1, Map.of(Partial.Reason.DATE_MISSING, 1)), undated.partial());
        assertTrue(undated.invented().get(0).endsWith("[partial: date missing]"), undated.invented().get(0));

        TypeResult coarse = events(goldEvents(visit), new Extracted().event(EventType.VISIT, e(UZBEKISTAN), "2015-11-02", false, kerry));
        assertEquals(new Partial(1, Map.of(Partial.Reason.DATE_DIFFERS, 1, Partial.Reason.PLACE_MISSING_OR_COARSER, 1)), coarse.partial());
        TypeResult noPlace = events(goldEvents(visit), new Extracted().event(EventType.VISIT, null, "2015-11-01", false, kerry));
        assertEquals(new Partial(1, Map.of(Partial.Reason.PLACE_MISSING_OR_COARSER, 1)), noPlace.partial());

        for (Extracted invented : List.of(
                new Extracted().event(EventType.VISIT, e(SAMARKAND), null, false, lavrov),
                new Extracted().event(EventType.CEREMONY, e(SAMARKAND), null, false, kerry),
                new Extracted().event(EventType.VISIT, e(SAMARKAND), null, true, kerry),
                new Extracted().event(EventType.VISIT, e(KAZAKHSTAN), "2015-11-01", false, kerry))) {
            TypeResult r = events(goldEvents(visit), invented);
            assertEquals(Partial.NONE, r.partial(), invented.events.get(0).toString());
            assertEquals(1, r.invented().size());
        }
        // matched, then the same event again undated: the gold is taken, so the second is no near miss
        TypeResult twice = events(goldEvents(visit), new Extracted().event(EventType.VISIT, e(SAMARKAND), "2015-11-01", false, kerry)
                .event(EventType.VISIT, e(SAMARKAND), null, false, kerry));
        assertEquals(new Score(2, 1, 1), twice.score());
        assertEquals(0, twice.partial().count());
        // two undated copies of one missed gold event: one near miss, not two
        TypeResult copies = events(goldEvents(visit), new Extracted().event(EventType.VISIT, null, null, false, kerry)
                .event(EventType.VISIT, null, null, false, kerry));
        assertEquals(1, copies.partial().count());
    }

    private static TypeResult events(GoldClaims g, Extracted ex) {
        return MATCHER.match(ex.claims(), g).result(ClaimType.EVENTS);
    }

    @Test
    void aPostWithAnotherOrNoStateIsPartial() {
        GoldClaims g = gold(List.of(), List.of(new GoldPost("Abdulaziz Kamilov", "Minister of Foreign Affairs", "Uzbekistan")),
                List.of(), List.of(), List.of(), List.of());
        Entity kamilov = Entity.unknown(EntityType.PERSON, "Abdulaziz Kamilov");
        Extracted ex = new Extracted();
        ex.posts.add(new PostClaim(kamilov, "Foreign Minister", null, SPAN, "test"));
        ex.posts.add(new PostClaim(kamilov, "President", e(UZBEKISTAN), SPAN, "test"));
        TypeResult r = MATCHER.match(ex.claims(), g).result(ClaimType.POSTS);
        assertEquals(new Score(2, 1, 0), r.score());
        assertEquals(new Partial(1, Map.of(Partial.Reason.STATE_OTHER_OR_MISSING, 1)), r.partial());
    }

    private static int quotes(String text, Entity speaker, String description, GoldClaims g) {
        Extracted ex = new Extracted();
        ex.quotes.add(new QuoteClaim(text, SPAN, speaker, description, SPAN, "test"));
        return score(ex, g, ClaimType.QUOTES).matched();
    }

    @Test
    void characterisationsNeedSpeakerSubjectAndSixtyPercentOfTokens() {
        GoldClaims g = gold(List.of(), List.of(), List.of(), List.of(),
                List.of(new GoldCharacterisation("John Kerry", false, "Kyrgyzstan", "a vital partner in Asia", null)), List.of());
        Entity kerry = Entity.unknown(EntityType.PERSON, "John Kerry");
        assertEquals(1, chars(kerry, e(KYRGYZSTAN), "a vital partner in Asia", g));
        assertEquals(1, chars(kerry, e(KYRGYZSTAN), "a vital partner in Europe", g), "4 of 5");
        assertEquals(1, chars(kerry, e(KYRGYZSTAN), "a vital ally in Europe", g), "3 of 5");
        assertEquals(0, chars(kerry, e(KYRGYZSTAN), "a close ally in Europe", g), "2 of 5");
        assertEquals(0, chars(kerry, e(KYRGYZSTAN), "a vital partner in Asia whose elections we watch with great care", g),
                "5 of 12: a whole sentence is not the phrase");
        assertEquals(0, chars(kerry, e(KAZAKHSTAN), "a vital partner in Asia", g), "another subject");
        assertEquals(0, chars(Entity.unknown(EntityType.PERSON, "Sergey Lavrov"), e(KYRGYZSTAN), "a vital partner in Asia", g));
    }

    @Test
    void aSubjectThatIsNoGoldEntityMatchesASubjectDescription() {
        GoldClaims g = gold(List.of(new GoldEntity("Timothy Geithner", "Person", null), new GoldEntity("United States", "State", null),
                        new GoldEntity("Brazil", "State", null)), List.of(), List.of(), List.of(),
                List.of(new GoldCharacterisation("Timothy Geithner", false, "United States and Brazil", "fundamentally aligned", null)),
                List.of());
        Entity geithner = Entity.unknown(EntityType.PERSON, "Timothy Geithner");
        assertEquals(1, describedChars(geithner, "the United States and Brazil", "fundamentally aligned", g), "articles left out");
        assertEquals(0, describedChars(geithner, "the United States and Peru", "fundamentally aligned", g), "3 of 4 words: a name differs");
        assertEquals(0, describedChars(geithner, "Brazil", "fundamentally aligned", g), "1 of 4 words");
        assertEquals(0, chars(geithner, Entity.unknown(EntityType.STATE, "Brazil"), "fundamentally aligned", g), "one entity of the pair");
        GoldClaims named = gold(List.of(new GoldEntity("Brazil", "State", null)), List.of(), List.of(), List.of(),
                List.of(new GoldCharacterisation("Timothy Geithner", false, "Brazil", "a partner", null)), List.of());
        assertEquals(0, describedChars(geithner, "Brazil", "a partner", named), "a gold entity needs the entity");
    }

    private static int describedChars(Entity speaker, String subjectDescription, String as, GoldClaims g) {
        Extracted ex = new Extracted();
        ex.chars.add(new CharacterisationClaim(speaker, null, null, subjectDescription, as, null, SPAN, "test"));
        return score(ex, g, ClaimType.CHARACTERISATIONS).matched();
    }

    private static int chars(Entity speaker, Entity subject, String as, GoldClaims g) {
        return chars(speaker, null, subject, as, g);
    }

    private static int chars(Entity speaker, String description, Entity subject, String as, GoldClaims g) {
        Extracted ex = new Extracted();
        ex.chars.add(new CharacterisationClaim(speaker, description, subject, null, as, null, SPAN, "test"));
        return score(ex, g, ClaimType.CHARACTERISATIONS).matched();
    }

    @Test
    void postsCompareTitlesThroughTheirCanonicalForm() {
        GoldClaims g = gold(List.of(), List.of(new GoldPost("Nursultan Nazarbayev", "President", "Kazakhstan"),
                new GoldPost("Abdulaziz Kamilov", "Minister of Foreign Affairs", "Uzbekistan")), List.of(), List.of(), List.of(), List.of());
        Extracted ex = new Extracted();
        Entity kamilov = Entity.unknown(EntityType.PERSON, "Abdulaziz Kamilov");
        ex.posts.add(new PostClaim(e(NAZARBAYEV), "President", e(KAZAKHSTAN), SPAN, "test"));
        ex.posts.add(new PostClaim(e(NAZARBAYEV), "president", e(KAZAKHSTAN), SPAN, "test")); // the same post again
        ex.posts.add(new PostClaim(kamilov, "Foreign Minister", e(UZBEKISTAN), SPAN, "test"));
        ex.posts.add(new PostClaim(kamilov, "Foreign Minister", e(KAZAKHSTAN), SPAN, "test"));
        assertEquals(new Score(3, 2, 2), score(ex, g, ClaimType.POSTS));
    }

    @Test
    void postTitlesCompareWithoutTheirArticles() {
        GoldClaims g = gold(List.of(), List.of(new GoldPost("Tom Brandt", "Secretary of the Treasury", "United States"),
                new GoldPost("Ana Duarte", "Minister of Trade", "United States")), List.of(), List.of(), List.of(), List.of());
        Extracted ex = new Extracted();
        ex.posts.add(new PostClaim(Entity.unknown(EntityType.PERSON, "Tom Brandt"), "Secretary of Treasury", e(US), SPAN, "test"));
        ex.posts.add(new PostClaim(Entity.unknown(EntityType.PERSON, "Ana Duarte"), "Minister of Foreign Trade", e(US), SPAN, "test"));
        assertEquals(new Score(2, 2, 1), score(ex, g, ClaimType.POSTS));
    }

    @Test
    void aFormerPostMatchesOnlyAGoldPostFlaggedFormer() {
        GoldClaims g = gold(List.of(), List.of(new GoldPost("Nursultan Nazarbayev", "President", "Kazakhstan", true),
                new GoldPost("Abdulaziz Kamilov", "Minister of Foreign Affairs", "Uzbekistan")), List.of(), List.of(), List.of(), List.of());
        Extracted ex = new Extracted();
        Entity kamilov = Entity.unknown(EntityType.PERSON, "Abdulaziz Kamilov");
        ex.posts.add(new PostClaim(e(NAZARBAYEV), "former President", e(KAZAKHSTAN), SPAN, "test"));
        ex.posts.add(new PostClaim(kamilov, "former Foreign Minister", e(UZBEKISTAN), SPAN, "test"));
        assertEquals(new Score(2, 2, 1), score(ex, g, ClaimType.POSTS), "the current post is not the former one");
        Extracted current = new Extracted();
        current.posts.add(new PostClaim(e(NAZARBAYEV), "President", e(KAZAKHSTAN), SPAN, "test"));
        assertEquals(new Score(1, 2, 0), score(current, g, ClaimType.POSTS), "nor the former one the current post");
    }

    @Test
    void topicsMeetThroughTheSchemeLabels() {
        GoldClaims g = gold(List.of(), List.of(), List.of(), List.of(), List.of(), List.of("human rights", "energy", "Energy"));
        Extracted ex = new Extracted();
        ex.topics.add(new TopicClaim("https://example.org/topic/human-rights", "rights", List.of(SPAN)));
        ex.topics.add(new TopicClaim("https://example.org/topic/energy", "energy", List.of(SPAN)));
        ex.topics.add(new TopicClaim("https://example.org/topic/water", "water", List.of(SPAN)));
        assertEquals(new Score(3, 2, 2), score(ex, g, ClaimType.TOPICS), "gold topics distinct after folding");
    }

    @Test
    void precisionRecallAndF1() {
        Score s = new Score(4, 5, 2);
        assertEquals(0.5, s.precision(), 1e-12);
        assertEquals(0.4, s.recall(), 1e-12);
        assertEquals(2 * 0.5 * 0.4 / 0.9, s.f1(), 1e-12);
        assertEquals(1.0, new Score(0, 3, 0).precision(), "nothing extracted: nothing invented");
        assertEquals(0.0, new Score(0, 3, 0).recall());
        assertEquals(0.0, new Score(0, 3, 0).f1());
        assertEquals(1.0, new Score(0, 0, 0).f1());
        assertEquals(new Score(6, 8, 3), new Score(4, 5, 2).plus(new Score(2, 3, 1)));
        Score manyToOne = new Score(4, 6, 2, 5);
        assertEquals(0.5, manyToOne.precision(), 1e-12, "extracted claims meeting gold / extracted");
        assertEquals(5.0 / 6, manyToOne.recall(), 1e-12, "gold claims met / gold");
        assertEquals(2, manyToOne.matched(), "never more than either side");
        assertEquals(new Score(5, 8, 3, 6), manyToOne.plus(new Score(1, 2, 1)));
    }

    @Test
    void tableAndJsonGiveBothMatchedCountsAndThePartialOnes() {
        TypeResult quotes = new TypeResult(new Score(2, 3, 1, 3), List.of(), List.of("x"));
        TypeResult events = new TypeResult(new Score(3, 4, 1), List.of(), List.of("e1", "e2"),
                new Partial(2, Map.of(Partial.Reason.DATE_MISSING, 2, Partial.Reason.PLACE_MISSING_OR_COARSER, 1)));
        ArticleEvaluation a = new ArticleEvaluation("a", Map.of(
                ClaimType.ENTITIES, result(Score.ZERO), ClaimType.POSTS, result(Score.ZERO), ClaimType.EVENTS, events,
                ClaimType.QUOTES, quotes, ClaimType.CHARACTERISATIONS, result(Score.ZERO), ClaimType.TOPICS, result(Score.ZERO)));
        Evaluation ev = new Evaluation(List.of(a, a), List.of(), List.of());
        String table = EvaluationFormat.table(ev);
        assertTrue(table.contains("2/6"), table);
        assertTrue(table.contains("events: 4 (date missing 4, place missing/coarser 2)"), table);
        var json = EvaluationFormat.json(ev);
        assertEquals(0.5, json.path("byType").path("quotes").path("precision").asDouble(), 1e-12);
        assertEquals(1.0, json.path("byType").path("quotes").path("recall").asDouble(), 1e-12);
        assertEquals(6, json.path("byType").path("quotes").path("matchedGold").asInt());
        assertEquals(4, json.path("byType").path("events").path("partial").asInt());
        assertEquals(4, json.path("byType").path("events").path("partialByReason").path("dateMissing").asInt());
        assertEquals(2, json.path("unmatched").path("a").path("partial").path("events").path("partial").asInt());
        assertEquals(4, json.path("overall").path("matchedExtracted").asInt());
        assertEquals(8, json.path("overall").path("matchedGold").asInt());
        assertEquals(8.0 / 14, json.path("overall").path("recall").asDouble(), 1e-3);
    }

    @Test
    void overallIsMicroAveragedOverTypesAndArticles() {
        ArticleEvaluation a = new ArticleEvaluation("a", Map.of(
                ClaimType.ENTITIES, result(new Score(10, 10, 9)), ClaimType.POSTS, result(new Score(1, 2, 1)),
                ClaimType.EVENTS, result(new Score(0, 4, 0)), ClaimType.QUOTES, result(Score.ZERO),
                ClaimType.CHARACTERISATIONS, result(Score.ZERO), ClaimType.TOPICS, result(new Score(5, 0, 0))));
        ArticleEvaluation b = new ArticleEvaluation("b", Map.of(
                ClaimType.ENTITIES, result(new Score(2, 1, 1)), ClaimType.POSTS, result(Score.ZERO),
                ClaimType.EVENTS, result(new Score(1, 1, 1)), ClaimType.QUOTES, result(Score.ZERO),
                ClaimType.CHARACTERISATIONS, result(Score.ZERO), ClaimType.TOPICS, result(Score.ZERO)));
        Evaluation ev = new Evaluation(List.of(a, b), List.of(), List.of());
        assertEquals(new Score(12, 11, 10), ev.score(ClaimType.ENTITIES));
        assertEquals(new Score(19, 18, 12), ev.overall());
        assertEquals(12.0 / 19, ev.overall().precision(), 1e-12);
        assertEquals(12.0 / 18, ev.overall().recall(), 1e-12);
    }

    private static TypeResult result(Score s) {
        return new TypeResult(s, List.of(), List.of());
    }
}
