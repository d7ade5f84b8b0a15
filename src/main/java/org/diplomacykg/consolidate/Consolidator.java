package org.diplomacykg.consolidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.graph.DKG;
import org.diplomacykg.graph.GraphBuilder;
import org.diplomacykg.graph.IriMinter;

/**
 * The consolidate stage: reads every article's event reports from its named graph, joins the reports of the same
 * event ({@link Clusterer}), and writes the graph {@code graph/consolidated}: one consolidated event per real event,
 * minted from content, that {@code dkg:consolidates} each article's report and states only what every report agrees
 * on; a {@code dkg:Conflict} for each single-valued property the reports disagree on (each value with its article and
 * evidence); and the trips of persons, as ordered legs. The article graphs are never changed. The result depends only
 * on the set of article graphs, so adding an article and consolidating again gives what a full rebuild gives.
 */
public final class Consolidator {
    private static final List<Resource> EVENT_CLASSES = List.of(DKG.Visit, DKG.BilateralMeeting, DKG.MultilateralMeeting, DKG.Speech,
            DKG.PressConference, DKG.Ceremony, DKG.JointStatement, DKG.AgreementSigning, DKG.Meeting);
    /** The entity classes {@link #places} reads, in the order a type is taken when a node has several. */
    private static final List<Resource> PLACE_CLASSES = List.of(DKG.Person, DKG.State, DKG.City, DKG.Region, DKG.Organisation, DKG.Place,
            DKG.Venue);
    /** Legs further apart than this many days belong to different trips. */
    public static final int TRIP_GAP_DAYS = 14;

    private final IriMinter minter;

    public Consolidator(IriMinter minter) {
        this.minter = minter;
    }

    /**
     * One article's event reports (without the article's date, which its metadata gives: see {@link Context}) and the
     * labels its graph gives, the first of each resource's: all consolidation keeps of an article graph.
     *
     * @param articleId the article's id
     * @param mentions  its event reports, their {@link EventMention#articleDate} null
     * @param labels    the label of each labelled resource of its graph
     */
    public record ArticleReports(String articleId, List<EventMention> mentions, Map<String, String> labels) implements java.io.Serializable {
        public ArticleReports {
            mentions = List.copyOf(mentions);
            labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }
    }

    /**
     * What consolidation reads from any graph, triple by triple: which place lies in which, citizenships, the entity
     * class of each entity ({@link #PLACE_CLASSES}, the first in that order when it has several) and the date of each
     * article (from the metadata).
     */
    public static final class Context implements java.io.Serializable {
        private final IriMinter minter;
        private final Map<String, Set<String>> locatedIn = new HashMap<>();
        private final Map<String, String> citizenOf = new HashMap<>();
        private final Map<String, Integer> types = new HashMap<>();
        private final Map<String, LocalDate> articleDates = new HashMap<>();

        public Context(IriMinter minter) {
            this.minter = minter;
        }

