package dev.lede.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {

    private static String string(String value) {
        StringBuilder out = new StringBuilder();
        Json.string(out, value);
        return out.toString();
    }

    @Test
    void noControlOfAnyKindIsWrittenAsItIs() {
        // File names keep what the file system allows; written raw, U+009B would be a CSI to a terminal reading
        // `lede export` and U+202E would reverse the line.
        assertEquals(
                "\"a\\u001b[2J\\u007f\\u009b31m\\u009d0;t\\u0007\\u202erev\\u2066x\\u2069\\u200b\\u2028\\ufeff\"",
                string("a\u001b[2J\u007f\u009b31m\u009d0;t\u0007\u202erev\u2066x\u2069\u200b\u2028\ufeff"));
    }

    @Test
    void printableTextStaysAsItIs() {
        assertEquals(
                "\"Zo\u00eb \u6771\u4eac \uD83D\uDC68\u200D\uD83D\uDC69 \\\"q\\\" \\\\ \\t\\n\\r\"",
                string("Zo\u00eb \u6771\u4eac \uD83D\uDC68\u200D\uD83D\uDC69 \"q\" \\ \t\n\r"));
    }
}
