package org.diplomacykg.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.extract.Claims.EventClaim;
import org.diplomacykg.nlp.Dependency;
import org.diplomacykg.nlp.DependencyPattern;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.nlp.Token;

/**
 * Needs entity mentions, the parse and normalised dates; gives diplomatic events. A rule (from {@code events.tsv})
 * finds a trigger: a verb or noun of meeting, visiting, speaking... General code then reads the roles off the parse
 * around the trigger and the clause that governs it: subjects and possessors are agents; objects, with- and to-phrases
 * are counterparts; in- and at-phrases (and the destination of a journey made for the event) are the place; the date is
 * the one precise date of the sentence. Triggers inside quotations, negated or hypothetical ones are skipped; future
 * or expected ones are marked planned. Mentions of one event in several sentences are merged by {@link EventMerger}.
 * The words it reads (verbs of motion, planning, saying...) are data ({@code event-words.tsv}, {@link EventWords});
 * the roles of each event type are read by a method of their own ({@code visitRoles}, {@code meetingRoles}...).
 */
public final class EventExtractor {
    /**
     * A trigger rule. {@code flags} (the third column of {@code events.tsv}) change what is done with its events:
     * {@link #NEEDS_PLACE}, {@link #NO_MEETING_DATE}.
     */
    public record Rule(String name, EventType type, Set<String> flags, DependencyPattern pattern) {
        public Rule {
            flags = Set.copyOf(flags);
        }

        public Rule(String name, EventType type, DependencyPattern pattern) {
            this(name, type, Set.of(), pattern);
        }
    }

    /** Flag of a rule whose event is kept only with a place or an at-phrase ("spoke at the university"). */
    public static final String NEEDS_PLACE = "needs-place";
    /**
     * Flag of a rule whose visit takes no date from a dated meeting at its place in the same sentence ("went to
     * Samarkand ... and, on November 1, held a session": the day of arrival is not told); read by {@link EventMerger}.
     */
    public static final String NO_MEETING_DATE = "no-meeting-date";
    private static final Set<String> FLAGS = Set.of(NEEDS_PLACE, NO_MEETING_DATE);

    private static final Set<String> COUNTERPART_RELS = Set.of("obj", "iobj", "obl:with", "nmod:with", "obl:between",
            "nmod:between", "obl:among", "nmod:among", "dep", "obl:from");
    /** Relations that make a person the object of an action, never its subject. */
    private static final Set<String> OBJECTS = Set.of("obj", "iobj", "obl:with", "nmod:with", "obl:to", "nmod:to");
    /** From a name, only its conjuncts are more participants; from a common noun, its modifiers may name them. */
    private static final Set<String> EXPAND_FROM_NAME = Set.of("conj", "appos");
    private static final Set<String> PLACE_RELS = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at");
    private static final Set<String> DESTINATION_RELS = Set.of("obl:to", "nmod:to");
    private static final Set<String> EXPAND = Set.of("conj", "appos", "nmod", "compound", "amod", "dep", "nummod", "case", "det", "flat");
    private static final Set<String> UP = Set.of("xcomp", "advcl", "acl", "acl:relcl", "obj", "obl", "nmod", "conj");

    private final List<Rule> rules;
    private final GroupResolver groups;
    private final Set<String> bodies;
    private final Set<String> titleHeads;
    private final PostHolders holders;
    private final Gazetteer gazetteer;
    private final EventWords words;

    /**
     * @param bodies       IRIs of organisations of states: a meeting named after one is multilateral
     * @param titleHeads   head nouns of post titles (title-words.tsv): a participant phrase "Secretary of X Ana Duarte"
     *                     names the person, not X
     * @param descriptions how a participant described by a post ("the foreign minister") resolves to its holder
     * @param words        the word lists of {@code event-words.tsv}
     */
    public EventExtractor(List<Rule> rules, Gazetteer gazetteer, Set<String> bodies, Set<String> titleHeads,
                          PostHolders.Descriptions descriptions, EventWords words) {
        this.holders = new PostHolders(descriptions);
        this.rules = List.copyOf(rules);
        this.groups = new GroupResolver(gazetteer);
        this.gazetteer = gazetteer;
        this.bodies = Set.copyOf(bodies);
        this.titleHeads = Set.copyOf(titleHeads);
        this.words = words;
    }

    /** The gazetteer IRIs of the organisations named in {@code multilateral-bodies.txt}. */
    public static Set<String> loadBodies(Path file, Gazetteer gazetteer) {
        Set<String> out = new LinkedHashSet<>();
        if (!java.nio.file.Files.isRegularFile(file)) {
            return out;
        }
        for (String[] row : RuleFiles.rows(file, 1)) {
            for (GazetteerEntry e : gazetteer.byName(row[0])) {
                if (e.type() == EntityType.ORGANISATION) {
                    out.add(e.iri());
                }
            }
        }
        return out;
    }

    /** The rules of {@code events.tsv}: name, event type, flags (comma-separated, or {@code -}), Semgrex pattern. */
    public static List<Rule> loadRules(Path file) {
        List<Rule> out = new ArrayList<>();
        for (String[] row : RuleFiles.rows(file, 4)) {
            Set<String> flags = row[2].equals("-") ? Set.of() : Set.of(row[2].split("\\s*,\\s*"));
            for (String f : flags) {
                if (!FLAGS.contains(f)) {
                    throw new IllegalArgumentException(file + ": rule " + row[0] + ": unknown flag '" + f + "', known: " + FLAGS);
                }
            }
            out.add(new Rule(row[0], EventType.valueOf(row[1]), flags, DependencyPattern.compile(row[3])));
        }
        return out;
    }

    /** The word lists this extractor reads. */
    public EventWords words() {
        return words;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The event mentions of each sentence, before merging. */
    public List<EventClaim> extract(ArticleContext ctx, List<Span> quotes) {
        List<EventClaim> out = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            Set<Integer> triggersSeen = new LinkedHashSet<>();
            for (Rule rule : rules) {
                for (Map<String, Integer> match : rule.pattern().matches(s)) {
                    Integer trigger = match.get("trigger");
                    if (trigger == null || !triggersSeen.add(trigger)) {
                        continue;
                    }
                    Token t = s.token(trigger);
                    if (QuoteExtractor.inAnyQuote(t, QuoteExtractor.realQuotes(ctx.body(), quotes)) || negatedOrHypothetical(s, trigger)) {
                        continue;
                    }
                    out.addAll(build(ctx, s, trigger, rule));
                }
            }
        }
        return out;
    }

    private List<EventClaim> build(ArticleContext ctx, Sentence s, int trigger, Rule rule) {
        List<Integer> chain = chain(s, trigger);
        List<Entity> agents = agents(ctx, s, trigger, chain, rule.type());
        boolean planned = planned(s, chain) || namedAhead(ctx, s, trigger);
        LocalDate date = dateOf(s, chain);
        if (date != null && lookedAheadTo(s, chain)) {
            Map<Integer, LocalDate> own = preciseDates(s);
            own.keySet().retainAll(ctx.subtree(s, trigger, Set.of("nmod", "amod", "compound", "acl", "obl", "nmod:tmod")));
            date = only(own);
        }
        if (date != null && rule.type() == EventType.VISIT && s.token(trigger).isNoun() && hasChild(s, trigger, "cop")) {
            // "X, who is on an official visit to Kuwait, was received today": being on a visit tells no day it began
            // but its own ("is on a visit from 31 May").
            LocalDate day = date;
            boolean own = s.tokens().stream().anyMatch(t -> day.toString().equals(t.normalized()) && governs(s, trigger, t.index()));
            date = own ? date : null;
        }
        String period = date == null && !planned ? periodOf(ctx, s, chain) : null;
        List<EventClaim> out = new ArrayList<>(roles(ctx, s, trigger, rule, chain, agents, planned, date));
        if (period != null) {
            out.replaceAll(e -> e.inPeriod(period));
        }
        return out;
    }

