package org.diplomacykg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.graph.DKG;
import org.diplomacykg.graph.PROV;
import org.diplomacykg.store.RdfFormat;
import org.diplomacykg.server.Pages.Alternate;
import org.diplomacykg.server.ResourceView.Article;
import org.diplomacykg.server.ResourceView.BodyPart;
import org.diplomacykg.server.ResourceView.Byline;
import org.diplomacykg.server.ResourceView.Claim;
import org.diplomacykg.server.ResourceView.ClaimItem;
import org.diplomacykg.server.ResourceView.ClaimList;
import org.diplomacykg.server.ResourceView.Conflict;
import org.diplomacykg.server.ResourceView.Event;
import org.diplomacykg.server.ResourceView.EventRow;
import org.diplomacykg.server.ResourceView.Evidence;
import org.diplomacykg.server.ResourceView.Fact;
import org.diplomacykg.server.ResourceView.IncomingRow;
import org.diplomacykg.server.ResourceView.Itinerary;
import org.diplomacykg.server.ResourceView.Leg;
import org.diplomacykg.server.ResourceView.PropertyRow;
import org.diplomacykg.server.ResourceView.Quote;
import org.diplomacykg.server.ResourceView.RowKind;
import org.diplomacykg.server.ResourceView.Source;
import org.diplomacykg.server.ResourceView.SpanRow;
import org.diplomacykg.server.ResourceView.ValueRow;

/**
 * The HTML page of one resource: its label, types and links to its data in every format; for an event its
 * participants, place and date, each value with the sources that state it; every source with the evidence sentence
 * highlighted inside the article body; for a trip, and for each of its legs, the itinerary in order; the conflicts
 * between sources ({@code dkg:Conflict}) that concern it, or that it is (each source's value with its article, report
 * and evidence); for an article its body with every evidence span marked and anchored ({@code #char=b,e}, so a hash
 * IRI lands on its span); then every property with its values and the named graphs that state them, and the links to
 * the resource that no section above shows.
 * <p>
 * Takes the {@link ResourceDescription} and the dataset (read for article bodies, evidence and conflicts; the caller
 * holds a read transaction) and reads them into a {@link ResourceView}, which the template {@code resource.jte} writes
 * (every literal and IRI HTML-escaped). Only http(s) IRIs and this server's paths become links; the page has no scripts.
 */
final class ResourceHtml {

    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
        .setNsPrefix("dkg", DKG.NS).setNsPrefix("prov", PROV.NS).setNsPrefix("dcterms", DCTerms.NS)
        .setNsPrefix("skos", SKOS.uri).setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
        .setNsPrefix("wd", "http://www.wikidata.org/entity/").setNsPrefix("gn", "https://sws.geonames.org/").lock();
    /** Literals longer than this are folded in the property table. */
    private static final int LONG_LITERAL = 400;
    /** How much of a folded literal shows. */
    private static final int SUMMARY = 160;
    private static final int MAX_CLAIMS_LISTED = 500;

    private final ResourceDescription desc;
    private final DatasetGraph dsg;
    private final LinkedDataPaths paths;
    /** Every named graph, read as one (article bodies, evidence, labels, conflicts). */
    private final Model all;
    /** The described statements, as one model. */
    private final Model doc;
    private final Resource self;
    private final PrefixMapping prefixes;
    private final Map<Node, Shown> graphLinks = new LinkedHashMap<>();
    /** Links to the resource (subject, property) that a section above already shows: not listed again under incoming. */
    private final Set<List<Node>> shownAbove = new HashSet<>();

    private ResourceHtml(ResourceDescription desc, DatasetGraph dsg, LinkedDataPaths paths) {
        this.desc = desc;
        this.dsg = dsg;
        this.paths = paths;
        this.all = ModelFactory.createModelForGraph(dsg.getUnionGraph());
        this.doc = desc.asModel();
        this.self = doc.createResource(desc.iri());
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(desc.prefixes()).setNsPrefixes(STANDARD);
    }

    /** The page; call inside a read transaction on {@code dsg}. */
    static String render(ResourceDescription desc, DatasetGraph dsg, LinkedDataPaths paths) {
        return Pages.render("resource.jte", view(desc, dsg, paths));
    }

