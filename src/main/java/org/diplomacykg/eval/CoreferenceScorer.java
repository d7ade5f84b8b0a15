package org.diplomacykg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.consolidate.Clusterer;
import org.diplomacykg.consolidate.EventMention;
import org.diplomacykg.consolidate.Places;
import org.diplomacykg.extract.Claims;
import org.diplomacykg.extract.Claims.EventClaim;
import org.diplomacykg.extract.Entity;
import org.diplomacykg.extract.EntityType;
import org.diplomacykg.extract.GazetteerEntry;

/**
 * Scores event coreference across articles: the extracted events of every article go through the consolidate
 * stage's {@link Clusterer}, and each pair of gold events from different articles is checked against the gold keys.
 */
final class CoreferenceScorer {
    /** One evaluated article: its claims, its gold, and which gold event each extracted event matched. */
    record Article(Claims claims, GoldClaims gold, int[] eventPairs) {}

    private CoreferenceScorer() {}

    static Coreference score(List<Article> articles) {
        List<EventMention> mentions = new ArrayList<>();
        Map<String, String> mentionOfGold = new HashMap<>(); // "article#goldIndex" -> mention iri
        Map<String, Set<String>> locatedIn = new HashMap<>();
        Map<String, String> citizenOf = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        for (Article a : articles) {
            List<EventClaim> events = a.claims().events();
            for (int i = 0; i < events.size(); i++) {
                EventClaim e = events.get(i);
                String iri = a.claims().article().id() + "#" + i;
                Set<String> participants = new HashSet<>();
                for (Entity p : e.participants()) {
                    participants.add(p.key());
                    learn(p, locatedIn, citizenOf, types);
                }
                if (e.place() != null) {
                    learn(e.place(), locatedIn, citizenOf, types);
                }
                mentions.add(new EventMention(iri, a.claims().article().id(), a.claims().article().date(),
                        ClaimMatcher.goldType(e.type()), e.date(), e.period(), e.place() == null ? null : e.place().key(), participants,
                        e.planned(), List.of(), e.evidence().isEmpty() ? 0 : e.evidence().get(0).begin()));
                if (a.eventPairs()[i] >= 0) {
                    mentionOfGold.put(a.claims().article().id() + "#" + a.eventPairs()[i], iri);
                }
            }
        }
        Map<String, Integer> clusterOf = new HashMap<>();
        List<Clusterer.Cluster> clusters = new Clusterer(new Places(locatedIn, citizenOf, types)).cluster(mentions);
        for (int c = 0; c < clusters.size(); c++) {
            for (EventMention m : clusters.get(c).mentions()) {
                clusterOf.put(m.iri(), c);
            }
        }
        int goldSame = 0;
        int joined = 0;
        int predictedSame = 0;
        int goldApart = 0;
        int keptApart = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article a = articles.get(i);
                Article b = articles.get(j);
                for (int ga = 0; ga < a.gold().events().size(); ga++) {
                    for (int gb = 0; gb < b.gold().events().size(); gb++) {
                        String ka = a.gold().events().get(ga).key();
                        String kb = b.gold().events().get(gb).key();
                        boolean same = ka != null && ka.equals(kb);
                        String ma = mentionOfGold.get(a.claims().article().id() + "#" + ga);
                        String mb = mentionOfGold.get(b.claims().article().id() + "#" + gb);
                        boolean together = ma != null && mb != null && clusterOf.get(ma).equals(clusterOf.get(mb));
                        if (same) {
                            goldSame++;
                            joined += together ? 1 : 0;
                        }
                        if (ma != null && mb != null) {
                            predictedSame += together ? 1 : 0;
                            if (!same) {
                                goldApart++;
                                keptApart += together ? 0 : 1;
                            }
                        }
                    }
                }
            }
        }
        return new Coreference(goldSame, joined, predictedSame, goldApart, keptApart);
    }

    private static void learn(Entity e, Map<String, Set<String>> locatedIn, Map<String, String> citizenOf, Map<String, String> types) {
        types.put(e.key(), switch (e.type()) {
            case PERSON -> "Person";
            case STATE -> "State";
            case CITY -> "City";
            case REGION -> "Region";
            case ORGANISATION -> "Organisation";
            case PLACE -> "Place";
            case VENUE -> "Venue";
        });
        GazetteerEntry g = e.entry();
        if (g != null) {
            locatedIn.computeIfAbsent(e.key(), k -> new HashSet<>()).addAll(g.locatedIn());
            if (g.citizenOf() != null && e.type() == EntityType.PERSON) {
                citizenOf.put(e.key(), g.citizenOf());
            }
        }
    }
}
