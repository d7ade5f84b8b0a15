package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void aLineGivesCountRateAndTimeLeft() {
        assertEquals("convert: 120/1000 articles (12%), 3.0/s, about 4m 53s left",
                Progress.line("convert", 120, 1000, "articles", 40, false));
        String bar = Progress.line("convert", 500, 1000, "articles", 10, true);
        assertTrue(bar.startsWith("[===============>              ] convert: 500/1000"), bar);
        assertEquals("load: 7 s, 0.7/s", Progress.line("load", 7, 0, "s", 10, false));
    }

    @Test
    void durationsAreShort() {
        assertEquals("45s", Progress.duration(45));
        assertEquals("4m 40s", Progress.duration(280));
        assertEquals("2h 05m", Progress.duration(7500));
    }

    @Test
    void aTerminalGetsABarRedrawnInPlaceAndAFinalLine() {
        StringWriter sw = new StringWriter();
        // Started two seconds ago, so the bar is due at once.
        Progress p = new Progress("convert", 3, "articles", new PrintWriter(sw), System.nanoTime() - 2_000_000_000L);
        p.step();
        p.close();
        String s = sw.toString();
        assertTrue(s.startsWith("\r[") && s.contains("convert: 1/3 articles") && s.endsWith(System.lineSeparator()), s);
    }

    @Test
    void aShortRunShowsNothing() {
        StringWriter sw = new StringWriter();
        Progress p = new Progress("convert", 3, "articles", new PrintWriter(sw), System.nanoTime());
        p.step();
        p.close();
        assertEquals("", sw.toString());
    }

    @Test
    void aCountKeptElsewhereIsShownAndNeverGoesBack() {
        StringWriter sw = new StringWriter();
        Progress p = new Progress("load x.nq", 1000, "kB", new PrintWriter(sw), System.nanoTime() - 2_000_000_000L);
        p.reached(600);
        p.reached(400); // an older count arriving late
        assertEquals(600, p.done());
        p.close();
        assertTrue(sw.toString().contains("load x.nq: 600/1000 kB (60%)"), sw.toString());
    }
}
