package org.diplomacykg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableTest {
    @Test
    void textAlignsColumnsAndMarkdownHasOneRowPerLine() {
        Table t = new Table("T", "name", "rate").row("ours", 12.345).row("stock", 0.5).note("n");
        String text = t.toText();
        assertTrue(text.contains("ours    12.3\n"), text);
        assertTrue(text.contains("stock  0.500\n"), text);
        assertTrue(t.toMarkdown().contains("| ours | 12.3 |\n"), t.toMarkdown());
        assertThrows(IllegalArgumentException.class, () -> t.row("only one"));
    }

    @Test
    void numbersKeepThreeSignificantDigits() {
        assertEquals("1234", Table.num(1234.4));
        assertEquals("41.2", Table.num(41.24));
        assertEquals("3.14", Table.num(3.14159));
        assertEquals("0.352", Table.num(0.3524));
        assertEquals("-", Table.num(Double.NaN));
    }
}