    /**
     * What is known of one trigger before its roles are read: its sentence and rule, the words that govern it
     * ({@link #chain}), its agents, whether it is planned, its day, its evidence, and the place of a wire dateline
     * on that day.
     */
    private record Found(ArticleContext ctx, Sentence s, int trigger, Rule rule, List<Integer> chain, List<Entity> agents,
                         boolean planned, LocalDate date, List<Span> evidence, Entity datelinePlace) {}

    /**
     * The events of one trigger with their participants, place and day, once its agents, plan and day are known: one
     * role reader for each event type that reads roles of its own, one for all the others.
     */
    private List<EventClaim> roles(ArticleContext ctx, Sentence s, int trigger, Rule rule, List<Integer> chain, List<Entity> agents,
                                   boolean planned, LocalDate date) {
        Found f = new Found(ctx, s, trigger, rule, chain, agents, planned, date, List.of(ctx.sentenceSpan(s)),
                wireDatelinePlace(ctx, s, date));
        return switch (rule.type()) {
            case VISIT -> visitRoles(f);
            case ATTENDANCE -> attendanceRoles(f);
            case ARRIVAL -> arrivalRoles(f);
            case MEETING -> meetingRoles(f);
            default -> otherRoles(f);
        };
    }

    /** A visit of its visitors to each place it names. */
    private List<EventClaim> visitRoles(Found f) {
        ArticleContext ctx = f.ctx();
        Sentence s = f.s();
        List<EventClaim> out = new ArrayList<>();
        // "prepares to welcome Chancellor X to the UK for an official visit": the one welcomed is the visitor,
        // and the verb's to-phrase the place.
        int host = welcomingVerb(s, f.trigger());
        List<Entity> places = visitPlaces(ctx, s, host >= 0 ? host : f.trigger(), f.rule());
        List<Entity> visiting = new ArrayList<>(f.agents());
        if (host >= 0) {
            visiting.clear();
            s.children(host).stream().filter(d -> d.relation().equals("obj")).forEach(d -> addEntities(ctx, s, d.dependent(), visiting));
            places.removeAll(visiting);
        }
        // "The Chinese foreign minister arrived in Japan": the visitor is the unnamed minister, not China; a
        // state named only by an adjective is no visitor, and no state visits a place inside itself.
        List<Entity> visitors = visiting.stream().filter(e -> e.type().isActor())
                .filter(e -> e.type() != EntityType.STATE || !onlyDemonym(ctx, s, e)).toList();
        if (visitors.isEmpty()) {
            return out;
        }
        for (Entity place : places) {
            List<Entity> from = visitors.stream().filter(v -> v.type() != EntityType.STATE || !(v.equals(place) || gazetteer.inside(place, v))).toList();
            if (!from.isEmpty()) {
                out.add(new EventClaim(EventType.VISIT, from, place, f.date(), f.planned(), f.evidence(), f.rule().name()));
            }
        }
        return out;
    }

    /** An attendance by the trigger's subjects (a joining, when it comes after another event). */
    private List<EventClaim> attendanceRoles(Found f) {
        Sentence s = f.s();
        int trigger = f.trigger();
        List<EventClaim> out = new ArrayList<>();
        // "After the meeting, they were joined by X": X did not attend that meeting, but meets its participants anew.
        boolean afterwards = hasChild(s, trigger, "obl:after") || hasChild(s, trigger, "obl:following");
        List<Entity> attendees = new ArrayList<>();
        for (Dependency d : s.children(trigger)) {
            if (d.relation().equals("nsubj") || d.relation().equals("obl:agent")) {
                addEntities(f.ctx(), s, d.dependent(), attendees);
            }
        }
        attendees.removeIf(e -> !e.type().isActor());
        if (!attendees.isEmpty()) {
            EventType kind = afterwards ? EventType.JOINING : EventType.ATTENDANCE;
            out.add(new EventClaim(kind, attendees, null, null, f.planned(), f.evidence(), f.rule().name()));
        }
        return out;
    }

    /** An arrival of the persons among the agents, on a known day. */
    private List<EventClaim> arrivalRoles(Found f) {
        List<EventClaim> out = new ArrayList<>();
        List<Entity> persons = f.agents().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        if (f.date() != null && !persons.isEmpty()) {
            out.add(new EventClaim(EventType.ARRIVAL, persons, null, f.date(), f.planned(), f.evidence(), f.rule().name()));
        }
        return out;
    }

    /** A meeting of its agents and counterparts, or of the sides it names; multilateral, bilateral or one with each. */
    private List<EventClaim> meetingRoles(Found f) {
        ArticleContext ctx = f.ctx();
        Sentence s = f.s();
        int trigger = f.trigger();
        if (unresolvedPronounSubject(ctx, s, f.chain())) {
            // "They also met with ...": who met them is not known, and a meeting without its side is no claim.
            return new ArrayList<>();
        }
        List<Entity> participants = new ArrayList<>(f.agents());
        List<Entity> counterparts = new ArrayList<>(counterparts(ctx, s, trigger));
        int joinedFor = addVerbCounterparts(ctx, s, trigger, counterparts);
        List<Entity> between = namedSides(ctx, s, trigger);
        if (between.size() >= 2) {
            participants = new ArrayList<>(between);
            counterparts.clear();
        }
        addHolder(f, participants, counterparts);
        for (Entity e : counterparts) {
            if (!participants.contains(e)) {
                participants.add(e);
            }
        }
        participants.removeIf(e -> !e.type().isActor());
        Entity place = meetingPlace(f, between.size() >= 2, joinedFor);
        return meetingClaims(f, participants, counterparts, place);
    }

    /**
     * Adds the counterparts a meeting noun takes from the verb it hangs on; gives the verb it is the for-phrase of
     * ("joined X in Lima for a meeting"), or -1.
     */
    private int addVerbCounterparts(ArticleContext ctx, Sentence s, int trigger, List<Entity> counterparts) {
        // "held the first session of the format with the foreign ministers of ...": the with-phrase of the
        // verb whose object the meeting noun is names its other side.
        // "joined the five foreign ministers of A, B and C in Lima for a meeting of the group": whom the verb
        // joins or meets for the meeting takes part in it.
        int joinedFor = -1;
        if (s.token(trigger).isNoun()) {
            for (Dependency up : s.parents(trigger)) {
                if (up.relation().equals("obl:for") && up.governor() >= 0 && s.token(up.governor()).isVerb()) {
                    joinedFor = up.governor();
                    for (Dependency d : s.children(up.governor())) {
                        if (d.relation().equals("obj")) {
                            addEntities(ctx, s, d.dependent(), counterparts);
                        }
                    }
                }
            }
        }
        if (s.token(trigger).isNoun()) {
            for (Dependency up : s.parents(trigger)) {
                if (up.relation().equals("obj") && up.governor() >= 0 && s.token(up.governor()).isVerb()) {
                    for (Dependency d : s.children(up.governor())) {
                        if (d.relation().equals("obl:with") || d.relation().equals("obl:between")) {
                            addEntities(ctx, s, d.dependent(), counterparts);
                        }
                    }
                }
            }
        }
        return joinedFor;
    }

    /**
     * The actors a meeting noun names as its sides, in a between- or among-phrase or a hyphened modifier ("the
     * Duarte-Costa meeting").
     */
    private List<Entity> namedSides(ArticleContext ctx, Sentence s, int trigger) {
        // "to prepare the meeting between the two presidents": a meeting noun that names its sides has those,
        // not whoever the phrase it hangs on is about.
        List<Entity> between = new ArrayList<>();
        if (s.token(trigger).isNoun()) {
            for (Dependency d : s.children(trigger)) {
                if (d.relation().equals("nmod:between") || d.relation().equals("nmod:among")) {
                    addEntities(ctx, s, d.dependent(), between);
                }
            }
        }
        if (between.isEmpty()) {
            between.addAll(hyphenedSides(ctx, s, trigger));
        }
        between.removeIf(e -> !e.type().isActor());
        return between;
    }

