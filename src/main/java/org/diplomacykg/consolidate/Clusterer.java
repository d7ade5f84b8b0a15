package org.diplomacykg.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;

/**
 * Groups the reports of the same real-world event made by different articles. Deterministic whatever the order the
 * articles arrived in: the reports are sorted by content first. Two reports join when they are of the same kind, from
 * different articles, both planned or both not, with no contradicting dates, sharing a participant, and alike in
 * participants (at least half, counting a person's state as theirs); reports that share no date must be anchored
 * within a week of each other. A report's anchor is its own date; for an undated report, the date of the nearest
 * dated report before it in the same article that shares a participant with it (the narrative's time: "Kerry then
 * went to Astana" after "on November 1, held the first session"), else the nearest such one after it, else the
 * article's publication date. They may disagree on the place (a conflict to show, not a reason
 * to split) when both give the same date, when the same persons meet, or when an undated report anchored on the
 * cluster's day places it in another city of the same state; otherwise their places must agree. A report of an
 * earlier year or month ({@link EventMention#period()}) has no anchor: it joins only reports of the same period
 * ("visited Kenya in 2010" in two articles), never an event of now.
 */
public final class Clusterer {
    /** How alike two participant sets must be (Jaccard over participants and their states). */
    public static final double MIN_SIMILARITY = 0.5;

    private final Places places;

    public Clusterer(Places places) {
        this.places = places;
    }

    /** A set of reports of one event. */
    public static final class Cluster {
        private final List<EventMention> mentions = new ArrayList<>();
        private int index;

        public List<EventMention> mentions() {
            return mentions;
        }

        LocalDate date() {
            return mentions.stream().map(EventMention::date).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }

        Set<String> participants() {
            Set<String> out = new HashSet<>();
            mentions.forEach(m -> out.addAll(m.participants()));
            return out;
        }
    }

