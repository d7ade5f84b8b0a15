package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomacykg.extract.Claims.EventClaim;

/**
 * Joins the mentions of one event within one article, and decides what kind of meeting each meeting is.
 * Two mentions join when their types, participants, places and dates do not contradict each other. A meeting
 * fragment (fewer than two participants, such as "in the talks in Samarkand, Kerry ...") lends its place and date to
 * the nearest full meeting within a few sentences and is then dropped; a meeting "on the sidelines of" another takes the
 * place and date of the latest multilateral meeting before it. Meetings that end with fewer than two participants are
 * dropped: a meeting with nobody is no claim.
 */
public final class EventMerger {
    /** How far, in sentences, a fragment may lend its place and date. */
    public static final int FRAGMENT_REACH = 3;
    /** "On the fringes of that meeting": a meeting on the sidelines of one told before (not of one the sentence names). */
    private static final Pattern SIDELINES = Pattern.compile("\\b(sidelines|fringes|margins|side-lines)\\s+of\\s+(that|this|these|those|the same|it)\\b");

    private final Gazetteer gazetteer;
    /** Names of the rules whose visits take no date from a meeting ({@link EventExtractor#NO_MEETING_DATE}). */
    private final Set<String> undatedVisitRules;

    /** {@code undatedVisitRules}: the rules flagged {@link EventExtractor#NO_MEETING_DATE} in {@code events.tsv}. */
    public EventMerger(Gazetteer gazetteer, Set<String> undatedVisitRules) {
        this.gazetteer = gazetteer;
        this.undatedVisitRules = Set.copyOf(undatedVisitRules);
    }

