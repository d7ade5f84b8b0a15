package org.diplomacykg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLibTest {
    @Test
    void typographyReadsAsPlainText() {
        assertEquals("the ministers' \"meeting\" - Kerry's tour", TextLib.plain("the ministers\u2019 \u201Cmeeting\u201D \u2013 Kerry\u2019s\u00A0tour"));
        assertEquals("fi 2", TextLib.plain("\uFB01 \u2082"), "NFKC compatibility forms");
    }

    @Test
    void namesFoldCaseAndAccents() {
        assertEquals("tocikiston", TextLib.fold("TOÇIKISTON"));
        assertEquals("communique", TextLib.fold("Communiqué"));
    }

    @Test
    void tokensAreRunsOfLettersAndDigits() {
        assertEquals(List.of("that", "s", "our", "neighborhood", "2015"), TextLib.tokens("That\u2019s our neighborhood \u2014 2015."));
        assertEquals(2, TextLib.sharedTokens(List.of("a", "a", "b"), List.of("a", "c", "b")), "each token counts once per occurrence");
    }

    @Test
    void containmentEitherWayIsByWholeWords() {
        assertTrue(TextLib.containsEitherWay("political editor", "commonspace.eu Political Editor"));
        assertTrue(TextLib.containsEitherWay("A senior US official", "senior US official"));
        assertFalse(TextLib.containsEitherWay("editor", "editorial board"));
        assertFalse(TextLib.containsEitherWay("", "anyone"));
    }
}
