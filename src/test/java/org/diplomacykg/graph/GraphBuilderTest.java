package org.diplomacykg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.diplomacykg.TestData;
import org.diplomacykg.article.Article;
import org.diplomacykg.extract.Claims;
import org.junit.jupiter.api.Test;

class GraphBuilderTest {
    @Test
    void eventWithEvidenceOffsetsIntoTheBody() {
        Article a = TestData.article("g1", "2021-06-17", "US President Joe Biden met Russian President Vladimir Putin in Geneva on Wednesday.");
        Claims c = TestData.converter().claims(a);
        GraphBuilder gb = new GraphBuilder(new IriMinter(IriMinter.DEFAULT_BASE), "test");
        Model m = gb.build(c, Instant.now(), Instant.now()).claims();
        String q = "PREFIX dkg: <" + DKG.NS + "> SELECT ?e ?date ?b ?en ?text WHERE { ?e a dkg:BilateralMeeting ; dkg:date ?date ; "
                + "dkg:evidence ?ev . ?ev dkg:beginIndex ?b ; dkg:endIndex ?en ; dkg:text ?text }";
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            ResultSet rs = qe.execSelect();
            assertTrue(rs.hasNext(), "a bilateral meeting with evidence");
            QuerySolution s = rs.next();
            assertEquals("2021-06-16", s.getLiteral("date").getLexicalForm());
            int b = s.getLiteral("b").getInt();
            int e = s.getLiteral("en").getInt();
            assertEquals(a.body().substring(b, e), s.getLiteral("text").getString());
            assertTrue(s.getResource("e").getURI().startsWith(IriMinter.DEFAULT_BASE + "id/event/g1/2021-06-16-bilateral-meeting-"));
        }
    }

    @Test
    void slugsAreReadableAndStable() {
        assertEquals("nursultan-nazarbayev", IriMinter.slug("Nursultan Nazarbáyev"));
        assertEquals("xi-an", IriMinter.slug("Xi'an"));
    }
}
