package org.diplomacykg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplomacykg.extract.Entity;
import org.diplomacykg.extract.EntityType;
import org.junit.jupiter.api.Test;

/** The IRI layout, minted and read back in one place: what is minted is recognised, what is not is not. */
class IriMinterTest {
    private static final String BASE = "https://example.org/kg/";
    private static final IriMinter MINTER = new IriMinter(BASE);

    @Test
    void baseGainsItsSlash() {
        assertEquals(BASE, new IriMinter("https://example.org/kg").base());
        assertEquals(BASE + "id/", MINTER.dataSpace());
        assertEquals(BASE + "graph/", MINTER.graphSpace());
    }

    @Test
    void layoutOfTheGraphs() {
        assertEquals(BASE + "graph/article/000-us-seeks", MINTER.articleGraph("000 US seeks"));
        assertEquals(BASE + "graph/metadata", MINTER.metadataGraph());
        assertEquals(BASE + "graph/ontology", MINTER.ontologyGraph());
        assertEquals(BASE + "graph/gazetteer", MINTER.gazetteerGraph());
        assertEquals(BASE + "graph/consolidated", MINTER.consolidatedGraph());
        assertEquals(BASE + "graph/inferred/owl-rl", MINTER.inferredGraph("owl-rl"));
    }

    @Test
    void layoutOfTheData() {
        Entity kerry = Entity.unknown(EntityType.PERSON, "John Kerry");
        assertEquals(BASE + "id/person/john-kerry", MINTER.entity(kerry));
        assertEquals(BASE + "id/article/000-us-seeks", MINTER.article("000 US seeks"));
        assertEquals(BASE + "id/article/000-us-seeks#char=3,9", MINTER.evidence("000 US seeks", 3, 9));
        String post = MINTER.post("Secretary of State", Entity.unknown(EntityType.STATE, "United States"));
        assertEquals(BASE + "id/post/united-states-secretary-of-state", post);
        assertEquals(BASE + "id/post-holding/000/john-kerry-united-states-secretary-of-state", MINTER.postHolding("000", kerry, post));
    }

    @Test
    void articleGraphsAreRecognisedWhateverTheBase() {
        assertTrue(IriMinter.isArticleGraph(MINTER.articleGraph("a1")));
        assertTrue(IriMinter.isArticleGraph(new IriMinter(IriMinter.DEFAULT_BASE).articleGraph("a1")));
        assertFalse(IriMinter.isArticleGraph(MINTER.metadataGraph()));
        assertFalse(IriMinter.isArticleGraph(MINTER.article("a1")));
        assertFalse(IriMinter.isArticleGraph(MINTER.consolidatedGraph()));
    }

    @Test
    void metadataGraphIsRecognisedWhateverTheBase() {
        assertTrue(IriMinter.isMetadataGraph(MINTER.metadataGraph()));
        assertTrue(IriMinter.isMetadataGraph(new IriMinter(IriMinter.DEFAULT_BASE).metadataGraph()));
        assertFalse(IriMinter.isMetadataGraph(MINTER.articleGraph("metadata")));
        assertFalse(IriMinter.isMetadataGraph(MINTER.gazetteerGraph()));
    }

    @Test
    void articleIdIsReadBackFromTheGraphAndTheArticle() {
        assertEquals("000-us-seeks", MINTER.articleIdOfGraph(MINTER.articleGraph("000 US seeks")));
        assertEquals("000-us-seeks", MINTER.articleIdOf(MINTER.article("000 US seeks")));
        assertNull(MINTER.articleIdOfGraph(MINTER.article("a1")), "an article is no article graph");
        assertNull(MINTER.articleIdOf(MINTER.articleGraph("a1")), "an article graph is no article");
        assertNull(MINTER.articleIdOfGraph(new IriMinter(IriMinter.DEFAULT_BASE).articleGraph("a1")), "another base");
        assertNull(MINTER.articleIdOf(MINTER.entity(Entity.unknown(EntityType.STATE, "Kenya"))));
    }

    @Test
    void dataIsWhatIsUnderTheIdSpace() {
        assertTrue(MINTER.isData(MINTER.article("a1")));
        assertTrue(MINTER.isData(MINTER.entity(Entity.unknown(EntityType.STATE, "Kenya"))));
        assertFalse(MINTER.isData(MINTER.articleGraph("a1")));
        assertFalse(MINTER.isData("http://www.wikidata.org/entity/Q114"));
    }

    @Test
    void lastSegmentIsTheSlug() {
        assertEquals("john-kerry", IriMinter.lastSegment(BASE + "id/person/john-kerry"));
        assertEquals("Q114", IriMinter.lastSegment("http://www.wikidata.org/entity/Q114"));
    }
}
