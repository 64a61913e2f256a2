package dev.lede.ui.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Keymap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The help screen cuts nothing: a key list or a text too long for its column wraps within it. */
class HelpWrapTest {

    @Test
    void everyWordOfEveryHelpTextAndKeyIsShownAtAnyWidth() {
        for (int width : new int[] {40, 80}) {
            List<String> lines = HelpView.lines(Keymap.DEFAULT, width).stream()
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

    @Test
    void wrappedTextStaysInItsColumn() {
        List<String> lines = HelpView.lines(Keymap.DEFAULT, 40).stream()
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
