package org.diplomacykg.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the diplomacy ontology ({@code ontology/diplomacy.ttl}); a test checks each is declared there. */
public final class DKG {
    public static final String NS = "https://w3id.org/diplomacy-kg/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/diplomacy-kg/ontology";

    public static final Resource Agent = r("Agent");
    public static final Resource Person = r("Person");
    public static final Resource Organisation = r("Organisation");
    public static final Resource Place = r("Place");
    public static final Resource Venue = r("Venue");
    public static final Resource State = r("State");
    public static final Resource City = r("City");
    public static final Resource Region = r("Region");
    public static final Resource Post = r("Post");
    public static final Resource PostHolding = r("PostHolding");
    public static final Resource Claim = r("Claim");
    public static final Resource Event = r("Event");
    public static final Resource Visit = r("Visit");
    public static final Resource Meeting = r("Meeting");
    public static final Resource BilateralMeeting = r("BilateralMeeting");
    public static final Resource MultilateralMeeting = r("MultilateralMeeting");
    public static final Resource Speech = r("Speech");
    public static final Resource PressConference = r("PressConference");
    public static final Resource Ceremony = r("Ceremony");
    public static final Resource JointStatement = r("JointStatement");
    public static final Resource Quote = r("Quote");
    public static final Resource Characterisation = r("Characterisation");
    public static final Resource Article = r("Article");
    public static final Resource Evidence = r("Evidence");
    public static final Resource Converter = r("Converter");
    public static final Resource Topic = r("Topic");
    public static final Resource Trip = r("Trip");
    public static final Resource TripLeg = r("TripLeg");
    public static final Resource AgreementSigning = r("AgreementSigning");
    public static final Resource PlannedEvent = r("PlannedEvent");
    public static final Resource OccurredEvent = r("OccurredEvent");
    public static final Resource Statement = r("Statement");
    public static final Resource Membership = r("Membership");
    public static final Resource ConsolidatedEvent = r("ConsolidatedEvent");
    public static final Resource Conflict = r("Conflict");
    public static final Resource ConflictingClaim = r("ConflictingClaim");
    public static final Resource Conversion = r("Conversion");

    public static final Property locatedIn = p("locatedIn");
    public static final Property citizenOf = p("citizenOf");
    public static final Property demonym = p("demonym");
    public static final Property postTitle = p("postTitle");
    public static final Property postIn = p("postIn");
    public static final Property holdsPost = p("holdsPost");
    public static final Property holder = p("holder");
    public static final Property post = p("post");
    public static final Property validAt = p("validAt");
    public static final Property participant = p("participant");
    public static final Property place = p("place");
    public static final Property date = p("date");
    public static final Property planned = p("planned");
    public static final Property speaker = p("speaker");
    public static final Property speakerDescription = p("speakerDescription");
    public static final Property subjectDescription = p("subjectDescription");
    public static final Property quotedText = p("quotedText");
    public static final Property subject = p("subject");
    public static final Property characterisedAs = p("characterisedAs");
    public static final Property publisherName = p("publisherName");
    public static final Property sourceFile = p("sourceFile");
    public static final Property body = p("body");
    public static final Property mentions = p("mentions");
    public static final Property evidence = p("evidence");
    public static final Property inArticle = p("inArticle");
    public static final Property beginIndex = p("beginIndex");
    public static final Property endIndex = p("endIndex");
    public static final Property text = p("text");
    public static final Property topic = p("topic");
    public static final Property dateUnknown = p("dateUnknown");
    public static final Property period = p("period");
    public static final Property cameoCode = p("cameoCode");
    public static final Property partOf = p("partOf");
    public static final Property legOf = p("legOf");
    public static final Property legNumber = p("legNumber");
    public static final Property nextLeg = p("nextLeg");
    public static final Property audience = p("audience");
    public static final Property occasion = p("occasion");
    public static final Property member = p("member");
    public static final Property inOrganisation = p("inOrganisation");
    public static final Property memberOf = p("memberOf");
    public static final Property consolidates = p("consolidates");
    public static final Property claimReport = p("claimReport");
    public static final Property hasConflict = p("hasConflict");
    public static final Property conflictProperty = p("conflictProperty");
    public static final Property conflictingClaim = p("conflictingClaim");
    public static final Property claimedValue = p("claimedValue");
    public static final Property claimedLiteral = p("claimedLiteral");
    public static final Property sourceArticle = p("sourceArticle");

    private DKG() {}

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
