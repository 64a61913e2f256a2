package dev.lede.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ui.UiOptions;
import dev.lede.ui.keys.Action;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The help screen cuts nothing: a key list or a text too long for its column wraps within it. */
class HelpWrapTest {

    @Test
    void everyWordOfEveryHelpTextAndKeyIsShownAtAnyWidth() {
        for (int width : new int[] {40, 80}) {
            List<String> lines = HelpView.lines(UiOptions.defaults(), width).stream()
                    .map(FrameLine::plainText)
                    .toList();
            assertFalse(String.join("\n", lines).contains("…"), "nothing cut at " + width + " columns");
            int textColumn = textColumn(lines);
            String texts = lines.stream()
                    .filter(line -> line.length() > textColumn && line.startsWith("   "))
                    .map(line -> line.substring(textColumn).strip())
                    .collect(java.util.stream.Collectors.joining(" "));
            for (Action action : Action.values()) {
                assertTrue(texts.contains(action.help()), action.help() + " at " + width + " columns");
            }
        }
    }

    private static int textColumn(List<String> lines) {
        return lines.stream()
                .filter(line -> line.startsWith("   Ctrl-L"))
                .findFirst()
                .orElseThrow()
                .indexOf("redraw");
    }

    /**
     * Under a charset without the arrows (LANG=C), the help is laid out as drawn: the arrow keys are words, every
     * other mark its ASCII stand-in, each text whole and in its column (found by qa19: ↓ and ↑ were drawn as '?',
     * "Enter →" widened to "Enter ->" after the layout and was cut, "list ↔ reader" was "list ? reader").
     */
    @Test
    void underACharsetWithoutArrowsTheKeysAreWordsInTheirColumns() {
        UiOptions ascii = UiOptions.defaults().shownIn(StandardCharsets.US_ASCII);
        for (int width : new int[] {40, 80}) {
            List<String> lines = HelpView.lines(ascii, width).stream()
                    .map(FrameLine::plainText)
                    .toList();
            String screen = String.join("\n", lines);
            assertTrue(StandardCharsets.US_ASCII.newEncoder().canEncode(screen), screen);
            assertFalse(screen.replace("   ? F1 ", "").contains("?"), "a mark drawn as '?':\n" + screen);
            assertFalse(screen.contains("..."), "nothing cut at " + width + " columns:\n" + screen);
            int textColumn = textColumn(lines);
            for (String line : lines) {
                assertTrue(line.length() <= width, line);
                if (line.startsWith("   ") && line.length() > textColumn) {
                    assertEquals(' ', line.charAt(textColumn - 1), "a key ran into the text: '" + line + "'");
                }
            }
            String keys = lines.stream()
                    .filter(line -> line.startsWith("   "))
                    .map(line -> line.substring(0, Math.min(line.length(), textColumn)))
                    .collect(java.util.stream.Collectors.joining(" "));
            for (String arrow : List.of("Down", "Up", "Left", "Right")) {
                assertTrue(keys.contains(" " + arrow + " ") || keys.contains(" " + arrow), arrow + ":\n" + screen);
            }
            String texts = lines.stream()
                    .filter(line -> line.length() > textColumn && line.startsWith("   "))
                    .map(line -> line.substring(textColumn).strip())
                    .collect(java.util.stream.Collectors.joining(" "));
            assertTrue(texts.contains("switch focus list <-> reader (side-by-side layout)"), texts);
            for (Action action : Action.values()) {
                assertTrue(texts.contains(ascii.shown().line(action.help())), action.help() + " at " + width);
            }
            assertEquals("Keys - q or Esc closes this", lines.get(0).strip());
        }
    }

    @Test
    void wrappedTextStaysInItsColumn() {
        List<String> lines = HelpView.lines(UiOptions.defaults(), 40).stream()
                .map(FrameLine::plainText)
                .toList();
        int textColumn = textColumn(lines);
        for (String text : lines) {
            if (text.startsWith("   ") && !text.isBlank() && text.length() > textColumn) {
                assertTrue(text.charAt(textColumn - 1) == ' ', "a space before the text column: '" + text + "'");
            }
        }
    }
}