    public List<EventClaim> merge(ArticleContext ctx, List<EventClaim> mentions) {
        List<EventClaim> full = new ArrayList<>();
        List<EventClaim> fragments = new ArrayList<>();
        List<EventClaim> attendances = new ArrayList<>();
        for (EventClaim e : mentions) {
            if (e.type() == EventType.ATTENDANCE || e.type() == EventType.JOINING || e.type() == EventType.ARRIVAL) {
                attendances.add(e);
            } else if (e.type() == EventType.MEETING && e.participants().size() < 2) {
                fragments.add(e);
            } else {
                full.add(e);
            }
        }
        full = mergeAll(full);
        for (EventClaim f : fragments) {
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int i = 0; i < full.size(); i++) {
                EventClaim e = full.get(i);
                // A fragment that gives neither place nor date adds nothing but a sentence that may not be about e.
                boolean informative = f.place() != null || f.date() != null;
                if (!e.type().isMeeting() || !informative || !compatible(f, e, true)) {
                    continue;
                }
                int d = distance(ctx, f, e);
                if (d <= FRAGMENT_REACH && d < bestDistance) {
                    best = i;
                    bestDistance = d;
                }
            }
            if (best >= 0) {
                full.set(best, join(full.get(best), f));
            }
        }
        full = mergeAll(full);
        for (EventClaim a : attendances) {
            if (a.type() == EventType.ATTENDANCE) {
                attend(ctx, a, full);
            }
        }
        List<EventClaim> out = new ArrayList<>();
        for (EventClaim e : full) {
            out.add(jointStatementOf(sidelines(ctx, e, out), out));
        }
        attendances.stream().filter(a -> a.type() == EventType.ARRIVAL).forEach(a -> arrival(ctx, a, out));
        out.replaceAll(e -> visitDate(e, out));
        out.replaceAll(e -> narrativeDate(ctx, e, out));
        out.replaceAll(e -> continuity(ctx, e, out));
        out.replaceAll(e -> visitCity(e, out));
        out.replaceAll(EventMerger::withoutRepresentedStates);
        dateline(ctx, out);
        for (EventClaim a : attendances) {
            if (a.type() == EventType.JOINING) {
                attend(ctx, a, out); // once the meeting they joined has its place and day
            }
        }
        List<EventClaim> typed = new ArrayList<>();
        for (EventClaim e : out) {
            if (e.type() == EventType.JOINT_STATEMENT && e.participants().isEmpty()) {
                continue; // a statement by no one named, and no meeting it came out of
            }
            if (e.type() == EventType.BILATERAL_MEETING && actors(e) < 2) {
                continue;
            }
            if (e.type() == EventType.MEETING) {
                int n = actors(e);
                if (n < 2) {
                    continue;
                }
                e = withType(e, n == 2 ? EventType.BILATERAL_MEETING : EventType.MULTILATERAL_MEETING);
            }
            typed.add(e);
        }
        return typed;
    }

    private List<EventClaim> mergeAll(List<EventClaim> events) {
        List<EventClaim> out = new ArrayList<>(events);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    if (compatible(out.get(i), out.get(j), false)) {
                        out.set(i, join(out.get(i), out.get(j)));
                        out.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Foreign ministers of the G7 countries attended", "The Meeting was opened by X": the attendees join the latest
     * meeting reported before, in the same sentence or up to {@link #FRAGMENT_REACH} sentences back; those who joined
     * after it ({@link EventType#JOINING}) meet its participants in a meeting of their own.
     */
    private void attend(ArticleContext ctx, EventClaim attendance, List<EventClaim> events) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < events.size(); i++) {
            EventClaim e = events.get(i);
            if (!e.type().isMeeting() || e.evidence().get(0).begin() > attendance.evidence().get(0).begin()) {
                continue;
            }
            int d = distance(ctx, attendance, e);
            if (d <= FRAGMENT_REACH && d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        if (best >= 0) {
            EventClaim e = events.get(best);
            List<Entity> participants = new ArrayList<>(e.participants());
            attendance.participants().stream().filter(p -> !participants.contains(p)).forEach(participants::add);
            List<Span> evidence = new ArrayList<>(e.evidence());
            attendance.evidence().stream().filter(sp -> !evidence.contains(sp)).forEach(evidence::add);
            if (attendance.type() == EventType.JOINING) {
                // Joined after the meeting: a meeting of its own, the first one left as it was.
                events.add(new EventClaim(EventType.MEETING, participants, e.place(), e.date(), e.planned(), attendance.evidence(),
                        e.rule() + "+" + attendance.rule() + "+after", e.period()));
            } else {
                events.set(best, new EventClaim(e.type(), participants, e.place(), e.date(), e.planned(), evidence, e.rule() + "+" + attendance.rule(),
                        e.period()));
            }
        }
    }

    /** Same kind of event, no contradiction in place, date or plan, and the participants of one among the other's. */
    private boolean compatible(EventClaim a, EventClaim b, boolean fragment) {
        boolean sameKind = a.type() == b.type() || (a.type().isMeeting() && b.type().isMeeting());
        if (!sameKind || a.planned() != b.planned() || !java.util.Objects.equals(a.period(), b.period())) {
            return false; // ("visited Kenya in 2010" is not the visit of now)
        }
        if ((a.type() == EventType.BILATERAL_MEETING || b.type() == EventType.BILATERAL_MEETING) && actors(join(a, b)) > 2) {
            return false; // "bilateral talks" are not the multilateral session reported beside them
        }
        if (a.date() != null && b.date() != null && !a.date().equals(b.date())) {
            return false;
        }
        if (a.place() != null && b.place() != null && !samePlace(a.place(), b.place())) {
            return false;
        }
        if (a.type() == EventType.VISIT && (a.place() == null || b.place() == null || !sameVisitPlace(a.place(), b.place()))) {
            return false;
        }
        if (a.type() == EventType.JOINT_STATEMENT && b.type() == EventType.JOINT_STATEMENT) {
            return true; // an article's mentions of "a joint statement" are one statement, whoever it names
        }
        return fragment ? covered(a, b) : covered(a, b) || covered(b, a);
    }

    /** Every participant of a is one of b's, or a state one of b's persons comes from. */
    private boolean covered(EventClaim a, EventClaim b) {
        if (a.participants().isEmpty()) {
            return b.participants().isEmpty() || a.type() == b.type();
        }
        for (Entity p : a.participants()) {
            if (b.participants().contains(p)) {
                continue;
            }
            boolean represented = p.type() == EntityType.STATE && b.participants().stream()
                    .anyMatch(q -> q.entry() != null && p.iri() != null && p.iri().equals(q.entry().citizenOf()));
            if (!represented) {
                return false;
            }
        }
        return true;
    }

    /** A visit to a city is the visit to its state; a visit to a region is the whole trip, not a stop of it. */
    private boolean sameVisitPlace(Entity a, Entity b) {
        return a.equals(b) || (b.type() == EntityType.STATE && inside(a, b)) || (a.type() == EntityType.STATE && inside(b, a));
    }

    private boolean samePlace(Entity a, Entity b) {
        return a.equals(b) || inside(a, b) || inside(b, a);
    }

    private boolean inside(Entity inner, Entity outer) {
        return gazetteer.inside(inner, outer);
    }

    private EventClaim join(EventClaim a, EventClaim b) {
        List<Entity> participants = new ArrayList<>(a.participants());
        for (Entity p : b.participants()) {
            if (!participants.contains(p)) {
                participants.add(p);
            }
        }
        Entity place = a.place();
        if (place == null || (b.place() != null && inside(b.place(), place))) {
            place = b.place();
        }
        List<Span> evidence = new ArrayList<>(a.evidence());
        for (Span s : b.evidence()) {
            if (!evidence.contains(s)) {
                evidence.add(s);
            }
        }
        evidence.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        EventType type = a.type() == EventType.MEETING ? b.type() : a.type();
        return new EventClaim(type, participants, place, a.date() != null ? a.date() : b.date(), a.planned(), evidence,
                a.rule().equals(b.rule()) ? a.rule() : a.rule() + "+" + b.rule(), a.period());
    }

    private static int distance(ArticleContext ctx, EventClaim a, EventClaim b) {
        int best = Integer.MAX_VALUE;
        for (Span x : a.evidence()) {
            for (Span y : b.evidence()) {
                best = Math.min(best, Math.abs(sentenceOf(ctx, x) - sentenceOf(ctx, y)));
            }
        }
        return best;
    }

    private static int sentenceOf(ArticleContext ctx, Span s) {
        var sentence = ctx.annotated().sentenceAt(s.begin());
        return sentence == null ? -1 : sentence.index();
    }

    private static EventClaim sidelines(ArticleContext ctx, EventClaim e, List<EventClaim> before) {
        if ((e.place() != null && e.date() != null) || !e.type().isMeeting()) {
            return e;
        }
        boolean onSidelines = e.evidence().stream().anyMatch(sp -> SIDELINES.matcher(sp.of(ctx.body()).toLowerCase(Locale.ROOT)).find());
        if (!onSidelines) {
            return e;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            EventClaim host = before.get(i);
            if (host.type().isMeeting() && actors(host) > 2 && host.evidence().get(0).begin() < e.evidence().get(0).begin()
                    && java.util.Objects.equals(host.period(), e.period())) {
                return new EventClaim(e.type(), e.participants(), e.place() != null ? e.place() : host.place(),
                        e.date() != null ? e.date() : host.date(), e.planned(), e.evidence(), e.rule() + "+sidelines", e.period());
            }
        }
        return e;
    }

    /**
     * A joint statement that names no one of its own ("a joint final communique said ...") is the statement of the
     * latest multilateral meeting before it: it takes that meeting's participants, place and date.
     */
    private static EventClaim jointStatementOf(EventClaim e, List<EventClaim> before) {
        if (e.type() != EventType.JOINT_STATEMENT || !e.participants().isEmpty()) {
            return e;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            EventClaim host = before.get(i);
            if (host.type().isMeeting() && actors(host) > 2 && !host.planned() && java.util.Objects.equals(host.period(), e.period())) {
                return new EventClaim(e.type(), host.participants(), e.place() != null ? e.place() : host.place(),
                        e.date() != null ? e.date() : host.date(), e.planned(), e.evidence(), e.rule() + "+of-meeting", e.period());
            }
        }
        return e;
    }

    /**
     * "X is on an official visit to India. [...] X arrived yesterday.": an arrival with a day and no place dates the
     * one undated visit of X reported before it in the article (not when X has visits to two places, or a dated one).
     */
    private void arrival(ArticleContext ctx, EventClaim arrival, List<EventClaim> events) {
        Entity person = arrival.participants().get(0);
        int at = arrival.evidence().get(0).begin();
        List<Integer> visits = new ArrayList<>();
        boolean anyVisit = false;
        for (int i = 0; i < events.size(); i++) {
            EventClaim v = events.get(i);
            anyVisit |= v.type() == EventType.VISIT && v.participants().contains(person);
            if (v.type() == EventType.VISIT && v.participants().contains(person) && v.planned() == arrival.planned()
                    && v.period() == null && v.evidence().get(0).begin() <= at) {
                visits.add(i);
            }
        }
        if (!anyVisit) {
            // "Lula arrived on Monday" in a story of no visit of his: he came to where the story happens, when the
            // article says (its host state), else to a place it does not name.
            events.add(new EventClaim(EventType.VISIT, List.of(person), ctx.hostState(), arrival.date(), arrival.planned(),
                    arrival.evidence(), arrival.rule()));
            return;
        }
        if (visits.size() != 1 || events.get(visits.get(0)).date() != null) {
            return;
        }
        EventClaim v = events.get(visits.get(0));
        List<Span> evidence = new ArrayList<>(v.evidence());
        arrival.evidence().stream().filter(sp -> !evidence.contains(sp)).forEach(evidence::add);
        events.set(visits.get(0), new EventClaim(v.type(), v.participants(), v.place(), arrival.date(), v.planned(), evidence,
                v.rule() + "+" + arrival.rule()));
    }

    /**
     * A visit reported in the same sentence as a dated meeting at the same place ("Kerry was in Samarkand to meet his
     * counterparts") happened on the meeting's date.
     */
    private EventClaim visitDate(EventClaim v, List<EventClaim> all) {
        if (v.type() != EventType.VISIT || v.date() != null || v.place() == null || v.period() != null) {
            return v;
        }
        if (List.of(v.rule().split("\\+")).stream().anyMatch(undatedVisitRules::contains)) {
            return v; // "went to Samarkand ... and, on November 1, held a session": the day he arrived is not told
        }
        for (EventClaim m : all) {
            if (m.type().isMeeting() && m.date() != null && m.place() != null && samePlace(m.place(), v.place()) && m.period() == null
                    && m.planned() == v.planned() && m.evidence().stream().anyMatch(v.evidence()::contains)) {
                return new EventClaim(v.type(), v.participants(), v.place(), m.date(), v.planned(), v.evidence(), v.rule() + "+meeting-date");
            }
        }
        return v;
    }

    /**
     * "X visited Tajikistan and Turkmenistan on Tuesday. [...] X met President Y in Dushanbe": a dated visit to a state
     * took place in the one city of that state where the article has all its visitors on that day (the city, not the
     * country, when the article names it).
     */
    private EventClaim visitCity(EventClaim v, List<EventClaim> all) {
        if (v.type() != EventType.VISIT || v.date() == null || v.place() == null || v.place().type() != EntityType.STATE) {
            return v;
        }
        Set<Entity> cities = new java.util.LinkedHashSet<>();
        for (EventClaim e : all) {
            if (e != v && e.planned() == v.planned() && v.date().equals(e.date()) && e.place() != null
                    && e.place().type() == EntityType.CITY && inside(e.place(), v.place()) && e.participants().containsAll(v.participants())) {
                cities.add(e.place());
            }
        }
        if (cities.size() != 1) {
            return v;
        }
        Entity city = cities.iterator().next();
        boolean told = all.stream().anyMatch(e -> e.type() == EventType.VISIT && city.equals(e.place()) && v.date().equals(e.date())
                && e.participants().equals(v.participants()));
        return told ? v : new EventClaim(v.type(), v.participants(), city, v.date(), v.planned(), v.evidence(), v.rule() + "+city");
    }

    /** How far back, in sentences and past its paragraph, an event may find the visit whose city it happened in. */
    static final int CONTINUITY_REACH = 4;

    /**
     * "Kerry ... met President Atambaev in Bishkek. [...] He also presided over the opening of ...": an event with no
     * place or date of its own, reported later in the same paragraph as an event of the same person at a city,
     * happened in that city (the nearest such event before it).
     */
    private EventClaim continuity(ArticleContext ctx, EventClaim e, List<EventClaim> all) {
        if (e.place() != null || e.type() == EventType.VISIT || e.planned() && e.date() == null || e.period() != null) {
            return e;
        }
        // From each sentence that reports the event ("his upcoming meeting with ..." in the lead, "is to attend the
        // meeting" after the arrival it follows), the first that finds a place.
        for (Span at : e.evidence()) {
            EventClaim placed = continuity(ctx, e, all, ctx.annotated().sentenceAt(at.begin()));
            if (placed != e) {
                return placed;
            }
        }
        return e;
    }

    private EventClaim continuity(ArticleContext ctx, EventClaim e, List<EventClaim> all, org.diplomacykg.nlp.Sentence sentence) {
        if (sentence == null || sentence.index() == 0) {
            return e;
        }
        // Back through the paragraph, nearest sentence first; past its start only to the visit the person is on, while
        // the sentence names no place of its own (a wire story's next paragraph goes on in the city just reached).
        boolean namesPlace = ctx.mentions(sentence.index()).stream().anyMatch(m -> m.entity().type().isPlace()
                && m.entity().type() != EntityType.STATE && m.kind() != Mention.Kind.DEMONYM);
        boolean sameParagraph = true;
        for (int k = sentence.index() - 1; k >= 0; k--) {
            var previous = ctx.sentences().get(k);
            var next = ctx.sentences().get(k + 1);
            if (ctx.body().substring(previous.end(), next.begin()).contains("\n\n")) {
                sameParagraph = false;
            }
            if (!sameParagraph && (namesPlace || sentence.index() - k > CONTINUITY_REACH)) {
                break;
            }
            for (EventClaim p : all) {
                if (!sameParagraph && p.type() != EventType.VISIT || p.period() != null) {
                    continue;
                }
                if (e.date() != null && p.date() != null && !e.date().equals(p.date())) {
                    continue; // another day: the person may have moved on
                }
                if (e.planned() && !e.date().equals(p.date())) {
                    continue; // a plan is placed only by where its person is that same day
                }
                if (e.date() != null && sameParagraph && p.type() != EventType.VISIT && p.date() == null) {
                    continue;
                }
                boolean there = p.evidence().stream().anyMatch(sp -> sp.begin() == previous.begin());
                boolean sharesPerson = p.participants().stream().anyMatch(x -> x.type() == EntityType.PERSON && e.participants().contains(x));
                // A meeting with other states may be held elsewhere, unless the host is among them (a group meeting
                // of the visited state and its neighbours, held where the visitor is).
                boolean hostAmong = e.participants().stream().anyMatch(x -> x.type() == EntityType.STATE
                        && p.place() != null && p.place().entry() != null && p.place().entry().locatedIn().contains(x.iri()));
                boolean otherStates = !hostAmong && e.participants().stream().anyMatch(x -> x.type() == EntityType.STATE
                        && (p.place() == null || p.place().entry() == null || !p.place().entry().locatedIn().contains(x.iri())));
                if (p != e && there && sharesPerson && !otherStates && !p.planned() && p.place() != null && p.place().type() == EntityType.CITY) {
                    return new EventClaim(e.type(), e.participants(), p.place(), e.date(), e.planned(), e.evidence(), e.rule() + "+same-place");
                }
            }
        }
        return e;
    }

    /**
     * "ASTANA (Reuters) - Secretary of State John Kerry reaffirmed ... on Monday in talks with Nazarbayev": the events of
     * a wire story's first sentence happened in its dateline's city when they name no place, or only the state the city
     * is in; and a person of another state (by the gazetteer) taking part in a meeting there is visiting the city, that
     * day. Events of later sentences are not placed by the dateline (the story moves on), but those saying "here" are.
     */
    private void dateline(ArticleContext ctx, List<EventClaim> events) {
        Entity city = ctx.datelineCity();
        if (city == null || city.entry() == null) {
            return;
        }
        var first = ctx.sentences().get(0);
        List<EventClaim> visits = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventClaim e = events.get(i);
            var sentence = e.evidence().isEmpty() ? null : ctx.annotated().sentenceAt(e.evidence().get(0).begin());
            if (sentence == null || e.period() != null) {
                continue;
            }
            boolean inFirst = sentence.index() == first.index();
            boolean here = sentence.tokens().stream().anyMatch(t -> t.word().equalsIgnoreCase("here") && t.pos().startsWith("RB"));
            boolean coarser = e.place() == null || (e.place().type() == EntityType.STATE && inside(city, e.place()));
            if ((inFirst || here) && coarser) {
                e = new EventClaim(e.type(), e.participants(), city, e.date(), e.planned(), e.evidence(), e.rule() + "+dateline");
                events.set(i, e);
            }
            if (inFirst && e.type().isMeeting() && !e.planned() && city.equals(e.place())) {
                for (Entity p : e.participants()) {
                    boolean foreign = p.type() == EntityType.PERSON && p.entry() != null && p.entry().citizenOf() != null
                            && city.entry().locatedIn().stream().noneMatch(p.entry().citizenOf()::equals)
                            && gazetteer.containers(city.entry()).stream().noneMatch(c -> c.iri().equals(p.entry().citizenOf()));
                    boolean told = events.stream().anyMatch(v -> v.type() == EventType.VISIT && v.participants().contains(p)
                            && v.place() != null && v.place().equals(city));
                    if (foreign && !told) {
                        visits.add(new EventClaim(EventType.VISIT, List.of(p), city, e.date(), false, e.evidence(), "dateline-visit"));
                    }
                }
            }
        }
        events.addAll(visits);
    }

    /**
     * "the US Secretary of State John Kerry and the ministers of A and B signed": a state takes part through the person
     * named for it, so it is no participant of its own beside them (a state is a participant where no person of it is
     * named). A person's state is the gazetteer's.
     */
    private static EventClaim withoutRepresentedStates(EventClaim e) {
        Set<String> represented = new java.util.HashSet<>();
        for (Entity p : e.participants()) {
            if (p.type() == EntityType.PERSON && p.entry() != null && p.entry().citizenOf() != null) {
                represented.add(p.entry().citizenOf());
            }
        }
        if (represented.isEmpty() || e.participants().stream().noneMatch(p -> p.type() == EntityType.STATE && represented.contains(p.iri()))) {
            return e;
        }
        List<Entity> kept = e.participants().stream()
                .filter(p -> p.type() != EntityType.STATE || !represented.contains(p.iri())).toList();
        return new EventClaim(e.type(), kept, e.place(), e.date(), e.planned(), e.evidence(), e.rule(), e.period());
    }

    /** How far back, in sentences, an undated event may take the day of the narrative it continues. */
    static final int NARRATIVE_REACH = 2;

    /**
     * "Kerry visited Tajikistan on Tuesday. [...] Kerry met President Rakhmon at the palace in Dushanbe": an event whose
     * sentence names no time at all, told just after a dated event of the same person at a place that contains it,
     * is inside it, or is not said, happened that day. A sentence that names a time of its own (even one we cannot
     * read as a day: "in 2014", "last month") or looks back ("had met") keeps its own; a planned event takes the day
     * only in a story of that day (see {@link #sameDayStory}).
     */
    private EventClaim narrativeDate(ArticleContext ctx, EventClaim e, List<EventClaim> all) {
        if (e.date() != null || e.period() != null || e.evidence().isEmpty()) {
            return e;
        }
        var sentence = ctx.annotated().sentenceAt(e.evidence().get(0).begin());
        if (sentence == null || namesTime(sentence)) {
            return e;
        }
        for (int k = sentence.index() - 1; k >= Math.max(0, sentence.index() - NARRATIVE_REACH); k--) {
            var previous = ctx.sentences().get(k);
            EventClaim dated = null;
            for (EventClaim p : all) {
                boolean there = p.evidence().stream().anyMatch(sp -> sp.begin() == previous.begin());
                if (p == e || !there || p.date() == null || p.planned()) {
                    continue;
                }
                boolean sharesPerson = p.participants().stream().anyMatch(x -> x.type() == EntityType.PERSON && e.participants().contains(x));
                boolean places = e.place() == null || p.place() == null || samePlace(e.place(), p.place());
                if (sharesPerson && places && (dated == null || dated.date().equals(p.date()))) {
                    dated = p;
                } else if (sharesPerson && dated != null && !dated.date().equals(p.date())) {
                    return e; // two days told of that person there: which one is not known
                }
            }
            if (dated != null && multiDay(previous, dated.date())) {
                return e; // "visited Astana on November 1-3": which of the days is not known
            }
            if (dated != null && e.planned() && !sameDayStory(ctx, dated.date())) {
                return e; // a plan told after a past event may be for any day
            }
            if (dated != null) {
                return new EventClaim(e.type(), e.participants(), e.place(), dated.date(), e.planned(), e.evidence(), e.rule() + "+narrative-date");
            }
            if (namesTime(previous)) {
                return e; // the narrative moved to another time this event is not tied to
            }
        }
        return e;
    }

    /**
     * Whether the day is the story's own (the article's date, or the day before for a story filed overnight): what is
     * expected next in a story of the day ("arrived on Wednesday ... Both leaders are expected to hold talks") is that
     * day's programme.
     */
    private static boolean sameDayStory(ArticleContext ctx, java.time.LocalDate day) {
        java.time.LocalDate published = ctx.annotated().article().date();
        return published != null && (day.equals(published) || day.equals(published.minusDays(1)));
    }

    /** Whether the sentence gives the day as the first of several: a range ("1-3 November", "from 8 to 9 May") or a stay ("a two-day visit"). */
    private static boolean multiDay(org.diplomacykg.nlp.Sentence s, java.time.LocalDate day) {
        StringBuilder duration = new StringBuilder();
        for (var t : s.tokens()) {
            if ("DURATION".equals(t.ner())) {
                duration.append(t.word()).append(' ');
            } else if (duration.length() > 0) {
                if (!ONE_DAY.matcher(duration.toString().trim()).matches()) {
                    return true;
                }
                duration.setLength(0);
            }
            if (day.toString().equals(t.normalized()) && (t.word().matches("\\d{1,2}[-\u2013]\\d{1,2}")
                    || t.word().matches("(?i)to|until|through|till|-|\u2013"))) {
                return true;
            }
        }
        return duration.length() > 0 && !ONE_DAY.matcher(duration.toString().trim()).matches();
    }

    /** A stay of one day is no range: "a day's state visit", "a one-day visit". */
    private static final Pattern ONE_DAY = Pattern.compile("(?i)(a|one|1|a single)[ -]day|one-day|1-day|day-long|daylong");

    private static boolean namesTime(org.diplomacykg.nlp.Sentence s) {
        for (var t : s.tokens()) {
            if ("DATE".equals(t.ner()) || "TIME".equals(t.ner()) || "DURATION".equals(t.ner())
                    || (t.lemma().equals("have") && t.pos().equals("VBD") && s.children(t.index()).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sides of a meeting: each state, with the persons of that state (by the gazetteer) on its side; a person or
     * organisation of unknown state is a side of its own. "Kerry met President Nazarbayev and Prime Minister
     * Massimov" has two sides: a bilateral meeting.
     */
    private static int actors(EventClaim e) {
        Set<String> sides = new java.util.HashSet<>();
        for (Entity p : e.participants()) {
            if (p.type() == EntityType.PERSON && p.entry() != null && p.entry().citizenOf() != null) {
                sides.add(p.entry().citizenOf());
            } else {
                sides.add(p.key());
            }
        }
        return sides.size();
    }

    private static EventClaim withType(EventClaim e, EventType type) {
        return new EventClaim(type, e.participants(), e.place(), e.date(), e.planned(), e.evidence(), e.rule(), e.period());
    }
}