    /** Adds the person a meeting noun hangs on, when it names no other side, and whoever is with that person. */
    private void addHolder(Found f, List<Entity> participants, List<Entity> counterparts) {
        ArticleContext ctx = f.ctx();
        Sentence s = f.s();
        List<Integer> chain = f.chain();
        // "Kerry with the ministers at their meeting in Tashkent": the person the meeting phrase hangs on,
        // and whoever is with that person, are its participants.
        Entity holder = chain.size() > 1 ? ctx.entityAt(s, chain.get(1)) : null;
        if (holder != null && holder.type() == EntityType.PERSON && s.token(f.trigger()).isNoun()
                && (participants.isEmpty() || participants.equals(List.of(holder)))) {
            participants.remove(holder);
            participants.add(holder);
            for (Dependency d : s.children(chain.get(1))) {
                if (d.relation().equals("nmod:with")) {
                    addEntities(ctx, s, d.dependent(), counterparts);
                }
            }
        }
    }

    /** Where a meeting was held; {@code namesSides}: whether the meeting noun names its own sides. */
    private Entity meetingPlace(Found f, boolean namesSides, int joinedFor) {
        ArticleContext ctx = f.ctx();
        Sentence s = f.s();
        int trigger = f.trigger();
        List<Integer> chain = f.chain();
        // A meeting that names its own sides takes no place from the phrase it hangs on ("will travel to the
        // U.S. to prepare the meeting between the two presidents").
        // ("Lisbon hosted the talks between ...": the host, though, is where they were held.)
        boolean hosted = chain.size() > 1 && s.token(chain.get(1)).lemma().equalsIgnoreCase("host");
        // ("The meeting between A and B will take place in Lima": where it is held is its place all the same.)
        List<Integer> own = new ArrayList<>(List.of(trigger));
        heldBy(s, trigger).ifPresent(own::add);
        Entity place = place(ctx, s, namesSides && !hosted ? own : chain);
        if (place == null) {
            place = placeOnCounterparts(ctx, s, trigger);
        }
        if (place == null && joinedFor >= 0) {
            place = placeOnCounterparts(ctx, s, joinedFor);
        }
        if (place == null) {
            place = f.datelinePlace();
        }
        return place;
    }

    /** The meeting claims: of a body's members, one with each counterpart, or one meeting (bilateral when so called). */
    private List<EventClaim> meetingClaims(Found f, List<Entity> participants, List<Entity> counterparts, Entity place) {
        Sentence s = f.s();
        int trigger = f.trigger();
        List<Entity> agents = f.agents();
        String rule = f.rule().name();
        List<EventClaim> out = new ArrayList<>();
        Entity body = bodyNaming(f.ctx(), s, trigger);
        if (body != null) {
            // "the G7 Foreign Ministers' Meeting": a meeting of that body's members.
            if (!participants.contains(body)) {
                participants.add(0, body);
            }
            out.add(new EventClaim(EventType.MULTILATERAL_MEETING, participants, place, f.date(), f.planned(), f.evidence(), rule + "+body"));
        } else if (words.distributive().contains(s.token(trigger).word().toLowerCase(Locale.ROOT)) && agents.size() == 1
                && counterparts.stream().filter(c -> c.type().isActor() && !agents.contains(c)).count() > 1) {
            // "held meetings with A, B and C", "held consultations with the presidents of A, B and C": one each.
            for (Entity c : counterparts) {
                if (c.type().isActor() && !agents.contains(c)) {
                    out.add(new EventClaim(EventType.BILATERAL_MEETING, List.of(agents.get(0), c), place, f.date(), f.planned(),
                            f.evidence(), rule + "+each"));
                }
            }
        } else {
            // "bilateral talks": two sides, whoever else the sentence names; never one with a multilateral meeting.
            boolean bilateral = s.children(trigger).stream().anyMatch(d -> d.relation().equals("amod")
                    && s.token(d.dependent()).lemma().equalsIgnoreCase("bilateral"));
            out.add(new EventClaim(bilateral ? EventType.BILATERAL_MEETING : EventType.MEETING, participants, place, f.date(),
                    f.planned(), f.evidence(), rule));
        }
        return out;
    }

    /**
     * An event of the other types (speech, press conference, ceremony, joint statement) by its agents and those it
     * names as taking part, at the place it is said to happen.
     */
    private List<EventClaim> otherRoles(Found f) {
        ArticleContext ctx = f.ctx();
        Sentence s = f.s();
        int trigger = f.trigger();
        Rule rule = f.rule();
        List<EventClaim> out = new ArrayList<>();
        List<Entity> participants = new ArrayList<>(f.agents());
        if (rule.type() == EventType.PRESS_CONFERENCE) {
            addPressCompany(ctx, s, trigger, participants);
        }
        if (rule.type() == EventType.CEREMONY || rule.type() == EventType.JOINT_STATEMENT) {
            // "X welcomed Y at the airport": for a verb, the one welcomed takes part too.
            Set<String> rels = s.token(trigger).isVerb() ? Set.of("nmod", "conj", "appos", "compound", "flat", "obj")
                    : Set.of("nmod", "conj", "appos", "compound", "flat");
            for (Entity e : ctx.entitiesIn(s, ctx.subtree(s, trigger, rels))) {
                if (e.type().isActor() && !participants.contains(e)) {
                    participants.add(e);
                }
            }
        }
        participants.removeIf(e -> !e.type().isActor());
        Entity place = place(ctx, s, f.chain());
        if (place == null) {
            place = f.datelinePlace();
        }
        boolean needsAgent = rule.type() != EventType.JOINT_STATEMENT;
        boolean needsPlace = rule.flags().contains(NEEDS_PLACE);
        if ((needsAgent && participants.isEmpty()) || (needsPlace && place == null && !hasChild(s, trigger, "obl:at"))) {
            return out;
        }
        out.add(new EventClaim(rule.type(), participants, place, f.date(), f.planned(), f.evidence(), rule.name()));
        return out;
    }

    /** Adds those who hold a press conference with its subjects ("a joint press conference with Obama and Xi"). */
    private void addPressCompany(ArticleContext ctx, Sentence s, int trigger, List<Entity> participants) {
        // "a joint press conference with Obama and Xi"; "Xi, together with President Tokayev, ..., met the press"
        List<Integer> heads = new ArrayList<>(List.of(trigger));
        for (Dependency d : s.children(trigger)) {
            if (d.relation().startsWith("nsubj")) {
                heads.add(d.dependent());
            }
        }
        for (int h : heads) {
            for (Dependency d : s.children(h)) {
                // nmod:with, obl:with, nmod:together_with, nmod:along_with
                if (d.relation().endsWith("with") && d.relation().contains(":") || d.relation().equals("nmod:by")) {
                    addEntities(ctx, s, d.dependent(), participants);
                }
            }
        }
    }

    /** Whether the sentence names the entity only by a demonym ("Chinese"), never by its name. */
    private static boolean onlyDemonym(ArticleContext ctx, Sentence s, Entity e) {
        boolean demonym = false;
        for (Mention m : ctx.mentions(s.index())) {
            if (m.entity().equals(e)) {
                if (m.kind() != Mention.Kind.DEMONYM) {
                    return false;
                }
                demonym = true;
            }
        }
        return demonym;
    }

    private static boolean unresolvedPronounSubject(ArticleContext ctx, Sentence s, List<Integer> chain) {
        for (int node : chain) {
            for (Dependency d : s.children(node)) {
                if (d.relation().startsWith("nsubj")) {
                    Token t = s.token(d.dependent());
                    return t.pos().equals("PRP") && ctx.entityAt(s, d.dependent()) == null;
                }
            }
        }
        return false;
    }

