package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTypeTest {

    @Test
    void aDumbTerminalOrNoTermCannotAddressTheCursor() {
        assertFalse(new TerminalType("dumb").addressesCursor());
        assertFalse(new TerminalType("").addressesCursor());
        assertFalse(new TerminalType("  ").addressesCursor());
        assertFalse(TerminalType.of(Map.of()).addressesCursor());
        assertTrue(new TerminalType("vt100").addressesCursor());
        assertTrue(new TerminalType("xterm-256color").addressesCursor());
    }

    @Test
    void colourTerminalsAreKnownByFamilyOrByName() {
        for (String term : List.of(
                "xterm",
                "XTERM",
                "xterm-kitty",
                "screen",
                "screen.xterm-256color",
                "tmux",
                "tmux-256color",
                "rxvt-unicode",
                "linux",
                "putty",
                "alacritty",
                "foot",
                "st-256color",
                "vt100-color",
                "ansi",
                "xterm-direct")) {
            assertTrue(new TerminalType(term).hasColors(), term);
        }
    }

    @Test
    void terminalsWithoutColourGetNone() {
        for (String term : List.of(
                "vt100", "vt102", "vt220", "vt52", "dumb", "", "xterm-mono", "xterm-m", "unknown", "network", "sun")) {
            assertFalse(new TerminalType(term).hasColors(), term);
        }
    }

    @Test
    void thePaletteSizeComesFromTheName() {
        assertTrue(new TerminalType("tmux-256color").has256Colors());
        assertFalse(new TerminalType("xterm").has256Colors());
        assertTrue(new TerminalType("xterm-direct").hasDirectColor());
        assertFalse(new TerminalType("xterm-256color").hasDirectColor());
    }

    @Test
    void termDecidesWhetherThereIsColourColortermOnlyHowMuch() {
        Map<String, String> environment = new HashMap<>(Map.of("TERM", "vt100", "COLORTERM", "truecolor"));
        assertEquals(ColorMode.NONE, ColorMode.detect(environment), "a COLORTERM left over from the emulator");
        environment.put("TERM", "xterm");
        assertEquals(ColorMode.TRUE_COLOR, ColorMode.detect(environment));
        assertEquals(ColorMode.ANSI_16, ColorMode.detect(Map.of("TERM", "linux")));
        assertEquals(ColorMode.NONE, ColorMode.detect(Map.of("TERM", "vt220")));
        assertEquals(ColorMode.INDEXED_256, ColorMode.detect(Map.of("TERM", "screen-256color")));
        assertEquals(ColorMode.TRUE_COLOR, ColorMode.detect(Map.of("TERM", "xterm-direct")));
    }
}