    /** What the page shows; call inside a read transaction on {@code dsg}. */
    static ResourceView view(ResourceDescription desc, DatasetGraph dsg, LinkedDataPaths paths) {
        return new ResourceHtml(desc, dsg, paths).read();
    }

    private ResourceView read() {
        List<Shown> types = sorted(values(self, RDF.type).stream().filter(RDFNode::isURIResource).map(RDFNode::asResource).toList())
            .stream().map(this::link).toList();
        List<Alternate> formats = RdfFormat.RDF.stream()
            .map(rf -> new Alternate(formatName(rf), rf.contentType(), paths.dataPath(desc.iri(), rf))).toList();
        Set<Resource> conflicts = conflictsOf();
        Optional<Event> event = isEvent() ? Optional.of(event(conflicts)) : Optional.empty();
        // In this order: the itinerary notes the links it shows, which the incoming links then leave out.
        Optional<Itinerary> itinerary = itinerary();
        List<Conflict> conflictViews = conflicts(conflicts);
        List<Source> sources = sources();
        Optional<Article> article = self.hasProperty(DKG.body) || hasType(DKG.Article) ? Optional.of(article()) : Optional.empty();
        return new ResourceView(desc.iri(), label(self).orElse(desc.iri()), types, formats, event, itinerary, conflictViews,
            sources, article, properties(), incoming(), desc.truncated(), ResourceDescription.DEFAULT_MAX_INCOMING);
    }

    // ---- Events

    private boolean isEvent() {
        return self.hasProperty(DKG.participant) || self.hasProperty(DKG.place) || self.hasProperty(DKG.date)
            || self.hasProperty(DKG.consolidates) || hasType(DKG.ConsolidatedEvent);
    }

    private Event event(Set<Resource> conflicts) {
        List<EventRow> rows = new ArrayList<>();
        attributed("Participants", DKG.participant).ifPresent(rows::add);
        if (!self.hasProperty(DKG.place))
            disputed("Place", DKG.place, conflicts).ifPresent(rows::add);
        attributed("Place", DKG.place).ifPresent(rows::add);
        if (self.hasProperty(DKG.date)) {
            attributed("Date", DKG.date).ifPresent(rows::add);
        } else {
            Optional<EventRow> disputed = disputed("Date", DKG.date, conflicts);
            disputed.ifPresent(rows::add);
            if (disputed.isEmpty() && self.hasProperty(DKG.dateUnknown))
                rows.add(new EventRow("Date", RowKind.NOT_GIVEN, List.of()));
        }
        if (self.hasProperty(DKG.planned))
            attributed("Planned", DKG.planned).ifPresent(rows::add);
        List<Fact> reports = resources(self, DKG.consolidates).stream().map(r -> new Fact(List.of(link(r)), sourcesOf(r))).toList();
        if (!reports.isEmpty())
            rows.add(new EventRow("Reports", RowKind.REPORTS, reports));
        List<Fact> consolidated = sorted(all.listResourcesWithProperty(DKG.consolidates, self).toList()).stream()
            .map(r -> new Fact(List.of(link(r)), List.of())).toList();
        if (!consolidated.isEmpty())
            rows.add(new EventRow("Same event in all sources", RowKind.LINKS, consolidated));
        return new Event(List.copyOf(rows));
    }

    /** Each value of {@code p}, with the sources (named graphs) that state it. */
    private Optional<EventRow> attributed(String name, Property p) {
        List<Fact> facts = values(self, p).stream()
            .map(v -> new Fact(List.of(node(v)), statedIn(self.asNode(), p.asNode(), v.asNode()))).toList();
        return facts.isEmpty() ? Optional.empty() : Optional.of(new EventRow(name, RowKind.ATTRIBUTED, facts));
    }

    /** The values the sources give for {@code p} when they disagree on it; empty when no conflict concerns {@code p}. */
    private Optional<EventRow> disputed(String name, Property p, Set<Resource> conflicts) {
        List<Fact> facts = new ArrayList<>();
        for (Resource c : conflicts) {
            Resource conflict = c.inModel(all);
            if (!conflict.hasProperty(DKG.conflictProperty, p))
                continue;
            for (Resource claim : resources(conflict, DKG.conflictingClaim)) {
                Resource cl = claim.inModel(all);
                facts.add(new Fact(claimedValue(cl),
                    resources(cl, DKG.sourceArticle).stream().map(a -> Shown.text(articleByline(a.inModel(all)))).toList()));
            }
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new EventRow(name, RowKind.DISPUTED, List.copyOf(facts)));
    }

