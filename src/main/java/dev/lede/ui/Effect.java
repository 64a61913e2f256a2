package dev.lede.ui;

import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.state.ReadingState;

/** Work the state machine asks for; only the tui performs it, and results come back as events. */
public sealed interface Effect {

    /** Read the full article of an entry; answered by {@link Event.ArticleOpened} or {@link Event.ArticleUnavailable}. */
    record OpenArticle(LibraryEntry entry) implements Effect {}

    /**
     * Search {@code library} for {@code query} off the screen's thread (the library index answers it);
     * answered by {@link Event.Searched}. A newer Search makes an older one not yet started unnecessary.
     */
    record Search(Library library, String query) implements Effect {}

    /**
     * Resolve every related headline of {@code library} and link the articles both ways (backlinks and
     * stories) off the screen's thread; answered by {@link Event.LinksBuilt}. A newer request makes an
     * older one not yet started unnecessary.
     */
    record BuildLinks(Library library) implements Effect {}

    /** Repaint everything (Ctrl-L). */
    record Redraw() implements Effect {}

    /** Ctrl-Z: suspend to the shell if the terminal allows it; the tui decides. */
    record Suspend() implements Effect {}

    /** The read marks, stars or places changed: the tui writes them within a second (or never, with no state). */
    record SaveState(ReadingState state) implements Effect {}

    /** Open a web link (already checked: http, https or mailto) in a browser, or copy it when there is none. */
    /** {@code what} names the link in a note ("link", "link [3]"), as copying it would. */
    record OpenLink(String url, String what) implements Effect {}

    /** Put {@code text} on the terminal's clipboard (OSC 52); {@code what} names it on the status line. */
    record CopyToClipboard(String text, String what) implements Effect {}

    /** Esc while URLs are being fetched: stop them; each comes back as a problem "cancelled". */
    record CancelFetches() implements Effect {}

    /** Esc during R: stop the fetch of the subscriptions; its {@link Event.FetchEnded} still comes. */
    record StopSubscriptionFetch() implements Effect {}

    /**
     * R: fetch every subscription as {@code lede fetch} would (its lock too), off the screen's thread;
     * answered by {@link Event.FetchProgressed} as feeds finish and one {@link Event.FetchEnded}.
     */
    record FetchSubscriptions() implements Effect {}

    /**
     * A number is being typed in the reader: send {@link Event.CountExpired} after {@code millis} unless
     * another CountTimer comes first (it replaces this one).
     */
    record CountTimer(int millis) implements Effect {}

    /** Leave: restore the terminal; the exit status is the load's (0 when everything was read). */
    record Quit() implements Effect {}
}
