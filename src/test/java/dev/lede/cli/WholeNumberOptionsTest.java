package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.ui.config.ConfigParser;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** A whole number too large for an int is out of range, as a large one is, not "not a number". */
class WholeNumberOptionsTest {

    @Test
    void daysPastAnIntAreOutOfRange() {
        assertEquals(
                "99999999999 is out of range; give 1 to " + ConfigParser.MAX_KEEP_DAYS + " days",
                assertThrows(TypeConversionException.class, () -> new DaysConverter().convert("99999999999"))
                        .getMessage());
        assertEquals(
                "-99999999999 is out of range; give 1 to " + ConfigParser.MAX_KEEP_DAYS + " days",
                assertThrows(TypeConversionException.class, () -> new DaysConverter().convert(" -99999999999"))
                        .getMessage());
        assertEquals(30, new DaysConverter().convert("30"));
    }

    @Test
    void widthsPastAnIntAreOutOfRange() {
        assertEquals(
                "99999999999 is out of range; give " + WidthConverter.RANGE,
                assertThrows(TypeConversionException.class, () -> new WidthConverter().convert("99999999999"))
                        .getMessage());
        assertEquals(80, new WidthConverter().convert("80"));
    }

    @Test
    void wordsAreStillNotNumbers() {
        assertEquals(
                "'12x' is not a number of days; give 1 to " + ConfigParser.MAX_KEEP_DAYS + " days",
                assertThrows(TypeConversionException.class, () -> new DaysConverter().convert("12x"))
                        .getMessage());
    }
}
