package dev.lede.tui;

import java.util.Locale;
import java.util.Map;

/**
 * How many colours the painter may use, decided from the environment because Lanterna never looks:
 * none with {@code NO_COLOR} or a terminal without colours ({@code TERM=dumb},
 * {@code vt100}, no {@code TERM}); else 16, or 256 or true colour when {@code TERM}/{@code COLORTERM}
 * say so. {@code TERM} decides whether there is colour at all: a {@code COLORTERM} left over from the
 * terminal emulator does not give colour to a {@code TERM=vt100} the user asked for.
 */
public enum ColorMode {
    NONE,
    ANSI_16,
    INDEXED_256,
    TRUE_COLOR;

    public static ColorMode detect(Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return NONE; // no-color.org: present and not empty
        }
        TerminalType terminal = TerminalType.of(environment);
        if (!terminal.hasColors()) {
            return NONE;
        }
        String colorTerm = environment.getOrDefault("COLORTERM", "").toLowerCase(Locale.ROOT);
        if (colorTerm.equals("truecolor") || colorTerm.equals("24bit") || terminal.hasDirectColor()) {
            return TRUE_COLOR;
        }
        return terminal.has256Colors() ? INDEXED_256 : ANSI_16;
    }
}