        /** Reads one triple (most are of no interest). */
        public void add(org.apache.jena.graph.Triple t) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(DKG.locatedIn.asNode())) {
                if (s.isURI() && o.isURI()) {
                    locatedIn.computeIfAbsent(s.getURI(), k -> new HashSet<>()).add(o.getURI());
                }
            } else if (p.equals(DKG.citizenOf.asNode())) {
                citizenOf.put(s.getURI(), o.getURI());
            } else if (p.equals(RDF.type.asNode())) {
                int cls = placeClass(o);
                if (cls >= 0 && s.isURI()) {
                    types.merge(s.getURI(), cls, Math::min);
                }
            } else if (p.equals(org.apache.jena.vocabulary.DCTerms.date.asNode())) {
                String articleId = s.isURI() ? minter.articleIdOf(s.getURI()) : null;
                if (articleId != null && o.isLiteral()) {
                    try {
                        articleDates.put(articleId, LocalDate.parse(o.getLiteralLexicalForm()));
                    } catch (java.time.format.DateTimeParseException e) {
                        // not a day: the article's reports then join only on shared dates
                    }
                }
            }
        }

        private Places places() {
            Map<String, String> named = new HashMap<>();
            types.forEach((iri, cls) -> named.put(iri, PLACE_CLASSES.get(cls).getLocalName()));
            return new Places(locatedIn, citizenOf, named);
        }
    }

    /** The index of a class among {@link #PLACE_CLASSES}, or -1. */
    private static int placeClass(Node cls) {
        for (int i = 0; i < PLACE_CLASSES.size(); i++) {
            if (PLACE_CLASSES.get(i).asNode().equals(cls)) {
                return i;
            }
        }
        return -1;
    }

    /** What consolidation keeps of one article graph. */
    public ArticleReports reports(String articleId, Graph articleGraph) {
        Model m = ModelFactory.createModelForGraph(articleGraph);
        Map<String, String> labels = new LinkedHashMap<>();
        m.listStatements(null, RDFS.label, (RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource()) {
                RDFNode o = s.getObject();
                labels.putIfAbsent(s.getSubject().getURI(), o.isLiteral() ? ((Literal) o).getLexicalForm() : o.toString());
            }
        });
        return new ArticleReports(articleId, read(articleId, null, m), labels);
    }

    /** The consolidated graph for the reports of a set of articles (in any order) and what the context read. */
    public Model build(java.util.Collection<ArticleReports> reports, Context context) {
        Places places = context.places();
        List<ArticleReports> byId = reports.stream().sorted(Comparator.comparing(ArticleReports::articleId)).toList();
        List<EventMention> mentions = new ArrayList<>();
        // The label of each labelled resource: from the first article graph (in id order) that gives one.
        Map<String, String> labelOf = new HashMap<>();
        for (ArticleReports r : byId) {
            LocalDate articleDate = context.articleDates.get(r.articleId());
            r.mentions().forEach(m -> mentions.add(m.withArticleDate(articleDate)));
            r.labels().forEach(labelOf::putIfAbsent);
        }
        List<Clusterer.Cluster> clusters = new Clusterer(places).cluster(mentions);
        Model out = ModelFactory.createDefaultModel();
        GraphBuilder.prefixes(out);
        Map<String, Resource> byIri = new HashMap<>();
        Map<Clusterer.Cluster, Resource> consolidated = new LinkedHashMap<>();
        for (Clusterer.Cluster c : clusters) {
            consolidated.put(c, write(out, c, places, labelOf, byIri));
        }
        trips(out, consolidated, places, labelOf);
        return out;
    }

    private List<EventMention> read(String articleId, LocalDate articleDate, Model m) {
        List<EventMention> out = new ArrayList<>();
        for (Resource cls : EVENT_CLASSES) {
            m.listResourcesWithProperty(RDF.type, cls).forEachRemaining(r -> {
                Statement d = r.getProperty(DKG.date);
                Statement p = r.getProperty(DKG.place);
                Set<String> participants = new LinkedHashSet<>();
                r.listProperties(DKG.participant).forEachRemaining(s -> participants.add(s.getResource().getURI()));
                List<String> evidence = new ArrayList<>();
                int position = Integer.MAX_VALUE;
                for (Statement s : r.listProperties(DKG.evidence).toList()) {
                    evidence.add(s.getResource().getURI());
                    Statement b = s.getResource().getProperty(DKG.beginIndex);
                    if (b != null) {
                        position = Math.min(position, b.getInt());
                    }
                }
                evidence.sort(null);
                Statement planned = r.getProperty(DKG.planned);
                Statement period = r.getProperty(DKG.period);
                out.add(new EventMention(r.getURI(), articleId, articleDate, cls.getLocalName(),
                        d == null ? null : LocalDate.parse(d.getString()), period == null ? null : period.getLiteral().getLexicalForm(),
                        p == null ? null : p.getResource().getURI(), participants, planned != null && planned.getBoolean(), evidence, position));
            });
        }
        return out;
    }

    private Resource write(Model out, Clusterer.Cluster c, Places places, Map<String, String> labelOf, Map<String, Resource> byIri) {
        List<EventMention> ms = c.mentions();
        EventMention first = ms.get(0);
        LocalDate date = c.date();
        // What every report that states it agrees on.
        // Sorted, so that the label reads the same in every run (a report's participants are an unordered set).
        Set<String> participants = new java.util.TreeSet<>(first.participants());
        ms.forEach(m -> participants.retainAll(m.participants()));
        List<String> statedPlaces = ms.stream().map(EventMention::place).filter(java.util.Objects::nonNull).distinct().toList();
        String place = agreedPlace(statedPlaces, places);
        List<String> slugs = participants.stream().map(IriMinter::lastSegment).sorted().toList();
        String kind = kebab(first.type());
        // an event of an earlier year or month is named by it, as its reports are
        String when = date != null ? date.toString() : first.period();
        String iri = minter.consolidatedEvent(when, kind, slugs,
                place == null ? null : IriMinter.lastSegment(place), first.planned());
        String unique = iri;
        for (int n = 2; byIri.containsKey(unique); n++) {
            unique = iri + "-" + n;
        }
        Resource e = out.createResource(unique)
                .addProperty(RDF.type, DKG.ConsolidatedEvent)
                .addProperty(RDF.type, eventClass(first.type()))
                .addLiteral(DKG.planned, first.planned());
        byIri.put(unique, e);
        List<String> labels = new ArrayList<>();
        for (String p : participants) {
            e.addProperty(DKG.participant, out.createResource(p));
            labels.add(label(p, labelOf));
        }
        if (place != null) {
            e.addProperty(DKG.place, out.createResource(place));
        }
        if (date != null) {
            e.addProperty(DKG.date, out.createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
        } else {
            e.addLiteral(DKG.dateUnknown, true);
        }
        if (date == null && first.period() != null) {
            e.addProperty(DKG.period, GraphBuilder.periodLiteral(out, first.period()));
        }
        for (EventMention m : ms) {
            e.addProperty(DKG.consolidates, out.createResource(m.iri()));
            m.evidence().forEach(ev -> e.addProperty(DKG.evidence, out.createResource(ev)));
        }
        e.addProperty(RDFS.label, kind.replace('-', ' ') + " of " + String.join(", ", labels)
                + (place != null ? " in " + label(place, labelOf) : "") + (when != null ? ", " + when : "")
                + " (" + ms.size() + (ms.size() == 1 ? " source)" : " sources)"), "en");
        if (statedPlaces.size() > 1 && place == null) {
            conflict(out, e, ms, labelOf);
        }
        return e;
    }

    /** The place every stated place lies in or is: the most general of them when they nest, else none. */
    private static String agreedPlace(List<String> stated, Places places) {
        if (stated.isEmpty()) {
            return null;
        }
        String general = stated.get(0);
        for (String p : stated) {
            if (places.inside(general, p)) {
                general = p;
            } else if (!p.equals(general) && !places.inside(p, general)) {
                return null;
            }
        }
        return general;
    }

    private void conflict(Model out, Resource e, List<EventMention> ms, Map<String, String> labelOf) {
        Resource conflict = out.createResource(minter.conflict(e.getURI(), "place"))
                .addProperty(RDF.type, DKG.Conflict)
                .addProperty(RDFS.label, "The sources disagree on the place of " + e.getProperty(RDFS.label).getString(), "en")
                .addProperty(DKG.conflictProperty, DKG.place);
        e.addProperty(DKG.hasConflict, conflict);
        for (EventMention m : ms) {
            if (m.place() == null) {
                continue;
            }
            Resource claim = out.createResource(minter.conflictingClaim(conflict.getURI(), m.articleId()))
                    .addProperty(RDF.type, DKG.ConflictingClaim)
                    .addProperty(DKG.claimedValue, out.createResource(m.place()))
                    .addProperty(DKG.sourceArticle, out.createResource(minter.article(m.articleId())))
                    .addProperty(DKG.claimReport, out.createResource(m.iri()));
            m.evidence().forEach(ev -> claim.addProperty(DKG.evidence, out.createResource(ev)));
            conflict.addProperty(DKG.conflictingClaim, claim);
        }
    }

    /**
     * The trips of each person: the places of the events they took part in, as legs ordered by date; an undated leg
     * takes its place in the order from the article that tells of it (before the next dated leg it mentions). Legs of
     * only planned events stay planned. Trips are those of persons reported as visiting somewhere, need two legs and a
     * date; legs more than {@link #TRIP_GAP_DAYS} apart start another trip.
     */
    private void trips(Model out, Map<Clusterer.Cluster, Resource> events, Places places, Map<String, String> labelOf) {
        Map<String, List<Clusterer.Cluster>> byPerson = new TreeMap<>();
        for (Clusterer.Cluster c : events.keySet()) {
            String place = legPlace(c, places);
            if (place == null || c.mentions().get(0).period() != null) {
                continue; // ("visited Kenya in 2010" is no leg of the trip of now)
            }
            for (EventMention m : c.mentions()) {
                for (String p : m.participants()) {
                    if ("Person".equals(places.type(p))) {
                        List<Clusterer.Cluster> list = byPerson.computeIfAbsent(p, k -> new ArrayList<>());
                        if (!list.contains(c)) {
                            list.add(c);
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, List<Clusterer.Cluster>> pe : byPerson.entrySet()) {
            // A trip is a traveller's: someone reported as visiting, not the host of the meetings.
            boolean travels = pe.getValue().stream().flatMap(c -> c.mentions().stream())
                    .anyMatch(m -> m.type().equals("Visit") && m.participants().contains(pe.getKey()));
            if (!travels) {
                continue;
            }
            List<Leg> legs = legs(pe.getValue(), places);
            if (legs.size() < 2 || legs.stream().noneMatch(l -> l.first != null)) {
                continue;
            }
            List<List<Leg>> trips = new ArrayList<>();
            LocalDate last = null;
            for (Leg l : legs) {
                if (trips.isEmpty() || (l.first != null && last != null && l.first.isAfter(last.plusDays(TRIP_GAP_DAYS)))) {
                    trips.add(new ArrayList<>());
                }
                trips.get(trips.size() - 1).add(l);
                if (l.last != null) {
                    last = l.last;
                }
            }
            for (List<Leg> trip : trips) {
                if (trip.size() >= 2) {
                    writeTrip(out, pe.getKey(), trip, events, labelOf);
                }
            }
        }
    }

    private static String legPlace(Clusterer.Cluster c, Places places) {
        for (EventMention m : c.mentions()) {
            String t = m.place() == null ? "" : places.type(m.place());
            if (t.equals("City") || t.equals("State") || t.equals("Place")) {
                return m.place();
            }
        }
        return null;
    }

    private static final class Leg {
        final String place;
        final List<Clusterer.Cluster> events = new ArrayList<>();
        LocalDate first;
        LocalDate last;
        double order;
        boolean planned = true;
        /** States whose leg of the same days this city leg took over. */
        final Set<String> absorbed = new HashSet<>();

        Leg(String place) {
            this.place = place;
        }
    }

    private List<Leg> legs(List<Clusterer.Cluster> clusters, Places places) {
        // One leg per place each article reports; a state leg absorbs the city legs inside it of the same days.
        Map<String, Leg> byPlace = new LinkedHashMap<>();
        for (Clusterer.Cluster c : clusters) {
            for (EventMention m : c.mentions()) {
                if (m.place() == null || "Region".equals(places.type(m.place()))) {
                    continue;
                }
                Leg leg = byPlace.computeIfAbsent(m.place(), Leg::new);
                if (!leg.events.contains(c)) {
                    leg.events.add(c);
                }
                leg.planned &= m.planned();
                if (m.date() != null) {
                    leg.first = leg.first == null || m.date().isBefore(leg.first) ? m.date() : leg.first;
                    leg.last = leg.last == null || m.date().isAfter(leg.last) ? m.date() : leg.last;
                }
            }
        }
        List<Leg> legs = new ArrayList<>(byPlace.values());
        // "went to Kyrgyzstan" and "in Bishkek" with no date telling them apart: one stay, named by the city.
        for (Leg state : new ArrayList<>(legs)) {
            for (Leg city : new ArrayList<>(legs)) {
                if (city != state && legs.contains(state) && places.inside(city.place, state.place)
                        && java.util.Objects.equals(city.first, state.first) && city.planned == state.planned) {
                    state.events.stream().filter(e -> !city.events.contains(e)).forEach(city.events::add);
                    city.absorbed.add(state.place);
                    legs.remove(state);
                }
            }
        }
        for (Leg l : legs) {
            l.order = l.first == null ? Double.NaN : l.first.toEpochDay();
        }
        // An undated city inside a dated state's leg comes right after it (its date is not stated, so none is given).
        for (Leg state : legs) {
            for (Leg city : legs) {
                if (city != state && Double.isNaN(city.order) && state.first != null && places.inside(city.place, state.place)) {
                    city.order = state.first.toEpochDay() + 0.25;
                }
            }
        }
        // Other undated legs: before the next dated leg their article mentions, else after the last one it mentions.
        for (Leg l : legs) {
            if (!Double.isNaN(l.order)) {
                continue;
            }
            EventMention m = l.events.get(0).mentions().stream().filter(x -> l.place.equals(x.place()) || l.absorbed.contains(x.place())).findFirst()
                    .orElse(l.events.get(0).mentions().get(0));
            Double next = null;
            Double previous = null;
            for (Leg o : legs) {
                if (o.first == null) {
                    continue; // only legs with a stated date anchor the order
                }
                for (Clusterer.Cluster oc : o.events) {
                    for (EventMention om : oc.mentions()) {
                        if (om.articleId().equals(m.articleId()) && (o.place.equals(om.place()) || o.absorbed.contains(om.place()))) {
                            if (om.position() > m.position() && (next == null || o.order < next)) {
                                next = o.order;
                            }
                            if (om.position() < m.position() && (previous == null || o.order > previous)) {
                                previous = o.order;
                            }
                        }
                    }
                }
            }
            l.order = next != null ? next - 0.5 : previous != null ? previous + 0.5 : Double.MAX_VALUE;
        }
        // Legs of the same day: in the order an article that tells of both tells them ("then went to Samarkand ...
        // From there, Kerry travelled to Astana"); each moves after as many of them as some article puts before it.
        Map<Leg, Integer> after = new HashMap<>();
        for (Leg a : legs) {
            for (Leg b : legs) {
                if (a != b && !Double.isNaN(a.order) && a.order == b.order && a.planned == b.planned && toldBefore(b, a)) {
                    after.merge(a, 1, Integer::sum);
                }
            }
        }
        after.forEach((l, n) -> l.order += n * 0.01);
        // Planned legs are in the future of the article that expects them: after every leg that happened.
        legs.sort(Comparator.comparing((Leg l) -> l.planned).thenComparingDouble(l -> l.order).thenComparing(l -> l.place));
        return legs;
    }

    /** Whether some article tells of leg a before it tells of leg b, and none tells them the other way round. */
    private static boolean toldBefore(Leg a, Leg b) {
        boolean before = false;
        for (EventMention ma : legMentions(a)) {
            for (EventMention mb : legMentions(b)) {
                if (ma.articleId().equals(mb.articleId())) {
                    if (ma.position() < mb.position()) {
                        before = true;
                    } else if (ma.position() > mb.position()) {
                        return false;
                    }
                }
            }
        }
        return before;
    }

    private static List<EventMention> legMentions(Leg l) {
        return l.events.stream().flatMap(c -> c.mentions().stream())
                .filter(m -> l.place.equals(m.place()) || l.absorbed.contains(m.place())).toList();
    }

    private void writeTrip(Model out, String person, List<Leg> legs, Map<Clusterer.Cluster, Resource> events,
                           Map<String, String> labelOf) {
        LocalDate first = legs.stream().map(l -> l.first).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElseThrow();
        Resource trip = out.createResource(minter.trip(IriMinter.lastSegment(person), first.toString()))
                .addProperty(RDF.type, DKG.Trip)
                .addProperty(DKG.participant, out.createResource(person))
                .addProperty(DKG.date, out.createTypedLiteral(first.toString(), XSDDatatype.XSDdate))
                .addLiteral(DKG.planned, false);
        trip.addProperty(RDFS.label, "Trip of " + label(person, labelOf) + " from " + first, "en");
        Resource previous = null;
        int n = 1;
        for (Leg l : legs) {
            Resource leg = out.createResource(minter.tripLeg(trip.getURI(), n))
                    .addProperty(RDF.type, DKG.TripLeg)
                    .addProperty(DKG.legOf, trip)
                    .addProperty(DKG.partOf, trip)
                    .addLiteral(DKG.legNumber, out.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDpositiveInteger))
                    .addProperty(DKG.participant, out.createResource(person))
                    .addProperty(DKG.place, out.createResource(l.place))
                    .addLiteral(DKG.planned, l.planned)
                    .addProperty(RDFS.label, "Leg " + n + " of the trip of " + label(person, labelOf) + ": "
                            + label(l.place, labelOf) + (l.planned ? " (planned)" : ""), "en");
            if (l.first != null) {
                leg.addProperty(DKG.date, out.createTypedLiteral(l.first.toString(), XSDDatatype.XSDdate));
            } else {
                leg.addLiteral(DKG.dateUnknown, true);
            }
            Set<String> evidence = new HashSet<>();
            for (Clusterer.Cluster c : l.events) {
                Resource e = events.get(c);
                e.addProperty(DKG.partOf, leg);
                c.mentions().stream().filter(m -> l.place.equals(m.place()) || l.absorbed.contains(m.place()))
                        .forEach(m -> evidence.addAll(m.evidence()));
            }
            evidence.stream().sorted().forEach(ev -> {
                leg.addProperty(DKG.evidence, out.createResource(ev));
                trip.addProperty(DKG.evidence, out.createResource(ev));
            });
            if (previous != null) {
                previous.addProperty(DKG.nextLeg, leg);
            }
            previous = leg;
            n++;
        }
    }

    private static String label(String iri, Map<String, String> labelOf) {
        String l = labelOf.get(iri);
        return l != null ? l : IriMinter.lastSegment(iri);
    }

    /** The event class of a report's type ({@link EventMention#type}, the class's local name). */
    private static Resource eventClass(String type) {
        return EVENT_CLASSES.stream().filter(c -> c.getLocalName().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an event class: " + type));
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
