package dev.lede.tui;

import java.util.Locale;
import java.util.Map;

/**
 * How many colours the painter may use, decided from the environment because Lanterna never looks
 * (TERMINAL.md point 10): none with {@code NO_COLOR} or {@code TERM=dumb}, 16 by default, 256 or true
 * colour only when {@code TERM}/{@code COLORTERM} say so.
 */
public enum ColorMode {
    NONE, ANSI_16, INDEXED_256, TRUE_COLOR;

    public static ColorMode detect(Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return NONE; // no-color.org: present and not empty
        }
        String term = environment.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        if (term.isEmpty() || term.equals("dumb")) {
            return NONE;
        }
        String colorTerm = environment.getOrDefault("COLORTERM", "").toLowerCase(Locale.ROOT);
        if (colorTerm.equals("truecolor") || colorTerm.equals("24bit") || term.endsWith("-direct")) {
            return TRUE_COLOR;
        }
        if (term.contains("256color")) {
            return INDEXED_256;
        }
        return ANSI_16;
    }
}
