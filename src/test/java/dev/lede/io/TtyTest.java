package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TtyTest {

    @Test
    void readsTheSizeSttyReports() {
        assertEquals(Optional.of(new Tty.Size(120, 40)), Tty.Size.parse("40 120\n"));
    }

    @Test
    void aTerminalThatDoesNotKnowItsSizeHasNone() {
        // A pty nobody sized (script(1) without a terminal, some serial consoles) reports "0 0": lede show
        // wrapped at 20 columns there instead of its default 80 (found by qa8).
        assertEquals(Optional.empty(), Tty.Size.parse("0 0"));
        assertEquals(Optional.empty(), Tty.Size.parse("40 0"));
    }

    @Test
    void outputThatIsNoSizeIsNone() {
        assertEquals(Optional.empty(), Tty.Size.parse("stty: 'standard input': Inappropriate ioctl for device"));
        assertEquals(Optional.empty(), Tty.Size.parse(""));
    }
}
