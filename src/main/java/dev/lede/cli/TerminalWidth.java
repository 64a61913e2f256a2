package dev.lede.cli;

import dev.lede.io.Tty;

/** The width to print at: the terminal's when stdout is one, else a default. */
final class TerminalWidth {

    private TerminalWidth() {}

    static int orDefault(int fallback) {
        Tty tty = new Tty();
        if (!tty.isStdoutTerminal()) {
            return fallback;
        }
        return tty.size().map(Tty.Size::columns).orElse(fallback);
    }
}