    /** The trigger, then the words that govern it within its clause (up to three steps), nearest first. */
    private List<Integer> chain(Sentence s, int trigger) {
        List<Integer> chain = new ArrayList<>(List.of(trigger));
        int cur = trigger;
        for (int step = 0; step < 3; step++) {
            int next = -1;
            for (Dependency d : s.parents(cur)) {
                // "The meeting was held in Munich": for an event noun, the verb it is the subject of says where and when.
                boolean subjectOfVerb = step == 0 && s.token(trigger).isNoun() && d.relation().startsWith("nsubj")
                        && d.governor() >= 0 && s.token(d.governor()).isVerb();
                String marker = d.relation().substring(d.relation().indexOf(':') + 1);
                // "After the meeting, they were joined by X": who joins once an event is over was not at it.
                boolean joinedAfter = (marker.equals("after") || marker.equals("following")) && d.governor() >= 0
                        && s.token(d.governor()).lemma().equals("join");
                if (d.governor() >= 0 && (ArticleContext.relationIn(d.relation(), UP) || subjectOfVerb) && !chain.contains(d.governor())
                        && !words.otherTime().contains(marker) && !joinedAfter) {
                    next = d.governor();
                    break;
                }
            }
            if (next < 0) {
                break;
            }
            chain.add(next);
            cur = next;
        }
        return chain;
    }

    private List<Entity> agents(ArticleContext ctx, Sentence s, int trigger, List<Integer> chain, EventType type) {
        List<Entity> out = new ArrayList<>();
        Token t = s.token(trigger);
        if (t.isNoun()) {
            for (Dependency d : s.children(trigger)) {
                String rel = d.relation();
                boolean ofVisitor = type == EventType.VISIT && (rel.equals("nmod:of") || rel.equals("nmod:by"));
                if (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod") || ofVisitor) {
                    addEntities(ctx, s, d.dependent(), out);
                }
            }
        }
        for (int node : chain) {
            for (Dependency d : s.children(node)) {
                if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass") || d.relation().equals("nsubj:xsubj")
                        || d.relation().equals("obl:agent")) {
                    addEntities(ctx, s, d.dependent(), out);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        // "Ana Duarte, Foreign Minister, who is on an official visit to Peru": the subject of a relative clause is the
        // phrase the clause hangs on, and a title set off after a name is that person.
        if (t.isNoun() && hasChild(s, trigger, "cop")) {
            for (Dependency up : s.parents(trigger)) {
                if (up.relation().equals("acl:relcl") && up.governor() >= 0) {
                    Entity e = ctx.entityAt(s, up.governor());
                    if (e == null) {
                        e = personInApposition(ctx, s, up.governor());
                    }
                    if (e != null && e.type().isActor()) {
                        out.add(e);
                        return out;
                    }
                }
            }
        }
        // The parser sometimes misreads a fronted phrase ("On Monday Kerry was in ...") and loses the subject: then a
        // person attached to the governing word, before it and not as an object, is the subject it lost.
        for (int node : chain) {
            for (Dependency d : s.children(node)) {
                int dep = d.dependent();
                Entity e = ctx.entityAt(s, dep);
                if (dep < node && e != null && e.type() == EntityType.PERSON && !ArticleContext.relationIn(d.relation(), OBJECTS)) {
                    out.add(e);
                    return out;
                }
            }
        }
        return out;
    }

    /**
     * The person named right after a phrase headed by a person noun or title, set off by commas ("the head of the
     * assembly (the lower house), Rui Costa,"), where the parser lost the apposition; null when there is none.
     */
    private Entity appositiveAfter(ArticleContext ctx, Sentence s, int head) {
        String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
        if (!s.token(head).isNoun() || !(words.personNouns().contains(lemma) || titleHeads.contains(lemma) || lemma.equals("head") || lemma.equals("chief"))) {
            return null;
        }
        List<Integer> phrase = ctx.subtree(s, head, EXPAND);
        if (phrase.stream().anyMatch(t -> { Entity e = ctx.entityAt(s, t); return e != null && e.type() == EntityType.PERSON; })) {
            return null; // the phrase names its person itself
        }
        int k = phrase.stream().mapToInt(Integer::intValue).max().orElse(head) + 1;
        if (k < s.tokens().size() && (s.token(k).word().equals("(") || s.token(k).word().equals("-LRB-"))) {
            while (k < s.tokens().size() && !(s.token(k).word().equals(")") || s.token(k).word().equals("-RRB-"))) {
                k++;
            }
            k++;
        }
        if (k + 1 >= s.tokens().size() || !s.token(k).word().equals(",")) {
            return null;
        }
        Mention m = ctx.mentionAt(s.index(), k + 1);
        if (m == null || m.firstToken() != k + 1 || m.entity().type() != EntityType.PERSON || m.kind() == Mention.Kind.DEMONYM) {
            return null;
        }
        int after = m.lastToken() + 1;
        return after >= s.tokens().size() || s.token(after).word().matches("[,.;:]") ? m.entity() : null;
    }

    /**
     * The sides a meeting noun names in a hyphened modifier ("the Duarte-Costa meeting", "the Peru-Chile talks"): each
     * part the surname of one person the article names, or a state's name; nothing unless every part is one.
     */
    private List<Entity> hyphenedSides(ArticleContext ctx, Sentence s, int trigger) {
        if (!s.token(trigger).isNoun()) {
            return List.of();
        }
        for (Dependency d : s.children(trigger)) {
            String w = s.token(d.dependent()).word();
            if (!(d.relation().equals("compound") || d.relation().equals("amod")) || !w.matches("\\p{Lu}[\\p{L}'’]+(-\\p{Lu}[\\p{L}'’]+)+")) {
                continue;
            }
            List<Entity> sides = new ArrayList<>();
            for (String part : w.split("-")) {
                Entity side = QuoteExtractor.personBySurname(ctx, part);
                if (side == null) {
                    side = gazetteer.byName(part).stream().filter(e -> e.type() == EntityType.STATE).findFirst().map(Entity::of).orElse(null);
                }
                if (side == null || sides.contains(side)) {
                    return List.of();
                }
                sides.add(side);
            }
            return sides;
        }
        return List.of();
    }

    /** The person a title noun stands in apposition to ("Ana Duarte, Foreign Minister"), or null. */
    private static Entity personInApposition(ArticleContext ctx, Sentence s, int noun) {
        for (Dependency d : s.parents(noun)) {
            if (d.relation().equals("appos") && d.governor() >= 0) {
                Entity e = ctx.entityAt(s, d.governor());
                if (e != null && e.type() == EntityType.PERSON) {
                    return e;
                }
            }
        }
        return null;
    }

    private List<Entity> counterparts(ArticleContext ctx, Sentence s, int trigger) {
        List<Entity> out = new ArrayList<>();
        for (Dependency d : s.children(trigger)) {
            String rel = d.relation();
            boolean talkTo = (rel.equals("obl:to") || rel.equals("nmod:to")) && s.token(trigger).isVerb();
            boolean callOn = rel.equals("obl:on") && s.token(trigger).isVerb()
                    && words.onCounterpart().contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT));
            if (ArticleContext.relationIn(rel, COUNTERPART_RELS) || talkTo || callOn
                    || (s.token(trigger).isNoun() && rel.equals("nmod:of"))) {
                addEntities(ctx, s, d.dependent(), out);
                if (words.talkNouns().contains(s.token(d.dependent()).lemma())) {
                    out.addAll(counterparts(ctx, s, d.dependent()));
                }
            }
        }
        return out;
    }

