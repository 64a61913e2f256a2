package dev.lede.ui;

import dev.lede.core.library.LibraryEntry;

/** Work the state machine asks for; only the tui performs it, and results come back as events. */
public sealed interface Effect {

    /** Read the full article of an entry; answered by {@link Event.ArticleOpened} or {@link Event.ArticleUnavailable}. */
    record OpenArticle(LibraryEntry entry) implements Effect {
    }

    /** Repaint everything (Ctrl-L). */
    record Redraw() implements Effect {
    }

    /** Ctrl-Z: suspend to the shell if the terminal allows it; the tui decides. */
    record Suspend() implements Effect {
    }

    /** Leave: restore the terminal and exit with status 0. */
    record Quit() implements Effect {
    }
}
