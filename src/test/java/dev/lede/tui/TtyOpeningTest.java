package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TtyOpeningTest {

    private static boolean hasTerminal() {
        try (RandomAccessFile tty = new RandomAccessFile("/dev/tty", "rw")) {
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    @Test
    void withoutATerminalTakingItFailsAsOpeningItDidAndClosingIsHarmless() {
        Assumptions.assumeFalse(hasTerminal(), "this run has a terminal: opening it would change its modes");
        TtyOpening opening = TtyOpening.start();
        assertThrows(IOException.class, opening::take);
        opening.close();
        TtyOpening unused = TtyOpening.start();
        unused.close(); // never taken: closes what it opened, which here is nothing
        unused.close();
    }
}