    /** The entities a phrase names: itself, its conjuncts, the modifiers of a common noun, and groups it counts. */
    private void addEntities(ArticleContext ctx, Sentence s, int head, List<Entity> out) {
        if (ArticleContext.isDelegation(s, head) && addDelegation(ctx, s, head, out)) {
            return;
        }
        boolean named = ctx.entityAt(s, head) != null;
        Entity appositive = named ? null : appositiveAfter(ctx, s, head);
        if (appositive != null) {
            // "talks with the head of Kenya's National Assembly (the lower house), Rui Costa, ...": the person named.
            if (!out.contains(appositive)) {
                out.add(appositive);
            }
            return;
        }
        List<Entity> pair = named ? List.of() : ctx.pair(s, head);
        if (!pair.isEmpty()) {
            // "Both leaders will hold talks": the two persons the pair stands for.
            pair.stream().filter(e -> !out.contains(e)).forEach(out::add);
            return;
        }
        List<Integer> tokens = ctx.subtree(s, head, named ? EXPAND_FROM_NAME : EXPAND);
        Entity described = named ? null : holders.holder(ctx, s, head, ctx.holders());
        if (described != null) {
            // "The foreign minister also met ...", "Moscow's top diplomat visited": the one person the article names in a
            // post that fits (the state is the post's, not a participant).
            if (!out.contains(described)) {
                out.add(described);
            }
            return;
        }
        if (!named && namesPersonOnly(ctx, s, head, tokens)) {
            // "US Secretary of Treasury Tom Brandt", "his French counterpart Ana Duarte", "the head of Kenya's National
            // Assembly, Rui Costa": the person is the participant; the state and body in the title are their post's.
            for (int t : tokens) {
                Mention m = ctx.mentionAt(s.index(), t);
                if (m != null && m.kind() != Mention.Kind.DEMONYM && m.entity().type() == EntityType.PERSON && !out.contains(m.entity())) {
                    out.add(m.entity());
                }
            }
            return;
        }
        for (int t : tokens) {
            Entity e = ctx.entityAt(s, t);
            if (e == null) {
                Mention m = ctx.mentionAt(s.index(), t);
                if (m != null && m.kind() == Mention.Kind.DEMONYM && modifiesPersonNoun(s, t)) {
                    e = m.entity();
                }
            }
            if (e != null && !out.contains(e)) {
                out.add(e);
            }
            for (Entity member : groups.members(ctx, s, t)) {
                if (!out.contains(member)) {
                    out.add(member);
                }
            }
        }
    }

    /**
     * A delegation takes part through its head: "the delegation of Chile headed by X" is X; "the delegations from the
     * two countries" are the heads the article gives those states' delegations, else the states themselves. False
     * when the phrase names neither head nor state ("a delegation of ministers including X and Y").
     */
    private boolean addDelegation(ArticleContext ctx, Sentence s, int delegation, List<Entity> out) {
        List<Entity> heads = ctx.delegationHead(s, delegation);
        if (heads.isEmpty()) {
            List<Entity> states = new ArrayList<>();
            Entity state = ctx.delegationState(s, delegation);
            if (state != null) {
                states.add(state);
            }
            for (Dependency d : s.children(delegation)) {
                if (d.relation().matches("nmod:of|nmod:from")) {
                    for (int t : ctx.subtree(s, d.dependent(), EXPAND)) {
                        Entity e = ctx.entityAt(s, t);
                        if (e != null && e.type() == EntityType.STATE && !states.contains(e)) {
                            states.add(e);
                        }
                        groups.members(ctx, s, t).stream().filter(m -> !states.contains(m)).forEach(states::add);
                    }
                }
            }
            states.forEach(st -> heads.add(ctx.delegationHeads().getOrDefault(st, st)));
        }
        heads.stream().filter(e -> !out.contains(e)).forEach(out::add);
        return !heads.isEmpty();
    }

    /**
     * Whether a phrase headed by a common noun (a title or a person noun) names exactly one person in its own words,
     * without a conjunction that could add more participants.
     */
    private boolean namesPersonOnly(ArticleContext ctx, Sentence s, int head, List<Integer> tokens) {
        String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
        if (!s.token(head).isNoun() || !(words.personNouns().contains(lemma) || titleHeads.contains(lemma))) {
            return false;
        }
        Set<Entity> persons = new java.util.HashSet<>();
        for (int t : tokens) {
            Mention m = ctx.mentionAt(s.index(), t);
            if (m != null && m.kind() != Mention.Kind.DEMONYM && m.entity().type() == EntityType.PERSON) {
                persons.add(m.entity());
            }
            if (s.children(t).stream().anyMatch(d -> d.relation().startsWith("conj") && tokens.contains(d.dependent()))) {
                return false; // "the ministers of A, B and C and the Secretary of State X": more than one side
            }
        }
        return persons.size() == 1;
    }

