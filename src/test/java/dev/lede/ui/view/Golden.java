package dev.lede.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lede.core.text.Columns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Golden screens: a frame's plain text against {@code src/test/resources/screens/<test>/<case>.txt}.
 * Run with {@code -Dlede.updateGoldens=true} to write them after a deliberate change, then review the diff.
 */
final class Golden {

    private static final Path ROOT = Paths.get("src", "test", "resources", "screens");

    private Golden() {}

    static void assertScreen(String test, String name, Frame frame) {
        assertExactSize(frame);
        Path file = ROOT.resolve(test).resolve(name + ".txt");
        String actual = frame.toPlainText();
        try {
            if (Boolean.getBoolean("lede.updateGoldens")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("no golden screen " + file + "; run with -Dlede.updateGoldens=true to write it. It would be:\n"
                        + actual);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "screen " + file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every frame is exactly width × height: height lines, each exactly width columns. */
    static void assertExactSize(Frame frame) {
        assertEquals(frame.height(), frame.lines().size(), "rows");
        for (int i = 0; i < frame.lines().size(); i++) {
            assertEquals(frame.width(), Columns.width(frame.lines().get(i).plainText()), "columns of row " + i);
        }
    }
}