    public List<Cluster> cluster(List<EventMention> mentions) {
        anchors = anchors(mentions);
        List<EventMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing((EventMention m) -> m.date() == null ? "9999" : m.date().toString())
                .thenComparing(EventMention::type).thenComparing(EventMention::iri));
        List<Cluster> clusters = new ArrayList<>();
        // Only a cluster with a report anchored within MAX_ARTICLE_DAYS_APART of this one's anchor can take it (joinScore
        // needs the same day or the same week), so clusters are looked up by their reports' anchor days, in the order
        // they were made: the same choice as trying every cluster, at a cost that grows with the corpus, not its square.
        // Reports of an earlier year or month have no anchor: they are looked up by their period.
        java.util.TreeMap<Long, Set<Integer>> byAnchorDay = new java.util.TreeMap<>();
        Map<String, Set<Integer>> byPeriod = new HashMap<>();
        for (EventMention m : sorted) {
            LocalDate anchor = anchors.get(m);
            Cluster best = null;
            double bestScore = -1;
            if (anchor != null || m.period() != null) {
                java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
                if (anchor != null) {
                    long day = anchor.toEpochDay();
                    byAnchorDay.subMap(day - MAX_ARTICLE_DAYS_APART, true, day + MAX_ARTICLE_DAYS_APART, true).values()
                            .forEach(candidates::addAll);
                } else {
                    candidates.addAll(byPeriod.getOrDefault(m.period(), Set.of()));
                }
                for (int i : candidates) {
                    Cluster c = clusters.get(i);
                    double score = joinScore(m, c);
                    if (score > bestScore) {
                        best = c;
                        bestScore = score;
                    }
                }
            }
            if (best == null || bestScore < MIN_SIMILARITY) {
                best = new Cluster();
                clusters.add(best);
                best.index = clusters.size() - 1;
            }
            best.mentions.add(m);
            if (anchor != null) {
                byAnchorDay.computeIfAbsent(anchor.toEpochDay(), k -> new HashSet<>()).add(best.index);
            } else if (m.period() != null) {
                byPeriod.computeIfAbsent(m.period(), k -> new HashSet<>()).add(best.index);
            }
        }
        return clusters;
    }

    /** A visit to a city is a visit to its state; a visit to a region is the whole tour, not one of its stops. */
    private boolean sameStop(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if ("Region".equals(places.type(a)) || "Region".equals(places.type(b))) {
            return false;
        }
        return places.compatible(a, b);
    }

    /** How many days apart the articles of two reports may be when the reports share no date. */
    public static final int MAX_ARTICLE_DAYS_APART = 7;

    /** Each report's anchor in time (see the class comment); absent when neither it nor its article has a date. */
    private Map<EventMention, LocalDate> anchors = Map.of();

    static Map<EventMention, LocalDate> anchors(List<EventMention> mentions) {
        Map<EventMention, LocalDate> out = new HashMap<>();
        Map<String, List<EventMention>> byArticle = new HashMap<>();
        mentions.forEach(m -> byArticle.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m));
        for (EventMention m : mentions) {
            if (m.date() != null) {
                out.put(m, m.date());
                continue;
            }
            if (m.period() != null) {
                continue; // an event of an earlier year or month is anchored by no day of now
            }
            EventMention before = null;
            EventMention after = null;
            for (EventMention o : byArticle.get(m.articleId())) {
                if (o.date() == null || o.planned() || !o.articleId().equals(m.articleId())
                        || java.util.Collections.disjoint(o.participants(), m.participants())) {
                    continue;
                }
                if (o.position() <= m.position() && (before == null || o.position() > before.position())) {
                    before = o;
                } else if (o.position() > m.position() && (after == null || o.position() < after.position())) {
                    after = o;
                }
            }
            LocalDate anchor = before != null ? before.date() : after != null ? after.date() : m.articleDate();
            if (anchor != null) {
                out.put(m, anchor);
            }
        }
        return out;
    }

    private boolean sameWeek(Cluster c, EventMention m) {
        LocalDate mine = anchors.get(m);
        if (mine == null) {
            return false;
        }
        return c.mentions.stream().allMatch(o -> anchors.get(o) != null
                && Math.abs(anchors.get(o).toEpochDay() - mine.toEpochDay()) <= MAX_ARTICLE_DAYS_APART);
    }

    /** The same two or more persons, and no one else: a meeting the sources may place differently. */
    private boolean samePersons(EventMention a, EventMention b) {
        Set<String> pa = new HashSet<>();
        Set<String> pb = new HashSet<>();
        a.participants().stream().filter(p -> "Person".equals(places.type(p))).forEach(pa::add);
        b.participants().stream().filter(p -> "Person".equals(places.type(p))).forEach(pb::add);
        return pa.size() >= 2 && pa.equals(pb);
    }

    /** How well the report fits the cluster, or -1 when it cannot join it. */
    double joinScore(EventMention m, Cluster c) {
        EventMention first = c.mentions.get(0);
        if (!first.type().equals(m.type()) || first.planned() != m.planned() || !java.util.Objects.equals(first.period(), m.period())) {
            return -1;
        }
        if (c.mentions.stream().anyMatch(o -> o.articleId().equals(m.articleId()))) {
            return -1; // an article's own reports were merged by the extract stage already
        }
        LocalDate date = c.date();
        if (date != null && m.date() != null && !date.equals(m.date())) {
            return -1;
        }
        boolean sameDay = date != null && date.equals(m.date());
        // an undated report told beside the cluster's day ("then went to Samarkand for talks ... on November 1")
        boolean anchoredSameDay = date != null && m.date() == null && date.equals(anchors.get(m));
        boolean samePeriod = m.period() != null; // (the period is the cluster's, as checked above)
        if (!sameDay && !samePeriod && !sameWeek(c, m)) {
            return -1; // without a shared date, only reports anchored close together can be of one event
        }
        for (EventMention o : c.mentions) {
            if (o.place() == null || m.place() == null) {
                continue;
            }
            if (m.type().equals("Visit") ? !sameStop(o.place(), m.place())
                    : !places.compatible(o.place(), m.place()) && !(sameDay || samePersons(o, m)
                            || anchoredSameDay && places.sameState(o.place(), m.place()))) {
                return -1;
            }
        }
        Set<String> shared = new HashSet<>(c.participants());
        shared.retainAll(m.participants());
        if (shared.isEmpty()) {
            return -1;
        }
        Set<String> a = places.sides(c.participants());
        Set<String> b = places.sides(m.participants());
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return union.isEmpty() ? -1 : (double) inter.size() / union.size();
    }
}
