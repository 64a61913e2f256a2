package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Lanterna's virtual terminal for tier-3 tests. Its own readInput blocks while holding the terminal's
 * lock, which would stall painting from the UI thread; this one waits outside the lock.
 */
class VirtualTty extends DefaultVirtualTerminal {

    VirtualTty(int columns, int rows) {
        super(new TerminalSize(columns, rows));
    }

    @Override
    public KeyStroke readInput() {
        while (true) {
            KeyStroke stroke = pollInput();
            if (stroke != null) {
                return stroke;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return new KeyStroke(KeyType.EOF);
            }
        }
    }

    void type(String characters) {
        characters.chars().forEach(c -> addInput(new KeyStroke((char) c, false, false)));
    }

    void press(KeyType type) {
        addInput(new KeyStroke(type));
    }

    /** The visible screen as text, one line per row, trailing spaces removed. */
    String text() {
        TerminalSize size = getTerminalSize();
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < size.getColumns(); column++) {
                line.append(getCharacter(column, row).getCharacterString());
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    String line(int row) {
        return text().split("\n", -1)[row];
    }

    /** Waits (bounded) until the screen satisfies {@code condition}; returns the last screen seen. */
    String awaitScreen(Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String screen = text();
        while (!condition.test(screen) && System.nanoTime() < deadline) {
            Thread.sleep(10);
            screen = text();
        }
        return screen;
    }
}