    /** The graphs that state something of {@code r} (an article's report), from the described statements. */
    private List<Shown> sourcesOf(Resource r) {
        Set<Node> graphs = new TreeSet<>(Comparator.comparing(Node::toString));
        desc.quads().stream().filter(q -> q.getSubject().equals(r.asNode())).map(Quad::getGraph).forEach(graphs::add);
        return graphLinks(graphs);
    }

    // ---- Trips: the legs in order

    /**
     * The itinerary of a trip, on its page and on the page of each of its legs (the leg marked): each leg in order with
     * its number, place, date (or that no source gives it), whether it was only planned, the events there and the
     * articles that tell of it (the sources of its evidence). The legs (and a leg's events) are then not listed again
     * under the links to the resource.
     */
    private Optional<Itinerary> itinerary() {
        Optional<Resource> trip = tripOf();
        if (trip.isEmpty())
            return Optional.empty();
        List<Resource> legs = legsInOrder(trip.get());
        if (legs.isEmpty())
            return Optional.empty();
        boolean onTrip = trip.get().equals(self);
        List<Leg> rows = new ArrayList<>();
        for (Resource leg : legs) {
            boolean current = leg.equals(self);
            List<Resource> events = sorted(all.listResourcesWithProperty(DKG.partOf, leg).toList());
            if (onTrip) {
                shownAbove.add(List.of(leg.asNode(), DKG.legOf.asNode()));
                shownAbove.add(List.of(leg.asNode(), DKG.partOf.asNode()));
            } else if (current) {
                events.forEach(e -> shownAbove.add(List.of(e.asNode(), DKG.partOf.asNode())));
            }
            rows.add(leg(leg, events, current));
        }
        return Optional.of(new Itinerary(onTrip ? Optional.empty() : Optional.of(link(trip.get())), List.copyOf(rows)));
    }

    private Leg leg(Resource leg, List<Resource> events, boolean current) {
        String number = legNumber(leg).map(String::valueOf).orElse("?");
        List<Shown> places = values(leg, DKG.place).stream().map(this::node).toList();
        List<String> dates = values(leg, DKG.date).stream().map(d -> d.isLiteral() ? d.asLiteral().getLexicalForm() : d.toString()).toList();
        Set<Resource> articles = new LinkedHashSet<>();
        resources(leg, DKG.evidence).forEach(e -> articles.addAll(resources(e.inModel(all), DKG.inArticle)));
        List<String> toldBy = sorted(new ArrayList<>(articles)).stream().map(a -> articleByline(a.inModel(all))).toList();
        return new Leg(number, link(leg, "Leg " + number), current, places, dates, leg.hasLiteral(DKG.planned, true),
            events.stream().map(this::link).toList(), toldBy);
    }

    /** The trip of this page: itself when it has legs (or is a {@code dkg:Trip}), else the trip it is a leg of. */
    private Optional<Resource> tripOf() {
        Resource s = self.inModel(all);
        if (s.hasProperty(RDF.type, DKG.Trip) || all.contains(null, DKG.legOf, s))
            return Optional.of(s);
        return resources(s, DKG.legOf).stream().findFirst();
    }

    /**
     * The legs of a trip in order: along {@code dkg:nextLeg} from each leg that no leg of the trip comes before (taken
     * by {@code dkg:legNumber}), then any leg left (a cycle), by number.
     */
    private List<Resource> legsInOrder(Resource trip) {
        List<Resource> legs = new ArrayList<>(sorted(all.listResourcesWithProperty(DKG.legOf, trip).toList()));
        legs.sort(Comparator.comparingInt(l -> legNumber(l).orElse(Integer.MAX_VALUE)));
        Set<Resource> ofTrip = new HashSet<>(legs);
        Set<Resource> ordered = new LinkedHashSet<>();
        for (Resource first : legs) {
            if (all.listResourcesWithProperty(DKG.nextLeg, first).filterKeep(ofTrip::contains).hasNext())
                continue;
            for (Resource l = first; l != null && ofTrip.contains(l) && ordered.add(l); )
                l = resources(l, DKG.nextLeg).stream().filter(ofTrip::contains).findFirst().orElse(null);
        }
        ordered.addAll(legs);
        return new ArrayList<>(ordered);
    }

