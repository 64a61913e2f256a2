package dev.lede.core.parse.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void readsEveryKindOfValue() {
        JsonReader.Result result = JsonReader.read(
                " {\"s\":\"a\\\"b\\\\c\\u00e9\\ud83d\\ude00\\n\",\"n\":-1.5e2,\"t\":true,\"f\":false,\"z\":null,"
                        + "\"a\":[1,[],{}]} ");
        assertNull(result.error());
        assertTrue(result.whole());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("s", "a\"b\\cé😀\n");
        expected.put("n", -150.0);
        expected.put("t", true);
        expected.put("f", false);
        expected.put("z", null);
        expected.put("a", List.of(1.0, List.of(), Map.of()));
        assertEquals(expected, result.value());
    }

    @Test
    void keepsWhatWasReadBeforeTheTextBreaksOff() {
        JsonReader.Result result = JsonReader.read("{\"items\":[{\"id\":\"1\"},{\"id\":\"2\",\"title\":\"Cut");
        assertEquals("unterminated string at character 44", result.error());
        assertEquals(Map.of("items", List.of(Map.of("id", "1"), Map.of("id", "2"))), result.value());
        assertFalse(result.whole());
    }

    @Test
    void reportsTrailingGarbageAndBadTokens() {
        assertEquals(
                "unexpected text after the JSON value at character 4",
                JsonReader.read("{} x").error());
        assertTrue(JsonReader.read("{} x").whole(), "the value itself was read to its end");
        assertEquals(
                "unexpected character 'x' at character 5",
                JsonReader.read("[1, x]").error());
        assertEquals(
                "expected ',' or ']' at character 4", JsonReader.read("[1 2]").error());
        assertNotNull(JsonReader.read("{\"a\" 1}").error());
        assertNotNull(JsonReader.read("\"\\q\"").error());
    }

    @Test
    void stopsAtExcessiveNestingInsteadOfOverflowingTheStack() {
        char[] open = new char[100_000];
        Arrays.fill(open, '[');
        JsonReader.Result result = JsonReader.read(new String(open));
        assertEquals("nested deeper than 256 levels at character 257", result.error());
    }
}
