package dev.lede.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineFitTest {

    private static final String FAMILY =
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // one ZWJ sequence, 2 columns
    private static final String FLAG = "\uD83C\uDDEC\uD83C\uDDE7"; // two regional indicators, one flag

    @Test
    void aLineIsCutBetweenClustersAndMeasuredAsColumnsMeasuresIt() {
        // The family is one character two columns wide: "ab" + it + "cd" is 6 columns, and 5 keep "ab", the
        // family and "…" (a cut measured code point by code point saw 8 columns and broke the family apart).
        assertEquals("ab" + FAMILY + "…", LineFit.cut("ab" + FAMILY + "cd", 5));
        assertEquals("ab" + FAMILY + "c", LineFit.fit("ab" + FAMILY + "cdef", 5));
        assertEquals("a", LineFit.fit("a" + FLAG + "b", 2)); // a flag is never halved
        assertEquals("a" + FLAG, LineFit.fit("a" + FLAG + "b", 3));
        assertEquals("e\u0301", LineFit.fit("e\u0301x", 1)); // the accent stays with its letter
    }

    @Test
    void aPaddedLineTakesExactlyItsWidth() {
        String padded = LineFit.pad("x" + FAMILY + "yz", 8);
        assertEquals(8, Columns.width(padded));
        assertEquals("x" + FAMILY + "yz   ", padded);
    }

    @Test
    void theStartIsCutBetweenClustersToo() {
        assertEquals("…" + FAMILY + "cd", LineFit.cutStart("ab" + FAMILY + "cd", 5, "…"));
        assertEquals("…" + FLAG + "c", LineFit.cutStart("ab" + FLAG + "c", 4, "…"));
    }

    @Test
    void tabStopsCountAClusterAsTheColumnsItTakes() {
        // The family takes two columns, so the tab after "a" + it goes to column 8 with 5 spaces.
        assertEquals("a" + FAMILY + "     b", Tabs.expand("a" + FAMILY + "\tb"));
    }
}
