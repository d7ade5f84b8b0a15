package org.diplomacykg.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.diplomacykg.article.Article;
import org.diplomacykg.extract.Claims;
import org.diplomacykg.extract.Claims.CharacterisationClaim;
import org.diplomacykg.extract.Claims.EventClaim;
import org.diplomacykg.extract.Claims.PostClaim;
import org.diplomacykg.extract.Claims.QuoteClaim;
import org.diplomacykg.extract.Entity;
import org.diplomacykg.extract.EntityType;
import org.diplomacykg.extract.EventType;
import org.diplomacykg.extract.Span;

/**
 * The graph stage: needs one article's claims; gives its named graph (what the article states, every claim with its
 * evidence span) and its metadata and provenance (PROV-O: derived from which file, by which converter version, when).
 */
public final class GraphBuilder {
    /** One article's graphs. */
    public record ArticleGraphs(String graphIri, Model claims, Model metadata) {}

    private final IriMinter minter;
    private final String version;

    public GraphBuilder(IriMinter minter, String version) {
        this.minter = minter;
        this.version = version;
    }

    public IriMinter minter() {
        return minter;
    }

    public ArticleGraphs build(Claims claims, Instant started, Instant ended) {
        Article a = claims.article();
        Model m = ModelFactory.createDefaultModel();
        prefixes(m);
        Resource article = m.createResource(minter.article(a.id()));
        List<Entity> entities = claims.entities();
        for (Entity e : entities) {
            Resource r = entity(m, e);
            article.addProperty(DKG.mentions, r);
        }
        for (PostClaim p : claims.posts()) {
            post(m, a, p);
        }
        for (EventClaim e : claims.events()) {
            event(m, a, e);
        }
        for (QuoteClaim q : claims.quotes()) {
            Resource r = m.createResource(minter.quote(a.id(), q.quote().begin()))
                    .addProperty(RDF.type, DKG.Quote)
                    .addProperty(DKG.quotedText, q.text());
            if (q.speaker() != null) {
                r.addProperty(DKG.speaker, entity(m, q.speaker()));
            } else if (q.speakerDescription() != null) {
                r.addProperty(DKG.speakerDescription, q.speakerDescription());
            }
            r.addProperty(DKG.evidence, evidence(m, a, q.evidence()));
            r.addProperty(DKG.evidence, evidence(m, a, q.quote()));
        }
        int n = 0;
        for (CharacterisationClaim c : claims.characterisations()) {
            Resource ch = m.createResource(minter.characterisation(a.id(), c.evidence().begin(), n++));
            if (c.speaker() != null) {
                ch.addProperty(DKG.speaker, entity(m, c.speaker()));
            } else if (c.speakerDescription() != null) {
                ch.addProperty(DKG.speakerDescription, c.speakerDescription());
            }
            ch.addProperty(RDF.type, DKG.Characterisation);
            if (c.subject() != null) {
                ch.addProperty(DKG.subject, entity(m, c.subject()));
            } else {
                ch.addProperty(DKG.subjectDescription, c.subjectDescription());
            }
            ch
                    .addProperty(DKG.characterisedAs, c.as())
                    .addProperty(DKG.evidence, evidence(m, a, c.evidence()));
        }
        for (Claims.TopicClaim t : claims.topics()) {
            article.addProperty(DKG.topic, m.createResource(t.concept()));
        }
        String graphIri = minter.articleGraph(a.id());
        return new ArticleGraphs(graphIri, m, metadata(a, graphIri, started, ended));
    }

    private Model metadata(Article a, String graphIri, Instant started, Instant ended) {
        Model md = ModelFactory.createDefaultModel();
        prefixes(md);
        Resource article = md.createResource(minter.article(a.id()))
                .addProperty(RDF.type, DKG.Article)
                .addProperty(DCTerms.title, a.title())
                .addProperty(DKG.publisherName, a.publisher())
                .addProperty(DCTerms.date, md.createTypedLiteral(a.date().toString(), XSDDatatype.XSDdate))
                .addProperty(DCTerms.language, a.language())
                .addProperty(DKG.sourceFile, a.fileName())
                .addProperty(DKG.body, a.body());
        a.url().ifPresent(u -> article.addProperty(DCTerms.source, md.createResource(u)));
        Resource converter = md.createResource(minter.converter(version))
                .addProperty(RDF.type, DKG.Converter)
                .addProperty(RDFS.label, "diplomacy-kg converter " + version, "en")
                .addProperty(OWL.versionInfo, version);
        Resource conversion = md.createResource(minter.conversion(a.id()))
                .addProperty(RDF.type, DKG.Conversion)
                .addProperty(PROV.used, article)
                .addProperty(PROV.wasAssociatedWith, converter)
                .addProperty(PROV.startedAtTime, time(md, started))
                .addProperty(PROV.endedAtTime, time(md, ended));
        md.createResource(graphIri)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(PROV.wasDerivedFrom, article)
                .addProperty(PROV.wasGeneratedBy, conversion)
                .addProperty(PROV.generatedAtTime, time(md, ended));
        return md;
    }