    private boolean modifiesPersonNoun(Sentence s, int token) {
        for (Dependency d : s.parents(token)) {
            if (d.governor() >= 0 && (d.relation().equals("amod") || d.relation().equals("compound"))
                    && words.personNouns().contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private List<Entity> visitPlaces(ArticleContext ctx, Sentence s, int trigger, Rule rule) {
        List<Entity> out = new ArrayList<>();
        Mention self = ctx.mentionAt(s.index(), trigger);
        if (self != null && self.entity().type().isPlace()) {
            out.add(self.entity());
            return out;
        }
        Set<String> rels = new LinkedHashSet<>(DESTINATION_RELS);
        rels.addAll(PLACE_RELS);
        if (s.token(trigger).isVerb() && !words.motion().contains(s.token(trigger).lemma())) {
            rels.add("obj");
        }
        for (Dependency d : s.children(trigger)) {
            if (rels.contains(d.relation())) {
                for (int t : ctx.subtree(s, d.dependent(), Set.of("conj"))) {
                    Mention m = ctx.mentionAt(s.index(), t);
                    if (m != null && m.kind() != Mention.Kind.DEMONYM && m.entity().type().isPlace() && !out.contains(m.entity())) {
                        out.add(m.entity());
                    } else if (m == null && s.token(t).isNoun()) {
                        namedBy(ctx, s, t).stream().filter(e -> !out.contains(e)).forEach(out::add);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The place a common noun stands for through the names it carries ("Kenya's capital of Nairobi", "the capital,
     * Nairobi", "the Kenyan port city of Mombasa"): the most specific one, a city rather than the state it lies in.
     */
    private List<Entity> namedBy(ArticleContext ctx, Sentence s, int noun) {
        List<Entity> named = new ArrayList<>();
        for (Dependency d : s.children(noun)) {
            if (d.relation().equals("nmod:of") || d.relation().equals("nmod:poss") || d.relation().equals("appos")) {
                Mention m = ctx.mentionAt(s.index(), d.dependent());
                if (m != null && m.kind() != Mention.Kind.DEMONYM && m.entity().type().isPlace() && !named.contains(m.entity())) {
                    named.add(m.entity());
                }
            }
        }
        named.removeIf(outer -> named.stream().anyMatch(inner -> gazetteer.inside(inner, outer)));
        return named.size() == 1 ? named : List.of();
    }

    /** The most specific place named where the event is said to happen, or null. */
    private Entity place(ArticleContext ctx, Sentence s, List<Integer> chain) {
        List<Entity> candidates = new ArrayList<>();
        // "... in Bishkek, where he met X": the place is the one named just before "where".
        for (Dependency d : s.children(chain.get(0))) {
            if (d.relation().equals("advmod") && s.token(d.dependent()).word().equalsIgnoreCase("where")) {
                for (int t = d.dependent() - 1; t >= 0 && t >= d.dependent() - 3; t--) {
                    Mention m = ctx.mentionAt(s.index(), t);
                    if (m != null && m.kind() != Mention.Kind.DEMONYM && m.entity().type().isPlace()) {
                        return m.entity();
                    }
                }
            }
        }
        for (int i = 0; i < chain.size(); i++) {
            int node = chain.get(i);
            Mention self = ctx.mentionAt(s.index(), node);
            if (i > 0 && self != null && self.kind() != Mention.Kind.DEMONYM && self.entity().type().isPlace()) {
                candidates.add(self.entity());
            }
            if (i > 0 && s.token(node).lemma().equalsIgnoreCase("host")) {
                // "Samarkand hosted the meeting": the host, when a place, is where it was held.
                for (Dependency d : s.children(node)) {
                    Mention m = d.relation().equals("nsubj") ? ctx.mentionAt(s.index(), d.dependent()) : null;
                    if (m != null && m.kind() != Mention.Kind.DEMONYM && m.entity().type().isPlace()) {
                        candidates.add(m.entity());
                    }
                }
            }
            boolean motion = words.motion().contains(s.token(node).lemma()) || underWay(s, node);
            for (Dependency d : s.children(node)) {
                boolean where = PLACE_RELS.contains(d.relation()) || (motion && DESTINATION_RELS.contains(d.relation()));
                if (!where) {
                    continue;
                }
                for (int t : ctx.subtree(s, d.dependent(), Set.of("nmod", "appos", "compound", "flat"))) {
                    Mention m = ctx.mentionAt(s.index(), t);
                    if (m != null && m.kind() != Mention.Kind.DEMONYM && m.entity().type().isPlace()) {
                        candidates.add(m.entity());
                    }
                }
            }
            if (!candidates.isEmpty()) {
                break;
            }
        }
        for (EntityType pref : List.of(EntityType.CITY, EntityType.PLACE, EntityType.STATE, EntityType.REGION, EntityType.VENUE)) {
            for (Entity e : candidates) {
                if (e.type() == pref) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The organisation of states the meeting noun is named after ("the ASEAN summit"), or null. */
    private Entity bodyNaming(ArticleContext ctx, Sentence s, int trigger) {
        if (!s.token(trigger).isNoun() || bodies.isEmpty()) {
            return null;
        }
        for (Dependency d : s.children(trigger)) {
            if (d.relation().equals("compound") || d.relation().equals("nmod:poss") || d.relation().equals("amod")
                    || d.relation().equals("nmod:of")) {
                for (int t : ctx.subtree(s, d.dependent(), Set.of("compound", "nmod:poss", "amod", "case"))) {
                    Mention m = ctx.mentionAt(s.index(), t);
                    if (m != null && m.entity().iri() != null && bodies.contains(m.entity().iri())) {
                        return m.entity();
                    }
                }
            }
        }
        return null;
    }

    /**
     * "met the ministers of X in Beijing": the parser often hangs the place on the last noun rather than on the
     * verb; a place phrase on a counterpart is then the meeting's place.
     */
    private Entity placeOnCounterparts(ArticleContext ctx, Sentence s, int trigger) {
        for (Dependency d : s.children(trigger)) {
            if (!ArticleContext.relationIn(d.relation(), COUNTERPART_RELS)) {
                continue;
            }
            for (int t : ctx.subtree(s, d.dependent(), Set.of("nmod", "conj", "obj"))) {
                for (Dependency c : s.children(t)) {
                    if (PLACE_RELS.contains(c.relation())) {
                        Mention m = ctx.mentionAt(s.index(), c.dependent());
                        if (m != null && m.kind() != Mention.Kind.DEMONYM && m.entity().type().isPlace()) {
                            return m.entity();
                        }
                    }
                }
            }
            if (words.talkNouns().contains(s.token(d.dependent()).lemma())) {
                Entity e = placeOnCounterparts(ctx, s, d.dependent());
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * "talks on Tuesday ahead of the arrival of X for her visit": an event noun that news looks ahead to is still to
     * come, and the days of the clause it hangs on are not its own.
     */
    private static boolean lookedAheadTo(Sentence s, List<Integer> chain) {
        if (!s.token(chain.get(0)).isNoun()) {
            return false;
        }
        for (int node : chain) {
            if (s.parents(node).stream().anyMatch(d -> d.relation().matches("(obl|nmod):ahead_of")
                    || d.governor() >= 0 && d.relation().matches("(obl|nmod):of") && s.token(d.governor()).word().equalsIgnoreCase("ahead"))) {
                return true;
            }
        }
        return false;
    }

    private boolean planned(Sentence s, List<Integer> chain) {
        if (lookedAheadTo(s, chain)) {
            return true;
        }
        // "The meeting between the two leaders will be the first since ...": what an event noun will be is to come
        if (s.token(chain.get(0)).isNoun() && s.parents(chain.get(0)).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                && d.governor() >= 0 && !s.token(d.governor()).isVerb() && hasChild(s, d.governor(), "cop") && willAux(s, d.governor()))) {
            return true;
        }
        for (int i = 0; i < chain.size(); i++) {
            int node = chain.get(i);
            if (s.token(node).pos().equals("VBD") && !words.planning().contains(s.token(node).lemma().toLowerCase(Locale.ROOT))
                    && !words.agreeing().contains(s.token(node).lemma().toLowerCase(Locale.ROOT))) {
                // "while Y arrived on Tuesday morning", hanging on "X is expected to arrive": what a past verb tells happened
                return false;
            }
            for (Dependency d : s.children(node)) {
                String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (d.relation().equals("aux") && (w.equals("will") || w.equals("shall") || w.equals("'ll"))) {
                    return true;
                }
            }
            // "is to attend", "are to hold talks": be + to-infinitive tells what is arranged, for the event the verb
            // itself carries (not one in an adjunct: "Apart from talks with X, she is to attend ..."); "was to have
            // met" is a plan that did not happen.
            int below = i == 0 ? -1 : chain.get(i - 1);
            boolean carried = below < 0 || s.parents(below).stream().anyMatch(d -> d.governor() == node
                    && d.relation().matches("obj|nsubj.*|xcomp|ccomp|conj.*"));
            if (beTo(s, node) && !perfectAux(s, node) && carried) {
                return true;
            }
            // "is en route to Quito for talks", "heads to Quito": a journey under way has not reached its end.
            if (underWay(s, node)) {
                return true;
            }
            // "agreed to meet again", "decided to hold talks": an event agreed on is yet to come (not "agreed at the
            // meeting": only the verb's own to-infinitive)
            if (i > 0 && words.agreeing().contains(s.token(node).lemma().toLowerCase(Locale.ROOT))
                    && s.parents(chain.get(i - 1)).stream().anyMatch(d -> d.governor() == node && d.relation().equals("xcomp"))) {
                return true;
            }
            // "is set to meet", not "sets out" or "set up": a planning verb with a particle is another verb.
            if (words.planning().contains(s.token(node).lemma().toLowerCase(Locale.ROOT)) && node != chain.get(0) && !hasChild(s, node, "compound:prt")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token is a journey under way towards a destination: a journey verb in the present ("heads to
     * Quito", "is heading to Quito"), or "en route to", "on her way to". Arrivals ("arrives in") are not: the present
     * of a headline tells they happened.
     */
    private boolean underWay(Sentence s, int node) {
        Token t = s.token(node);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean toward = s.children(node).stream().anyMatch(d -> DESTINATION_RELS.contains(d.relation()));
        if (!toward) {
            return false;
        }
        if (t.isNoun()) {
            String preposition = words.journeyNouns().get(lemma);
            return preposition != null && s.children(node).stream().anyMatch(d -> d.relation().equals("case")
                    && s.token(d.dependent()).word().equalsIgnoreCase(preposition));
        }
        if (!words.journey().contains(lemma)) {
            return false;
        }
        if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
            return true;
        }
        return t.pos().equals("VBG") && s.children(node).stream().anyMatch(d -> d.relation().equals("aux")
                && s.token(d.dependent()).word().toLowerCase(Locale.ROOT).matches("is|are|am|'s|'re|'m"));
    }

    private boolean negatedOrHypothetical(Sentence s, int trigger) {
        for (Dependency d : s.children(trigger)) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det")) && words.negation().contains(w)) {
                return true;
            }
            if (d.relation().equals("aux") && words.hypothetical().contains(w)) {
                return true;
            }
            if (d.relation().equals("mark") && w.equals("if")) {
                return true;
            }
        }
        // "was to have met": a plan that did not happen; "cancelled the meeting", "the summit was cancelled": none;
        // "refused to meet": none; "A meeting ... is not planned", "the talks did not take place": none
        boolean called = s.parents(trigger).stream().anyMatch(d -> d.governor() >= 0
                && (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
                && words.calledOff().contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT)));
        boolean refused = s.parents(trigger).stream().anyMatch(d -> d.governor() >= 0 && d.relation().equals("xcomp")
                && words.refusing().contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT)));
        boolean deniedSubject = s.token(trigger).isNoun() && s.parents(trigger).stream().anyMatch(d -> d.governor() >= 0
                && d.relation().startsWith("nsubj") && s.children(d.governor()).stream().anyMatch(c
                        -> (c.relation().equals("advmod") || c.relation().equals("neg"))
                        && words.negation().contains(s.token(c.dependent()).word().toLowerCase(Locale.ROOT))));
        return beTo(s, trigger) && perfectAux(s, trigger) || called || refused || deniedSubject;
    }

    /** For a visit noun in "welcome X ... for a visit", the welcoming verb; -1 otherwise. */
    private int welcomingVerb(Sentence s, int trigger) {
        if (!s.token(trigger).isNoun()) {
            return -1;
        }
        for (Dependency up : s.parents(trigger)) {
            if (up.relation().equals("obl:for") && up.governor() >= 0 && words.welcoming().contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))
                    && hasChild(s, up.governor(), "obj")) {
                return up.governor();
            }
        }
        return -1;
    }

    /** "is to attend", "was to have met": the verb has "to" and, before it, "be" as auxiliary or copula. */
    private static boolean beTo(Sentence s, int verb) {
        List<Dependency> kids = s.children(verb);
        return kids.stream().anyMatch(d -> d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("to"))
                && kids.stream().anyMatch(d -> (d.relation().equals("aux") || d.relation().equals("cop"))
                        && s.token(d.dependent()).lemma().equals("be") && d.dependent() < verb);
    }

    /** "have met": the verb has "have" as auxiliary. */
    private static boolean perfectAux(Sentence s, int verb) {
        return s.children(verb).stream().anyMatch(d -> d.relation().equals("aux") && s.token(d.dependent()).lemma().equals("have"));
    }

    private static boolean hasChild(Sentence s, int token, String relation) {
        return s.children(token).stream().anyMatch(d -> d.relation().equals(relation));
    }

    /**
     * The date of the event: the sentence's one precise date, unless that date belongs to another clause ("went to
     * Samarkand for talks and, on November 1, held the first session": the talks get no date). A date belongs to the
     * event when the clause it hangs on governs the trigger's clause, or is it.
     */
    LocalDate dateOf(Sentence s, List<Integer> chain) {
        Map<Integer, LocalDate> dates = preciseDates(s);
        LocalDate date = only(dates);
        if (date == null) {
            return attachedDate(s, chain, dates);
        }
        int eventClause = clauseHead(s, chain.get(0));
        for (Token t : s.tokens().subList(datelineEnd(s), s.tokens().size())) {
            if (t.normalized() != null && t.normalized().equals(date.toString())) {
                int dateClause = clauseHead(s, t.index());
                if (dateClause < 0 || eventClause < 0 || dateClause == eventClause) {
                    return date;
                }
                // "held in the Rose Garden on Friday" hanging on the phrase that names the event
                boolean modifiesEvent = s.parents(dateClause).stream()
                        .anyMatch(d -> d.relation().startsWith("acl") && governs(s, d.governor(), chain.get(0)) || d.governor() == eventClause && d.relation().startsWith("acl"));
                if (modifiesEvent) {
                    return date;
                }
                if (!governs(s, dateClause, eventClause)) {
                    return null;
                }
                // "the mission said Monday [that the delegation wrapped up its visit]": the day of the saying, unless
                // the event is the saying's own circumstance ("said Friday when meeting the press").
                if (words.saying().contains(s.token(dateClause).lemma().toLowerCase(Locale.ROOT)) && !simultaneous(s, eventClause)) {
                    return null;
                }
                return date;
            }
        }
        return date;
    }

    private boolean simultaneous(Sentence s, int clause) {
        return s.children(clause).stream().anyMatch(d -> (d.relation().equals("mark") || d.relation().equals("advmod"))
                && words.simultaneous().contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /** The nearest token at or above this one that heads a clause: a verb, or a predicate with a copula. */
    private static int clauseHead(Sentence s, int token) {
        int cur = token;
        for (int guard = 0; guard < 30 && cur >= 0; guard++) {
            final int c = cur;
            if (s.token(cur).isVerb() || s.children(cur).stream().anyMatch(d -> d.relation().equals("cop"))) {
                return cur;
            }
            cur = s.parents(c).stream().filter(d -> !d.relation().startsWith("conj")).mapToInt(Dependency::governor)
                    .findFirst().orElse(-1);
        }
        return -1;
    }

    /** Whether {@code upper} is {@code lower} or one of its ancestors (through any relation but ref). */
    private static boolean governs(Sentence s, int upper, int lower) {
        int cur = lower;
        for (int guard = 0; guard < 30 && cur >= 0; guard++) {
            if (cur == upper) {
                return true;
            }
            final int c = cur;
            cur = s.parents(c).stream().filter(d -> !d.relation().equals("ref")).mapToInt(Dependency::governor)
                    .findFirst().orElse(-1);
        }
        return false;
    }

    /**
     * The sentence's date when it has exactly one precise one (a weekday, a day of a month, today, yesterday); vague
     * expressions ("in the next days", "recently") give none.
     */
    LocalDate dateOf(Sentence s) {
        return only(preciseDates(s));
    }

    /**
     * "The last time X visited Kenya was in 2010", "The two leaders met in May 2017 in Riyadh": the year or month before
     * the article's own that the sentence puts the event in, when it names no day for it: the one that hangs on the
     * event's words, or that the event's phrase is said to be. Null otherwise (a year of something else in the
     * sentence: "part of a tour ... after the end of its mission in 2014"), and for a time the event is only measured
     * from ("since 2010", "until 2019").
     */
    private String periodOf(ArticleContext ctx, Sentence s, List<Integer> chain) {
        LocalDate published = ctx.annotated().article().date();
        if (published == null) {
            return null;
        }
        Map<Integer, String> periods = new java.util.LinkedHashMap<>();
        for (Token t : s.tokens().subList(datelineEnd(s), s.tokens().size())) {
            if (t.period() != null && earlier(t.period(), published) && !measuredFrom(s, t.index())) {
                periods.put(t.index(), t.period());
            }
        }
        if (periods.isEmpty()) {
            return null;
        }
        String attached = attachedDate(s, chain, periods);
        if (attached != null) {
            return attached;
        }
        // "The last time X visited Kenya was in 2010", "Her last visit to Delhi was in 2010": the time is what the
        // event's phrase is said to be
        Set<String> said = new LinkedHashSet<>();
        for (Map.Entry<Integer, String> e : periods.entrySet()) {
            Set<Integer> heads = new java.util.HashSet<>(Set.of(e.getKey()));
            s.parents(e.getKey()).stream().filter(d -> d.governor() >= 0).forEach(d -> heads.add(d.governor()));
            boolean ofEvent = heads.stream().anyMatch(h -> hasChild(s, h, "cop") && s.children(h).stream()
                    .anyMatch(d -> d.relation().startsWith("nsubj") && chain.contains(d.dependent())));
            if (ofEvent) {
                said.add(e.getValue());
            }
        }
        return said.size() == 1 ? said.iterator().next() : null;
    }

    /**
     * "next month's meeting", "the 20 March summit" in a story of February: an event noun whose own time is after the
     * article's day is still to come.
     */
    private static boolean namedAhead(ArticleContext ctx, Sentence s, int trigger) {
        LocalDate published = ctx.annotated().article().date();
        if (published == null || !s.token(trigger).isNoun()) {
            return false;
        }
        for (Dependency d : s.children(trigger)) {
            if (!d.relation().matches("nmod:poss|nmod:tmod|obl:tmod|compound|amod")) {
                continue;
            }
            Token t = s.token(d.dependent());
            boolean dayAhead = t.normalized() != null && t.normalized().compareTo(published.toString()) > 0;
            boolean periodAhead = t.period() != null && later(t.period(), published);
            if (dayAhead || periodAhead) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word has "will", "shall" or "'ll" as its auxiliary. */
    private static boolean willAux(Sentence s, int word) {
        return s.children(word).stream().anyMatch(d -> d.relation().equals("aux")
                && s.token(d.dependent()).word().toLowerCase(Locale.ROOT).matches("will|shall|'ll"));
    }

    /** The verb saying an event noun is held ("The meeting will take place in Lima", "The talks were held in Doha"). */
    private static java.util.Optional<Integer> heldBy(Sentence s, int noun) {
        return s.parents(noun).stream().filter(d -> d.relation().startsWith("nsubj") && d.governor() >= 0)
                .map(Dependency::governor)
                .filter(v -> s.token(v).lemma().equalsIgnoreCase("hold") && s.token(v).pos().equals("VBN")
                        || s.token(v).lemma().equalsIgnoreCase("take") && s.children(v).stream().anyMatch(d -> d.relation().equals("obj")
                        && s.token(d.dependent()).lemma().equalsIgnoreCase("place")))
                .findFirst();
    }

    /** Whether a year ({@code 2026}) or month ({@code 2026-05}) begins after the month of {@code day} (a year: its year). */
    private static boolean later(String period, LocalDate day) {
        return period.length() == 4 ? Integer.parseInt(period) > day.getYear()
                : java.time.YearMonth.parse(period).isAfter(java.time.YearMonth.from(day));
    }

    /** Whether a year ({@code 2010}) or month ({@code 2010-05}) ends before the month of {@code day} (a year: its year). */
    private static boolean earlier(String period, LocalDate day) {
        return period.length() == 4 ? Integer.parseInt(period) < day.getYear()
                : java.time.YearMonth.parse(period).isBefore(java.time.YearMonth.from(day));
    }

    /** Whether the time word is the start or end an event is measured from ("since 2010", "until May"), not its time. */
    private boolean measuredFrom(Sentence s, int token) {
        boolean marked = s.parents(token).stream().anyMatch(d -> {
            int colon = d.relation().indexOf(':');
            return colon > 0 && words.otherTime().contains(d.relation().substring(colon + 1));
        });
        return marked || s.children(token).stream().anyMatch(d -> d.relation().equals("case")
                && words.otherTime().contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    }

    /** The one day the dates name, or null for none or several. */
    private static LocalDate only(Map<Integer, LocalDate> dates) {
        Set<LocalDate> days = new LinkedHashSet<>(dates.values());
        return days.size() == 1 ? days.iterator().next() : null;
    }

    /**
     * With several precise dates in the sentence, the one that belongs to the event: the one that hangs on the event's
     * words or its clause ("will be in Lima on March 19 ... and in Cusco on March 20": the 19th for Lima), or the one
     * whose relative clause the event is ("on March 19, where she will hold a meeting"); null unless exactly one does.
     */
    private static <T> T attachedDate(Sentence s, List<Integer> chain, Map<Integer, T> dates) {
        if (dates.isEmpty()) {
            return null;
        }
        int clause = clauseHead(s, chain.get(0));
        // the event's own words up to its clause, not the clauses it hangs on ("while Y arrived on Monday", hanging on
        // "X is expected to arrive on Thursday")
        Set<Integer> anchors = new java.util.HashSet<>();
        for (int node : chain) {
            anchors.add(node);
            if (node == clause) {
                break;
            }
        }
        if (clause >= 0) {
            anchors.add(clause);
        }
        Set<T> found = new LinkedHashSet<>();
        for (Map.Entry<Integer, T> e : dates.entrySet()) {
            int t = e.getKey();
            boolean onEvent = s.parents(t).stream().anyMatch(d -> anchors.contains(d.governor())
                    && d.relation().matches("(obl|nmod)(:.*)?|advmod"));
            boolean relative = clause >= 0 && s.parents(clause).stream().anyMatch(d -> d.governor() == t && d.relation().equals("acl:relcl"));
            if (onEvent || relative) {
                found.add(e.getValue());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The tokens of the sentence's precise dates (after any wire dateline), each with its day. */
    private Map<Integer, LocalDate> preciseDates(Sentence s) {
        Map<Integer, LocalDate> dates = new java.util.LinkedHashMap<>();
        List<Token> toks = s.tokens();
        // "KABUL, Jan. 15 (Xinhua) --": the date a wire story was filed, not the date of what it reports.
        int i = datelineEnd(s);
        while (i < toks.size()) {
            Token t = toks.get(i);
            if (t.normalized() == null) {
                i++;
                continue;
            }
            int j = i;
            boolean precise = false;
            while (j < toks.size() && t.normalized().equals(toks.get(j).normalized())) {
                precise |= isPreciseDateWord(toks.get(j).word())
                        // "this morning", "this afternoon": a part of the article's day
                        || j > i && toks.get(j - 1).word().equalsIgnoreCase("this") && words.partOfDay().contains(toks.get(j).word().toLowerCase(Locale.ROOT));
                j++;
            }
            if (precise) {
                try {
                    LocalDate day = LocalDate.parse(t.normalized());
                    for (int k = i; k < j; k++) {
                        dates.put(k, day);
                    }
                } catch (java.time.format.DateTimeParseException e) {
                    // SUTime wrote an impossible date; a date we cannot trust is no date.
                }
            }
            i = j;
        }
        return dates;
    }

    /**
     * "XI'AN, May 19 (Xinhua) -- ... Xi said Friday when meeting the press": a news agency's dateline names the city
     * the story was filed from; an event of that sentence on the dateline's own day, with no place of its own,
     * happened there. Null otherwise (a dateline without an agency, "Washington, DC -", may be the publisher's desk).
     */
    private static Entity wireDatelinePlace(ArticleContext ctx, Sentence s, LocalDate eventDate) {
        int end = datelineEnd(s);
        if (end == 0 || eventDate == null) {
            return null;
        }
        String prefix = s.text().substring(0, s.token(end - 1).begin() - s.begin());
        if (!prefix.matches(".*\\([^)]+\\)\\s*")) {
            return null;
        }
        boolean sameDay = false;
        for (int k = 0; k < end; k++) {
            sameDay |= eventDate.toString().equals(s.token(k).normalized());
        }
        Mention first = ctx.mentionAt(s.index(), 0);
        if (!sameDay || first == null || first.entity().type() != EntityType.CITY) {
            return null;
        }
        return first.entity();
    }

    /** The index of the first token after a dateline ("XI'AN, May 19 (Xinhua) --"), or 0 when there is none. */
    static int datelineEnd(Sentence s) {
        List<Token> toks = s.tokens();
        for (int k = 1; k < Math.min(toks.size(), 14); k++) {
            String w = toks.get(k).word();
            if (w.equals("--") || w.equals("—") || w.equals("–") || w.equals("-")) {
                String prefix = s.text().substring(0, toks.get(k).begin() - s.begin());
                if (prefix.matches("[\\p{Lu}][\\p{L}'’ .]*(,[^()–—-]{0,30})?\\s*(\\([^)]*\\))?\\s*") && prefix.length() < 60) {
                    return k + 1;
                }
                return 0;
            }
        }
        return 0;
    }

    private boolean isPreciseDateWord(String w) {
        String lw = w.toLowerCase(Locale.ROOT);
        return words.precise().contains(lw) || lw.matches("\\d{1,2}(st|nd|rd|th)?") || lw.matches("\\d{1,2}[-–]\\d{1,2}") || lw.matches("\\d{4}-\\d{2}-\\d{2}")
                || lw.matches("\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
    }
}