    private static Optional<Integer> legNumber(Resource leg) {
        Statement n = leg.getProperty(DKG.legNumber);
        try {
            return n != null && n.getObject().isLiteral() ? Optional.of(n.getInt()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    // ---- Sources: evidence in its article

    private List<Source> sources() {
        Set<Resource> spans = new LinkedHashSet<>(resources(self, DKG.evidence));
        for (Resource report : resources(self, DKG.consolidates))
            spans.addAll(resources(report.inModel(all), DKG.evidence));
        return sorted(new ArrayList<>(spans)).stream().map(s -> source(s.inModel(all))).toList();
    }

    private Source source(Resource span) {
        Optional<Resource> article = resources(span, DKG.inArticle).stream().findFirst();
        Optional<String> body = article.flatMap(a -> string(a, DKG.body));
        int[] range = range(span, body.map(String::length).orElse(-1));
        Shown heading = article.map(a -> link(a, label(a).orElse(a.getURI()))).orElseGet(() -> link(span));
        String byline = article.map(this::articleByline).orElse("");
        if (body.isEmpty() || range == null)
            return new Source(heading, byline, Optional.empty(), string(span, DKG.text));
        String b = body.get();
        int pStart = b.lastIndexOf("\n\n", range[0]);
        pStart = pStart < 0 ? 0 : pStart + 2;
        int pEnd = b.indexOf("\n\n", range[1]);
        pEnd = pEnd < 0 ? b.length() : pEnd;
        Quote quote = new Quote(b.substring(pStart, range[0]), b.substring(range[0], range[1]), b.substring(range[1], pEnd),
            range[0], range[1], link(span, "evidence span"), b.substring(0, range[0]), b.substring(range[1]));
        return new Source(heading, byline, Optional.of(quote), Optional.empty());
    }

    /** Begin and end of a span inside a body of {@code length} characters, or null when absent or out of range. */
    private static int[] range(Resource span, int length) {
        Statement b = span.getProperty(DKG.beginIndex);
        Statement e = span.getProperty(DKG.endIndex);
        if (b == null || e == null || !b.getObject().isLiteral() || !e.getObject().isLiteral())
            return null;
        try {
            int begin = b.getInt();
            int end = e.getInt();
            return 0 <= begin && begin <= end && end <= length ? new int[] {begin, end} : null;
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private String articleByline(Resource article) {
        List<String> parts = new ArrayList<>();
        string(article, DKG.publisherName).ifPresent(parts::add);
        string(article, DCTerms.date).ifPresent(parts::add);
        return String.join(", ", parts);
    }

    // ---- Conflicts between sources

    /**
     * The conflicts that concern this resource: itself when it is a {@code dkg:Conflict}, its own
     * ({@code dkg:hasConflict}), those of the consolidated events that bring it together with other reports, and any
     * {@code dkg:Conflict} that points at it (the page of a claim).
     */
    private Set<Resource> conflictsOf() {
        Set<Resource> conflicts = new LinkedHashSet<>();
        if (self.inModel(all).hasProperty(RDF.type, DKG.Conflict))
            conflicts.add(self);
        conflicts.addAll(resources(self.inModel(all), DKG.hasConflict));
        for (Resource ce : all.listResourcesWithProperty(DKG.consolidates, self).toList())
            conflicts.addAll(resources(ce, DKG.hasConflict));
        for (Statement s : all.listStatements(null, null, self).toList())
            if (s.getSubject().hasProperty(RDF.type, DKG.Conflict))
                conflicts.add(s.getSubject());
        return conflicts;
    }

    /**
     * Per conflict: the property and the event it is disputed on, then each source's claim with its value, its
     * article (and the article's report of the event) and the evidence sentences.
     */
    private List<Conflict> conflicts(Set<Resource> conflicts) {
        List<Conflict> out = new ArrayList<>();
        for (Resource c : conflicts) {
            Resource conflict = c.inModel(all);
            Shown property = resources(conflict, DKG.conflictProperty).stream().findFirst().map(this::link).orElse(Shown.text("a property"));
            List<Shown> events = sorted(all.listResourcesWithProperty(DKG.hasConflict, conflict).toList()).stream()
                .filter(e -> !e.equals(self)).map(this::link).toList();
            out.add(new Conflict(property, events, resources(conflict, DKG.conflictingClaim).stream().map(cl -> claim(cl.inModel(all))).toList()));
        }
        return List.copyOf(out);
    }

    /** One source's claim in a conflict: value, article with its byline and report, evidence sentences. */
    private Claim claim(Resource claim) {
        return new Claim(claimedValue(claim),
            resources(claim, DKG.sourceArticle).stream().map(a -> new Byline(link(a), articleByline(a.inModel(all)))).toList(),
            resources(claim, DKG.claimReport).stream().map(this::link).toList(),
            resources(claim, DKG.evidence).stream().map(e -> new Evidence(string(e.inModel(all), DKG.text), link(e, "span"))).toList());
    }

    /** The value a claim gives (its {@code dkg:claimedValue} as links, its {@code dkg:claimedLiteral} as text). */
    private List<Shown> claimedValue(Resource claim) {
        List<Shown> value = new ArrayList<>();
        values(claim, DKG.claimedValue).forEach(v -> value.add(node(v)));
        values(claim, DKG.claimedLiteral).forEach(v -> value.add(node(v)));
        return List.copyOf(value);
    }

    /**
     * What names a claim that has no label of its own: "Samarkand, according to EurActiv, 2015-11-02" (its value and
     * its article's byline), so that a list of claims reads as the values they give.
     */
    private Optional<String> claimLabel(Resource r) {
        Resource claim = r.inModel(all);
        if (!claim.hasProperty(DKG.claimedValue) && !claim.hasProperty(DKG.claimedLiteral))
            return Optional.empty();
        List<String> value = new ArrayList<>();
        for (RDFNode v : values(claim, DKG.claimedValue))
            value.add(v.isURIResource() ? label(v.asResource()).orElseGet(() -> shortName(v.asResource().getURI())) : v.toString());
        values(claim, DKG.claimedLiteral).forEach(v -> value.add(v.isLiteral() ? v.asLiteral().getLexicalForm() : v.toString()));
        List<String> source = resources(claim, DKG.sourceArticle).stream().map(a -> articleByline(a.inModel(all))).toList();
        return Optional.of(String.join(", ", value) + (source.isEmpty() ? "" : ", according to " + String.join("; ", source)));
    }

    // ---- Articles: the body with every span marked

    private Article article() {
        Optional<String> body = string(self, DKG.body);
        List<Resource> spans = sorted(all.listResourcesWithProperty(DKG.inArticle, self).toList());
        List<SpanRow> rows = spans.stream().map(span -> new SpanRow(LinkedDataPaths.fragment(span.getURI()).orElse(""),
            string(span, DKG.text).orElse(""),
            sorted(all.listResourcesWithProperty(DKG.evidence, span).toList()).stream().map(this::link).toList())).toList();
        return new Article(body.map(b -> markedBody(b, spans)), rows, claimsOf());
    }

    /**
     * The body as runs of text, each marked when a span covers it, with an anchor at each span's start (before the run
     * that starts there).
     */
    static List<BodyPart> markedBody(String body, List<Resource> spans) {
        int n = body.length();
        int[] cover = new int[n + 1];
        Map<Integer, List<String>> anchors = new java.util.TreeMap<>();
        for (Resource span : spans) {
            int[] r = range(span, n);
            if (r == null || !span.isURIResource())
                continue;
            cover[r[0]]++;
            cover[r[1]]--;
            LinkedDataPaths.fragment(span.getURI()).ifPresent(f -> anchors.computeIfAbsent(r[0], k -> new ArrayList<>()).add(f));
        }
        List<BodyPart> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i <= n; i++) {
            boolean covered = depth > 0;
            depth += cover[i];
            List<String> here = anchors.getOrDefault(i, List.of());
            if (i == n || covered != depth > 0 || !here.isEmpty()) {
                if (i > from)
                    parts.add(new BodyPart(Optional.empty(), body.substring(from, i), covered));
                from = i;
                here.forEach(f -> parts.add(new BodyPart(Optional.of(f), "", false)));
            }
        }
        return List.copyOf(parts);
    }

    /** The claims of the article's own named graph, by type. */
    private List<ClaimList> claimsOf() {
        List<ClaimList> out = new ArrayList<>();
        for (Resource graph : all.listResourcesWithProperty(PROV.wasDerivedFrom, self).toList()) {
            if (!graph.isURIResource())
                continue;
            Model g = ModelFactory.createModelForGraph(dsg.getGraph(graph.asNode()));
            List<Resource> claims = sorted(g.listSubjectsWithProperty(RDF.type).filterKeep(Resource::isURIResource)
                .filterDrop(r -> r.hasProperty(RDF.type, DKG.Evidence)).toList());
            if (claims.isEmpty())
                continue;
            List<ClaimItem> items = claims.stream().limit(MAX_CLAIMS_LISTED).map(c -> new ClaimItem(link(c.inModel(all)),
                String.join(", ", sorted(resources(c, RDF.type)).stream().map(ty -> shortName(ty.getURI())).toList()))).toList();
            out.add(new ClaimList(graphLink(graph.asNode()), items, claims.size() - items.size()));
        }
        return List.copyOf(out);
    }

    // ---- Every property, and the links to the resource

    private List<PropertyRow> properties() {
        Map<Node, Map<Node, Set<Node>>> byProperty = new LinkedHashMap<>();
        desc.quads().stream().filter(q -> q.getSubject().equals(self.asNode()))
            .sorted(Comparator.comparing((Quad q) -> shortName(q.getPredicate().getURI())).thenComparing(q -> q.getObject().toString()))
            .forEach(q -> byProperty.computeIfAbsent(q.getPredicate(), k -> new LinkedHashMap<>())
                .computeIfAbsent(q.getObject(), k -> new LinkedHashSet<>()).add(q.getGraph()));
        List<PropertyRow> rows = new ArrayList<>();
        byProperty.forEach((p, graphsByValue) -> {
            List<ValueRow> values = new ArrayList<>();
            graphsByValue.forEach((v, graphs) -> values.add(valueRow(doc.asRDFNode(v), graphs)));
            rows.add(new PropertyRow(link(doc.createResource(p.getURI())), List.copyOf(values)));
        });
        return List.copyOf(rows);
    }

    private ValueRow valueRow(RDFNode v, Set<Node> graphs) {
        if (v.isLiteral() && v.asLiteral().getLexicalForm().length() > LONG_LITERAL) {
            String lex = v.asLiteral().getLexicalForm();
            return new ValueRow(Shown.text(lex), Optional.of(lex.substring(0, SUMMARY) + "…"), graphLinks(graphs));
        }
        return new ValueRow(node(v), Optional.empty(), graphLinks(graphs));
    }

    private List<IncomingRow> incoming() {
        Map<List<Node>, Set<Node>> graphs = new LinkedHashMap<>();
        desc.quads().stream().filter(q -> q.getObject().equals(self.asNode()))
            .filter(q -> !shownAbove.contains(List.of(q.getSubject(), q.getPredicate())))
            .sorted(Comparator.comparing((Quad q) -> shortName(q.getPredicate().getURI())).thenComparing(q -> q.getSubject().toString()))
            .forEach(q -> graphs.computeIfAbsent(List.of(q.getSubject(), q.getPredicate()), k -> new LinkedHashSet<>()).add(q.getGraph()));
        List<IncomingRow> rows = new ArrayList<>();
        graphs.forEach((sp, gs) -> rows.add(new IncomingRow(node(doc.asRDFNode(sp.get(0))),
            link(doc.createResource(sp.get(1).getURI())), graphLinks(gs))));
        return List.copyOf(rows);
    }

    // ---- Named graphs as sources

    private List<Shown> statedIn(Node s, Node p, Node o) {
        Set<Node> gs = new LinkedHashSet<>();
        desc.quads().stream().filter(q -> q.getSubject().equals(s) && q.getPredicate().equals(p) && q.getObject().equals(o))
            .map(Quad::getGraph).forEach(gs::add);
        return graphLinks(gs);
    }

    private List<Shown> graphLinks(Set<Node> graphs) {
        return graphs.stream().map(this::graphLink).toList();
    }

    /** A named graph by what it is: an article's graph by its publisher and date, others by their last segment. */
    private Shown graphLink(Node g) {
        if (!g.isURI() || Quad.isDefaultGraph(g))
            return Shown.text("default graph");
        return graphLinks.computeIfAbsent(g, k -> {
            String text = graphLabel(k);
            return paths.href(k.getURI()).map(h -> Shown.link(text, h, k.getURI())).orElse(Shown.text(text));
        });
    }

    private String graphLabel(Node g) {
        Resource graph = all.createResource(g.getURI());
        for (Resource a : resources(graph, PROV.wasDerivedFrom)) {
            String byline = articleByline(a.inModel(all));
            if (!byline.isEmpty())
                return byline;
        }
        String iri = g.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    // ---- Nodes and labels

    private Shown node(RDFNode n) {
        if (n.isURIResource())
            return link(n.asResource());
        if (n.isAnon())
            return Shown.blank(label(n.asResource()).orElse("blank node"));
        Literal l = n.asLiteral();
        if (!l.getLanguage().isEmpty())
            return Shown.literal(l.getLexicalForm(), "@" + l.getLanguage());
        if (l.getDatatypeURI() != null && !l.getDatatypeURI().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI()))
            return Shown.literal(l.getLexicalForm(), shortName(l.getDatatypeURI()));
        return Shown.literal(l.getLexicalForm(), "");
    }

    private Shown link(Resource r) {
        if (!r.isURIResource())
            return node(r);
        String iri = r.getURI();
        String text = label(r).or(() -> claimLabel(r)).orElseGet(() -> shortName(iri));
        return link(r, text);
    }

    private Shown link(Resource r, String text) {
        String iri = r.getURI();
        return paths.href(iri).map(h -> Shown.link(text, h, iri)).orElse(Shown.code(text));
    }

    /** The label in the description, else in the data: rdfs:label, skos:prefLabel, dcterms:title (English first). */
    private Optional<String> label(Resource r) {
        for (Model m : new Model[] {doc, all})
            for (Property p : new Property[] {RDFS.label, SKOS.prefLabel, DCTerms.title}) {
                Optional<String> l = bestLiteral(m.listObjectsOfProperty(r, p).toList());
                if (l.isPresent())
                    return l;
            }
        return Optional.empty();
    }

    private static Optional<String> bestLiteral(List<RDFNode> nodes) {
        String any = null;
        for (RDFNode n : nodes) {
            if (!n.isLiteral())
                continue;
            Literal l = n.asLiteral();
            if (l.getLanguage().isEmpty() || l.getLanguage().toLowerCase(java.util.Locale.ROOT).startsWith("en"))
                return Optional.of(l.getLexicalForm());
            if (any == null)
                any = l.getLexicalForm();
        }
        return Optional.ofNullable(any);
    }

    private String shortName(String iri) {
        String s = prefixes.shortForm(iri);
        if (!s.equals(iri))
            return s;
        return paths.isLocal(iri) ? iri.substring(paths.base().length()) : iri;
    }

    private static String formatName(RdfFormat f) {
        return switch (f) {
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF/XML";
            case NTRIPLES -> "N-Triples";
            case TRIG -> "TriG";
            case NQUADS -> "N-Quads";
            case HTML -> "HTML";
        };
    }

    private boolean hasType(Resource type) {
        return self.hasProperty(RDF.type, type);
    }

    private List<RDFNode> values(Resource r, Property p) {
        return r.getModel().listObjectsOfProperty(r, p).toList();
    }

    private List<Resource> resources(Resource r, Property p) {
        return sorted(r.getModel().listObjectsOfProperty(r, p).filterKeep(RDFNode::isResource).mapWith(RDFNode::asResource).toList());
    }

    private static Optional<String> string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? Optional.of(s.getString()) : Optional.empty();
    }

    private static <T extends Resource> List<T> sorted(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(r -> r.isURIResource() ? r.getURI() : r.toString()));
        return copy;
    }
}
