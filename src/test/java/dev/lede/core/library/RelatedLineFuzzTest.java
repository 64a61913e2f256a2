package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz test of resolving a related line, as hostile as a page can make one: any text resolves to nothing or to an
 * article of the library, and in time (the patterns that find a line's shorter forms, {@link LineForms}, once
 * backtracked without end on a long run of one letter after a dash). The saved inputs replay in every test run.
 */
class RelatedLineFuzzTest {

    private static final HeadlineMatcher MATCHER = HeadlineMatcherLexiconTest.library(
            "Coldharbour Media buys publisher Tarvin Books",
            "Coldharbour Media has bought the publisher Tarvin Books for £12m, the two firms said.");

    private static final int LIMIT = HeadlineMatcherLexiconTest.OTHERS.size() + 1;

    @FuzzTest(maxDuration = "30s")
    void resolvesToNothingOrAnArticle(byte[] bytes) {
        String line = anyChars(bytes);
        Optional<Integer> found = MATCHER.resolve(line, LIMIT);
        assertTrue(found.isEmpty() || found.get() >= 0 && found.get() < LIMIT, () -> found + " for " + line);
        List<String> forms = LineForms.of(line, word -> true);
        assertTrue(!forms.isEmpty() && forms.size() <= 4, () -> forms.toString());
        // The library's second pass and what it learns from such lines (LearnedWording), and the abbreviations'
        // lower case, which keeps every character where it was.
        LearnedWording learned = MATCHER.learn(List.of(line, line + " " + line), LIMIT);
        Optional<Integer> again = MATCHER.resolve(line, LIMIT, learned);
        assertTrue(again.isEmpty() || again.get() >= 0 && again.get() < LIMIT, () -> again + " for " + line);
        assertEquals(line.length(), CommonAbbreviations.lowered(line).length());
    }

    /** UTF-16 code units as they come, lone surrogates and all. */
    private static String anyChars(byte[] bytes) {
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff);
        }
        return new String(chars);
    }
}