    private static Literal time(Model m, Instant t) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(t.toEpochMilli());
        return m.createTypedLiteral(new XSDDateTime(c));
    }

    private void post(Model m, Article a, PostClaim p) {
        String postIri = minter.post(p.title(), p.in());
        Resource post = m.createResource(postIri)
                .addProperty(RDF.type, DKG.Post)
                .addProperty(RDFS.label, p.title() + " of " + p.in().label(), "en")
                .addProperty(DKG.postTitle, p.title())
                .addProperty(DKG.postIn, entity(m, p.in()));
        Resource person = entity(m, p.person());
        person.addProperty(DKG.holdsPost, post);
        m.createResource(minter.postHolding(a.id(), p.person(), postIri))
                .addProperty(RDF.type, DKG.PostHolding)
                .addProperty(DKG.holder, person)
                .addProperty(DKG.post, post)
                .addProperty(DKG.validAt, m.createTypedLiteral(a.date().toString(), XSDDatatype.XSDdate))
                .addProperty(DKG.evidence, evidence(m, a, p.evidence()));
    }

    private void event(Model m, Article a, EventClaim e) {
        String date = e.date() == null ? null : e.date().toString();
        String kind = kind(e.type());
        // an event of an earlier year or month is named by it ("2010-visit-..."), not taken for the undated one of now
        Resource r = m.createResource(minter.event(a.id(), date != null ? date : e.period(), kind, e.participants(), e.place(), e.planned()))
                .addProperty(RDF.type, classOf(e.type()))
                .addProperty(RDFS.label, label(e), "en")
                .addLiteral(DKG.planned, e.planned());
        for (Entity p : e.participants()) {
            r.addProperty(DKG.participant, entity(m, p));
        }
        if (e.place() != null) {
            r.addProperty(DKG.place, entity(m, e.place()));
        }
        if (date != null) {
            r.addProperty(DKG.date, m.createTypedLiteral(date, XSDDatatype.XSDdate));
        } else {
            r.addLiteral(DKG.dateUnknown, true);
        }
        if (e.period() != null) {
            r.addProperty(DKG.period, periodLiteral(m, e.period()));
        }
        for (Span s : e.evidence()) {
            r.addProperty(DKG.evidence, evidence(m, a, s));
        }
    }

    /** A {@code dkg:period} value: {@code 2010} as an {@code xsd:gYear}, {@code 2017-05} as an {@code xsd:gYearMonth}. */
    public static Literal periodLiteral(Model m, String period) {
        return m.createTypedLiteral(period, period.length() == 4 ? XSDDatatype.XSDgYear : XSDDatatype.XSDgYearMonth);
    }

    private static String label(EventClaim e) {
        StringBuilder sb = new StringBuilder(kind(e.type()).replace('-', ' '));
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        List<String> names = new ArrayList<>();
        e.participants().forEach(p -> names.add(p.label()));
        if (!names.isEmpty()) {
            sb.append(" of ").append(String.join(", ", names));
        }
        if (e.place() != null) {
            sb.append(e.type() == EventType.VISIT ? " to " : " in ").append(e.place().label());
        }
        if (e.date() != null) {
            sb.append(", ").append(e.date());
        } else if (e.period() != null) {
            sb.append(", ").append(e.period());
        }
        if (e.planned()) {
            sb.append(" (planned)");
        }
        return sb.toString();
    }

    private Resource evidence(Model m, Article a, Span s) {
        return m.createResource(minter.evidence(a.id(), s.begin(), s.end()))
                .addProperty(RDF.type, DKG.Evidence)
                .addProperty(DKG.inArticle, m.createResource(minter.article(a.id())))
                .addLiteral(DKG.beginIndex, m.createTypedLiteral(String.valueOf(s.begin()), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(DKG.endIndex, m.createTypedLiteral(String.valueOf(s.end()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(DKG.text, s.of(a.body()));
    }

    private Resource entity(Model m, Entity e) {
        return m.createResource(minter.entity(e))
                .addProperty(RDF.type, classOf(e.type()))
                .addProperty(RDFS.label, e.label(), "en");
    }

    static Resource classOf(EntityType t) {
        return switch (t) {
            case PERSON -> DKG.Person;
            case STATE -> DKG.State;
            case CITY -> DKG.City;
            case ORGANISATION -> DKG.Organisation;
            case REGION -> DKG.Region;
            case PLACE -> DKG.Place;
            case VENUE -> DKG.Venue;
        };
    }

    static Resource classOf(EventType t) {
        return switch (t) {
            case VISIT -> DKG.Visit;
            case MEETING -> DKG.Meeting;
            case BILATERAL_MEETING -> DKG.BilateralMeeting;
            case MULTILATERAL_MEETING -> DKG.MultilateralMeeting;
            case SPEECH -> DKG.Speech;
            case PRESS_CONFERENCE -> DKG.PressConference;
            case CEREMONY -> DKG.Ceremony;
            case JOINT_STATEMENT -> DKG.JointStatement;
            case ATTENDANCE, JOINING, ARRIVAL -> throw new IllegalArgumentException(t + " is folded into other events by the extract stage");
        };
    }

    private static String kind(EventType t) {
        return t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static void prefixes(Model m) {
        m.setNsPrefix("dkg", DKG.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("rdf", RDF.uri);
        m.setNsPrefix("xsd", XSD.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("prov", PROV.NS);
        m.setNsPrefix("owl", OWL.NS);
        m.setNsPrefix("skos", SKOS.uri);
    }
}
