package dev.lede.tui;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the terminal named by {@code TERM} can do, told from the name alone: asking terminfo would mean
 * forking {@code tput} or reading its database before the first frame. The names follow terminfo's:
 * a family ({@code xterm}, {@code screen}, {@code tmux}…), then variants after {@code -} or {@code .}.
 */
public record TerminalType(String name) {

    /** Families whose terminfo entries have colours (a {@code -m} or {@code -mono} variant has not). */
    private static final Set<String> COLOR_FAMILIES = Set.of(
            "xterm",
            "screen",
            "tmux",
            "rxvt",
            "urxvt",
            "linux",
            "vte",
            "gnome",
            "konsole",
            "putty",
            "cygwin",
            "ansi",
            "alacritty",
            "foot",
            "kitty",
            "wezterm",
            "st",
            "stterm",
            "iterm",
            "iterm2",
            "mintty",
            "ms-terminal",
            "contour",
            "eterm",
            "aterm",
            "kterm",
            "mlterm",
            "terminator",
            "termite",
            "nsterm",
            "rio",
            "ghostty",
            "cons25",
            "interix",
            "scoansi",
            "pcansi");

    public TerminalType {
        name = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    public static TerminalType of(Map<String, String> environment) {
        return new TerminalType(environment.get("TERM"));
    }

    /**
     * Whether the cursor can be moved about the screen. Not on a dumb terminal ({@code TERM=dumb}, as
     * in an Emacs shell buffer), nor when {@code TERM} is unset or empty, which curses treats alike.
     */
    public boolean addressesCursor() {
        return !name.isEmpty() && !name.equals("dumb");
    }

    /** Whether it shows colours at all: a colour family, or a name that says so ({@code vt100} does not). */
    public boolean hasColors() {
        if (!addressesCursor() || name.endsWith("-m") || name.endsWith("-mono")) {
            return false;
        }
        return name.contains("color") || name.endsWith("-direct") || COLOR_FAMILIES.contains(family());
    }

    /** Whether it has the 256-colour palette. */
    public boolean has256Colors() {
        return hasColors() && (name.contains("256color") || name.endsWith("-direct"));
    }

    /** Whether the name says 24-bit colour ({@code xterm-direct}); most say it through {@code COLORTERM}. */
    public boolean hasDirectColor() {
        return hasColors() && name.endsWith("-direct");
    }

    private String family() {
        int end = 0;
        while (end < name.length() && name.charAt(end) != '-' && name.charAt(end) != '.') {
            end++;
        }
        return name.substring(0, end);
    }
}
