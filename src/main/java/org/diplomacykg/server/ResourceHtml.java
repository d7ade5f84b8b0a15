package org.diplomacykg.server;

import static org.diplomacykg.server.OntologyHtml.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
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
 * holds a read transaction). Every literal and IRI is HTML-escaped; only http(s) IRIs and this server's paths become
 * links; the page has no scripts.
 */
final class ResourceHtml {

    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
        .setNsPrefix("dkg", DKG.NS).setNsPrefix("prov", PROV.NS).setNsPrefix("dcterms", DCTerms.NS)
        .setNsPrefix("skos", SKOS.uri).setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
        .setNsPrefix("wd", "http://www.wikidata.org/entity/").setNsPrefix("gn", "https://sws.geonames.org/").lock();
    /** Literals longer than this are folded in the property table. */
    private static final int LONG_LITERAL = 400;
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
    private final Map<Node, String> graphLabels = new LinkedHashMap<>();
    /** Links to the resource (subject, property) that a section above already shows: not listed again under incoming. */
    private final Set<List<Node>> shownAbove = new HashSet<>();
    private final StringBuilder out = new StringBuilder(32 * 1024);

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
        return new ResourceHtml(desc, dsg, paths).page();
    }

    private String page() {
        String label = label(self).orElse(desc.iri());
        head(label);
        out.append("<header>\n<h1>").append(esc(label)).append("</h1>\n<p class=\"iri\"><code>").append(esc(desc.iri()))
           .append("</code></p>\n");
        List<Resource> types = sorted(values(self, RDF.type).stream().filter(RDFNode::isURIResource).map(RDFNode::asResource).toList());
        if (!types.isEmpty()) {
            StringJoiner j = new StringJoiner(", ");
            types.forEach(t -> j.add(link(t)));
            out.append("<p class=\"types\">").append(j).append("</p>\n");
        }
        out.append("<p class=\"formats\">As data: ");
        StringJoiner f = new StringJoiner(" · ");
        for (RdfFormat rf : RdfFormat.RDF)
            f.add("<a href=\"" + esc(paths.dataPath(desc.iri(), rf)) + "\" type=\"" + rf.contentType() + "\">" + formatName(rf) + "</a>");
        out.append(f).append("</p>\n</header>\n");

        Set<Resource> conflicts = conflictsOf();
        if (isEvent())
            event(conflicts);
        itinerary();
        conflicts(conflicts);
        sources();
        if (self.hasProperty(DKG.body) || hasType(DKG.Article))
            article();
        properties();
        incoming();
        if (desc.truncated())
            out.append("<p class=\"note\">Only the first ").append(ResourceDescription.DEFAULT_MAX_INCOMING)
               .append(" links to this resource are shown; ask the SPARQL endpoint for all.</p>\n");
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void head(String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
           .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
           .append("<title>").append(esc(title)).append(" — diplomacy-kg</title>\n");
        for (RdfFormat rf : RdfFormat.RDF)
            out.append("<link rel=\"alternate\" type=\"").append(rf.contentType()).append("\" href=\"")
               .append(esc(paths.dataPath(desc.iri(), rf))).append("\">\n");
        out.append("<style>\n").append(PageStyle.CSS).append("</style>\n</head>\n<body>\n");
        out.append(PageStyle.NAV);
    }

    // ---- Events

    private boolean isEvent() {
        return self.hasProperty(DKG.participant) || self.hasProperty(DKG.place) || self.hasProperty(DKG.date)
            || self.hasProperty(DKG.consolidates) || hasType(DKG.ConsolidatedEvent);
    }

    private void event(Set<Resource> conflicts) {
        out.append("<section id=\"event\">\n<h2>Event</h2>\n<dl>\n");
        attributed("Participants", DKG.participant);
        if (!self.hasProperty(DKG.place))
            disputed("Place", DKG.place, conflicts);
        attributed("Place", DKG.place);
        if (self.hasProperty(DKG.date))
            attributed("Date", DKG.date);
        else if (!disputed("Date", DKG.date, conflicts) && self.hasProperty(DKG.dateUnknown))
            row("Date", "<span class=\"note\">not given by the sources</span>");
        if (self.hasProperty(DKG.planned))
            attributed("Planned", DKG.planned);
        List<Resource> reports = resources(self, DKG.consolidates);
        if (!reports.isEmpty()) {
            StringJoiner j = new StringJoiner("<br>\n");
            reports.forEach(r -> j.add(link(r) + sourcesOf(r)));
            row("Reports", j.toString());
        }
        List<Resource> consolidated = all.listResourcesWithProperty(DKG.consolidates, self).toList();
        if (!consolidated.isEmpty()) {
            StringJoiner j = new StringJoiner("<br>\n");
            sorted(consolidated).forEach(r -> j.add(link(r)));
            row("Same event in all sources", j.toString());
        }
        out.append("</dl>\n</section>\n");
    }

    /** Each value of {@code p}, with the sources (named graphs) that state it. */
    private void attributed(String name, Property p) {
        List<RDFNode> vs = values(self, p);
        if (vs.isEmpty())
            return;
        StringJoiner j = new StringJoiner("<br>\n");
        for (RDFNode v : vs)
            j.add(node(v) + " <span class=\"src\">" + statedIn(self.asNode(), p.asNode(), v.asNode()) + "</span>");
        row(name, j.toString());
    }

    /** The values the sources give for {@code p} when they disagree on it; false when no conflict concerns {@code p}. */
    private boolean disputed(String name, Property p, Set<Resource> conflicts) {
        StringJoiner j = new StringJoiner("<br>\n");
        for (Resource c : conflicts) {
            Resource conflict = c.inModel(all);
            if (!conflict.hasProperty(DKG.conflictProperty, p))
                continue;
            for (Resource claim : resources(conflict, DKG.conflictingClaim)) {
                Resource cl = claim.inModel(all);
                StringJoiner source = new StringJoiner(", ");
                resources(cl, DKG.sourceArticle).forEach(a -> source.add(esc(articleByline(a.inModel(all)))));
                j.add(claimedValue(cl) + " <span class=\"src\">according to " + source + "</span>");
            }
        }
        if (j.length() == 0)
            return false;
        row(name, "<a href=\"#conflicts\">sources disagree</a>:<br>\n" + j);
        return true;
    }

    /** " — according to X" for an article's report, from the metadata of its graph. */
    private String sourcesOf(Resource r) {
        Set<Node> graphs = new TreeSet<>(Comparator.comparing(Node::toString));
        desc.quads().stream().filter(q -> q.getSubject().equals(r.asNode())).map(Quad::getGraph).forEach(graphs::add);
        if (graphs.isEmpty())
            return "";
        StringJoiner j = new StringJoiner(", ");
        graphs.forEach(g -> j.add(graphLink(g)));
        return " <span class=\"src\">(" + j + ")</span>";
    }

    // ---- Trips: the legs in order

    /**
     * The itinerary of a trip, on its page and on the page of each of its legs (the leg marked): each leg in order with
     * its number, place, date (or that no source gives it), whether it was only planned, the events there and the
     * articles that tell of it (the sources of its evidence). The legs (and a leg's events) are then not listed again
     * under the links to the resource.
     */
    private void itinerary() {
        Optional<Resource> trip = tripOf();
        if (trip.isEmpty())
            return;
        List<Resource> legs = legsInOrder(trip.get());
        if (legs.isEmpty())
            return;
        boolean onTrip = trip.get().equals(self);
        out.append("<section id=\"itinerary\">\n<h2>Itinerary</h2>\n");
        if (!onTrip)
            out.append("<p>A leg of ").append(link(trip.get())).append(".</p>\n");
        out.append("<table class=\"itinerary\">\n<tr><th>Leg</th><th>Place</th><th>Date</th><th>Events there</th><th>Told by</th></tr>\n");
        for (Resource leg : legs) {
            boolean current = leg.equals(self);
            List<Resource> events = sorted(all.listResourcesWithProperty(DKG.partOf, leg).toList());
            if (onTrip) {
                shownAbove.add(List.of(leg.asNode(), DKG.legOf.asNode()));
                shownAbove.add(List.of(leg.asNode(), DKG.partOf.asNode()));
            } else if (current) {
                events.forEach(e -> shownAbove.add(List.of(e.asNode(), DKG.partOf.asNode())));
            }
            legRow(leg, events, current);
        }
        out.append("</table>\n</section>\n");
    }

    private void legRow(Resource leg, List<Resource> events, boolean current) {
        String number = legNumber(leg).map(String::valueOf).orElse("?");
        StringJoiner places = new StringJoiner(", ");
        values(leg, DKG.place).forEach(p -> places.add(node(p)));
        StringJoiner date = new StringJoiner(", ");
        values(leg, DKG.date).forEach(d -> date.add(esc(d.isLiteral() ? d.asLiteral().getLexicalForm() : d.toString())));
        String when = date.length() > 0 ? date.toString() : "<span class=\"note\">not given by the sources</span>";
        if (leg.hasLiteral(DKG.planned, true))
            when += " <span class=\"src\">(planned)</span>";
        StringJoiner there = new StringJoiner("<br>\n");
        events.forEach(e -> there.add(link(e)));
        Set<Resource> articles = new LinkedHashSet<>();
        resources(leg, DKG.evidence).forEach(e -> articles.addAll(resources(e.inModel(all), DKG.inArticle)));
        StringJoiner told = new StringJoiner("<br>\n");
        sorted(new ArrayList<>(articles)).forEach(a -> told.add(esc(articleByline(a.inModel(all)))));
        out.append(current ? "<tr class=\"leg current\">" : "<tr class=\"leg\">")
           .append("<td>").append(current ? esc("Leg " + number + " (this page)") : link(leg, "Leg " + number)).append("</td><td>")
           .append(places).append("</td><td>").append(when).append("</td><td>").append(there)
           .append("</td><td class=\"src\">").append(told).append("</td></tr>\n");
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

    private void sources() {
        Set<Resource> spans = new LinkedHashSet<>(resources(self, DKG.evidence));
        for (Resource report : resources(self, DKG.consolidates))
            spans.addAll(resources(report.inModel(all), DKG.evidence));
        if (spans.isEmpty())
            return;
        out.append("<section id=\"sources\">\n<h2>Sources</h2>\n");
        for (Resource span : sorted(new ArrayList<>(spans)))
            source(span.inModel(all));
        out.append("</section>\n");
    }

    private void source(Resource span) {
        Optional<Resource> article = resources(span, DKG.inArticle).stream().findFirst();
        Optional<String> body = article.flatMap(a -> string(a, DKG.body));
        int[] range = range(span, body.map(String::length).orElse(-1));
        out.append("<article class=\"source\">\n<h3>");
        if (article.isPresent()) {
            out.append(link(article.get(), label(article.get()).orElse(article.get().getURI())));
            out.append(" <span class=\"src\">").append(esc(articleByline(article.get()))).append("</span>");
        } else {
            out.append(link(span));
        }
        out.append("</h3>\n");
        if (body.isPresent() && range != null) {
            String b = body.get();
            int pStart = b.lastIndexOf("\n\n", range[0]);
            pStart = pStart < 0 ? 0 : pStart + 2;
            int pEnd = b.indexOf("\n\n", range[1]);
            pEnd = pEnd < 0 ? b.length() : pEnd;
            out.append("<blockquote class=\"evidence\">").append(esc(b.substring(pStart, range[0]))).append("<mark>")
               .append(esc(b.substring(range[0], range[1]))).append("</mark>").append(esc(b.substring(range[1], pEnd)))
               .append("</blockquote>\n");
            out.append("<p class=\"src\">Characters ").append(range[0]).append("–").append(range[1]).append(" of the body: ")
               .append(link(span, "evidence span")).append("</p>\n");
            out.append("<details><summary>The whole article, the evidence highlighted</summary>\n<div class=\"body\">")
               .append(esc(b.substring(0, range[0]))).append("<mark>").append(esc(b.substring(range[0], range[1])))
               .append("</mark>").append(esc(b.substring(range[1]))).append("</div>\n</details>\n");
        } else {
            string(span, DKG.text).ifPresent(t -> out.append("<blockquote class=\"evidence\"><mark>").append(esc(t))
                .append("</mark></blockquote>\n"));
        }
        out.append("</article>\n");
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
        StringJoiner j = new StringJoiner(", ");
        string(article, DKG.publisherName).ifPresent(j::add);
        string(article, DCTerms.date).ifPresent(j::add);
        return j.toString();
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
     * A table per conflict: the property and the event it is disputed on, then each source's claim with its value, its
     * article (and the article's report of the event) and the evidence sentences.
     */
    private void conflicts(Set<Resource> conflicts) {
        if (conflicts.isEmpty())
            return;
        out.append("<section id=\"conflicts\">\n<h2>Sources disagree</h2>\n");
        for (Resource c : conflicts) {
            Resource conflict = c.inModel(all);
            String property = resources(conflict, DKG.conflictProperty).stream().findFirst().map(this::link).orElse("a property");
            StringJoiner events = new StringJoiner(", ");
            sorted(all.listResourcesWithProperty(DKG.hasConflict, conflict).toList()).stream()
                .filter(e -> !e.equals(self)).forEach(e -> events.add(link(e)));
            out.append("<h3>On ").append(property).append(events.length() == 0 ? "" : " of " + events).append("</h3>\n")
               .append("<table class=\"conflict\">\n<tr><th>Value</th><th>Source</th><th>Evidence</th></tr>\n");
            for (Resource claim : resources(conflict, DKG.conflictingClaim))
                claimRow(claim.inModel(all));
            out.append("</table>\n");
        }
        out.append("</section>\n");
    }

    /** One source's claim in a conflict: value, article with its byline and report, evidence sentences. */
    private void claimRow(Resource claim) {
        StringJoiner source = new StringJoiner("<br>\n");
        resources(claim, DKG.sourceArticle).forEach(a -> source.add(link(a) + " <span class=\"src\">" + esc(articleByline(a.inModel(all))) + "</span>"));
        resources(claim, DKG.claimReport).forEach(r -> source.add("<span class=\"src\">its report: " + link(r) + "</span>"));
        StringJoiner evidence = new StringJoiner("<br>\n");
        resources(claim, DKG.evidence).forEach(e -> evidence.add(
            string(e.inModel(all), DKG.text).map(t -> "<q>" + esc(t) + "</q> ").orElse("") + link(e, "span")));
        out.append("<tr><td class=\"value\">").append(claimedValue(claim)).append("</td><td>").append(source).append("</td><td>")
           .append(evidence).append("</td></tr>\n");
    }

    /** The value a claim gives (its {@code dkg:claimedValue} as links, its {@code dkg:claimedLiteral} as text). */
    private String claimedValue(Resource claim) {
        StringJoiner value = new StringJoiner(", ");
        values(claim, DKG.claimedValue).forEach(v -> value.add(node(v)));
        values(claim, DKG.claimedLiteral).forEach(v -> value.add(node(v)));
        return value.toString();
    }

    /**
     * What names a claim that has no label of its own: "Samarkand, according to EurActiv, 2015-11-02" (its value and
     * its article's byline), so that a list of claims reads as the values they give.
     */
    private Optional<String> claimLabel(Resource r) {
        Resource claim = r.inModel(all);
        if (!claim.hasProperty(DKG.claimedValue) && !claim.hasProperty(DKG.claimedLiteral))
            return Optional.empty();
        StringJoiner value = new StringJoiner(", ");
        for (RDFNode v : values(claim, DKG.claimedValue))
            value.add(v.isURIResource() ? label(v.asResource()).orElseGet(() -> shortName(v.asResource().getURI())) : v.toString());
        values(claim, DKG.claimedLiteral).forEach(v -> value.add(v.isLiteral() ? v.asLiteral().getLexicalForm() : v.toString()));
        StringJoiner source = new StringJoiner("; ");
        resources(claim, DKG.sourceArticle).forEach(a -> source.add(articleByline(a.inModel(all))));
        return Optional.of(value + (source.length() == 0 ? "" : ", according to " + source));
    }

    // ---- Articles: the body with every span marked

    private void article() {
        Optional<String> body = string(self, DKG.body);
        List<Resource> spans = sorted(all.listResourcesWithProperty(DKG.inArticle, self).toList());
        out.append("<section id=\"article\">\n<h2>Article</h2>\n");
        if (body.isPresent()) {
            out.append("<div class=\"body\">").append(markedBody(body.get(), spans)).append("</div>\n");
        }
        if (!spans.isEmpty()) {
            out.append("<h3>Evidence spans</h3>\n<table>\n<tr><th>Span</th><th>Text</th><th>Cited by</th></tr>\n");
            for (Resource span : spans) {
                StringJoiner by = new StringJoiner("<br>\n");
                sorted(all.listResourcesWithProperty(DKG.evidence, span).toList()).forEach(c -> by.add(link(c)));
                String frag = LinkedDataPaths.fragment(span.getURI()).orElse("");
                out.append("<tr><td><a href=\"#").append(esc(frag)).append("\"><code>#").append(esc(frag)).append("</code></a></td><td>")
                   .append(esc(string(span, DKG.text).orElse(""))).append("</td><td>").append(by).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        claimsOf();
        out.append("</section>\n");
    }

    /** The body with each character covered by a span inside {@code <mark>}, and an anchor at each span's start. */
    private static String markedBody(String body, List<Resource> spans) {
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
        StringBuilder sb = new StringBuilder(n + n / 4);
        int depth = 0;
        boolean open = false;
        for (int i = 0; i <= n; i++) {
            depth += cover[i];
            if (open && depth <= 0) {
                sb.append("</mark>");
                open = false;
            }
            for (String f : anchors.getOrDefault(i, List.of()))
                sb.append("<span class=\"anchor\" id=\"").append(esc(f)).append("\"></span>");
            if (!open && depth > 0) {
                sb.append("<mark>");
                open = true;
            }
            if (i < n)
                sb.append(esc(String.valueOf(body.charAt(i))));
        }
        if (open)
            sb.append("</mark>");
        return sb.toString();
    }

    /** The claims of the article's own named graph, by type. */
    private void claimsOf() {
        for (Resource graph : all.listResourcesWithProperty(PROV.wasDerivedFrom, self).toList()) {
            if (!graph.isURIResource())
                continue;
            Model g = ModelFactory.createModelForGraph(graphOf(graph.asNode()));
            List<Resource> claims = sorted(g.listSubjectsWithProperty(RDF.type).filterKeep(Resource::isURIResource)
                .filterDrop(r -> r.hasProperty(RDF.type, DKG.Evidence)).toList());
            if (claims.isEmpty())
                continue;
            out.append("<h3>What the article states (").append(graphLink(graph.asNode())).append(")</h3>\n<ul class=\"claims\">\n");
            int shown = 0;
            for (Resource c : claims) {
                if (shown++ >= MAX_CLAIMS_LISTED) {
                    out.append("<li class=\"note\">… and ").append(claims.size() - MAX_CLAIMS_LISTED).append(" more</li>\n");
                    break;
                }
                StringJoiner t = new StringJoiner(", ");
                sorted(resources(c, RDF.type)).forEach(ty -> t.add(shortName(ty.getURI())));
                out.append("<li>").append(link(c.inModel(all))).append(" <span class=\"src\">").append(esc(t.toString())).append("</span></li>\n");
            }
            out.append("</ul>\n");
        }
    }

    private org.apache.jena.graph.Graph graphOf(Node name) {
        return dsg.getGraph(name);
    }

    // ---- Every property, and the links to the resource

    private void properties() {
        Map<Node, List<Quad>> byProperty = new LinkedHashMap<>();
        desc.quads().stream().filter(q -> q.getSubject().equals(self.asNode()))
            .sorted(Comparator.comparing((Quad q) -> shortName(q.getPredicate().getURI())).thenComparing(q -> q.getObject().toString()))
            .forEach(q -> byProperty.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>()).add(q));
        if (byProperty.isEmpty())
            return;
        out.append("<section id=\"properties\">\n<h2>Properties</h2>\n<table>\n<tr><th>Property</th><th>Value</th><th>Stated in</th></tr>\n");
        byProperty.forEach((p, quads) -> {
            Map<Node, Set<Node>> graphsByValue = new LinkedHashMap<>();
            quads.forEach(q -> graphsByValue.computeIfAbsent(q.getObject(), k -> new LinkedHashSet<>()).add(q.getGraph()));
            boolean first = true;
            for (Map.Entry<Node, Set<Node>> e : graphsByValue.entrySet()) {
                out.append("<tr>");
                if (first)
                    out.append("<th rowspan=\"").append(graphsByValue.size()).append("\" class=\"prop\">").append(link(doc.createResource(p.getURI()))).append("</th>");
                first = false;
                out.append("<td>").append(valueCell(doc.asRDFNode(e.getKey()))).append("</td><td class=\"src\">")
                   .append(graphLinks(e.getValue())).append("</td></tr>\n");
            }
        });
        out.append("</table>\n</section>\n");
    }

    private void incoming() {
        List<Quad> in = desc.quads().stream().filter(q -> q.getObject().equals(self.asNode()))
            .filter(q -> !shownAbove.contains(List.of(q.getSubject(), q.getPredicate())))
            .sorted(Comparator.comparing((Quad q) -> shortName(q.getPredicate().getURI())).thenComparing(q -> q.getSubject().toString()))
            .toList();
        if (in.isEmpty())
            return;
        Map<List<Node>, Set<Node>> graphs = new LinkedHashMap<>();
        in.forEach(q -> graphs.computeIfAbsent(List.of(q.getSubject(), q.getPredicate()), k -> new LinkedHashSet<>()).add(q.getGraph()));
        out.append("<section id=\"incoming\">\n<h2>Links to this resource</h2>\n<table>\n<tr><th>From</th><th>Property</th><th>Stated in</th></tr>\n");
        graphs.forEach((sp, gs) -> out.append("<tr><td>").append(node(doc.asRDFNode(sp.get(0)))).append("</td><td>")
            .append(link(doc.createResource(sp.get(1).getURI()))).append("</td><td class=\"src\">").append(graphLinks(gs)).append("</td></tr>\n"));
        out.append("</table>\n</section>\n");
    }

    private String valueCell(RDFNode v) {
        if (v.isLiteral() && v.asLiteral().getLexicalForm().length() > LONG_LITERAL) {
            String lex = v.asLiteral().getLexicalForm();
            return "<details><summary>" + esc(lex.substring(0, 160)) + "…</summary><div class=\"long\">" + esc(lex) + "</div></details>";
        }
        return node(v);
    }

    // ---- Named graphs as sources

    private String statedIn(Node s, Node p, Node o) {
        Set<Node> gs = new LinkedHashSet<>();
        desc.quads().stream().filter(q -> q.getSubject().equals(s) && q.getPredicate().equals(p) && q.getObject().equals(o))
            .map(Quad::getGraph).forEach(gs::add);
        return gs.isEmpty() ? "" : "according to " + graphLinks(gs);
    }

    private String graphLinks(Set<Node> graphs) {
        StringJoiner j = new StringJoiner(", ");
        graphs.forEach(g -> j.add(graphLink(g)));
        return j.toString();
    }

    /** A named graph by what it is: an article's graph by its publisher and date, others by their last segment. */
    private String graphLink(Node g) {
        if (!g.isURI() || Quad.isDefaultGraph(g))
            return "<span>default graph</span>";
        String text = graphLabels.computeIfAbsent(g, this::graphLabel);
        return paths.href(g.getURI()).map(h -> "<a href=\"" + esc(h) + "\" title=\"" + esc(g.getURI()) + "\">" + esc(text) + "</a>")
            .orElse(esc(text));
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

    private String node(RDFNode n) {
        if (n.isURIResource())
            return link(n.asResource());
        if (n.isAnon())
            return "<span class=\"bnode\">[" + esc(label(n.asResource()).orElse("blank node")) + "]</span>";
        Literal l = n.asLiteral();
        StringBuilder sb = new StringBuilder(esc(l.getLexicalForm()));
        if (!l.getLanguage().isEmpty())
            sb.append(" <span class=\"dt\">@").append(esc(l.getLanguage())).append("</span>");
        else if (l.getDatatypeURI() != null && !l.getDatatypeURI().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI()))
            sb.append(" <span class=\"dt\">").append(esc(shortName(l.getDatatypeURI()))).append("</span>");
        return sb.toString();
    }

    private String link(Resource r) {
        if (!r.isURIResource())
            return node(r);
        String iri = r.getURI();
        String text = label(r).or(() -> claimLabel(r)).orElseGet(() -> shortName(iri));
        return link(r, text);
    }

    private String link(Resource r, String text) {
        String iri = r.getURI();
        return paths.href(iri).map(h -> "<a href=\"" + esc(h) + "\" title=\"" + esc(iri) + "\">" + esc(text) + "</a>")
            .orElse("<code>" + esc(text) + "</code>");
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

    private void row(String name, String html) {
        out.append("<dt>").append(esc(name)).append("</dt><dd>").append(html).append("</dd>\n");
    }
}
