package dev.lede.ui;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.LinkGraph;
import dev.lede.ui.keys.Key;
import java.util.Set;

/** Everything that can happen to the reader; the tui turns keys, resizes and load results into events. */
public sealed interface Event {

    record KeyPressed(Key key) implements Event {}

    record Resized(int width, int height) implements Event {}

    /** A newer snapshot of the library (more articles, more problems, or loading finished). */
    /** What a search of {@code library} for {@code query} found, as entry positions best first ({@link Effect.Search}). */
    record Searched(Library library, String query, int[] positions) implements Event {}

    record LibraryUpdated(Library library) implements Event {}

    /** The library's links worked out, after an {@link Effect.BuildLinks}. */
    record LinksBuilt(LinkGraph links) implements Event {}

    /** The full article of an entry, after an {@link Effect.OpenArticle}. */
    record ArticleOpened(LibraryEntry entry, Article article) implements Event {}

    /** The article could not be read again (file gone or changed); shown on the status line. */
    record ArticleUnavailable(LibraryEntry entry, String reason) implements Event {}

    /** A one-line note from the tui for the status line (a link copied, a state file set aside). */
    record Notice(String text) implements Event {}

    /**
     * A note on the status line that is no longer true (another fetch was running; it has ended): replaced by
     * {@code replacement} if it is still shown, left alone if a key or another note has replaced it already.
     */
    record NoticeOutdated(String notice, String replacement) implements Event {}

    /** A number typed in the reader waited its time for {@code o} or {@code y}, after an {@link Effect.CountTimer}. */
    record CountExpired() implements Event {}

    /** The background fetch (R): {@code done} of {@code total} feeds answered, {@code added} new articles so far. */
    record FetchProgressed(int done, int total, int added) implements Event {}

    /**
     * The background fetch ended. {@code feeds} is 0 when none was fetched ({@code problem} says why: another
     * fetch running, no subscriptions); otherwise {@code problem} is the first failure, or null.
     * {@code libraryShown} is false when the reader's inputs do not show the fetched library, where they went;
     * {@code shownNextStart} then says that lede with no input, as this reader was started, shows it from its next
     * start (the library's folder had not been made yet when this one started). {@code fullTextFeeds} feeds kept
     * an item's summary because its page could not be fetched (each said in a line after quitting). {@code pruned}
     * are the articles {@code set keep} deleted after the fetch, which may include the one open.
     */
    record FetchEnded(
            int feeds,
            int added,
            int failed,
            String problem,
            boolean libraryShown,
            boolean shownNextStart,
            int fullTextFeeds,
            Set<ArticleId> pruned)
            implements Event {

        public FetchEnded {
            pruned = pruned == null ? Set.of() : Set.copyOf(pruned);
        }

        public FetchEnded(
                int feeds,
                int added,
                int failed,
                String problem,
                boolean libraryShown,
                boolean shownNextStart,
                int fullTextFeeds) {
            this(feeds, added, failed, problem, libraryShown, shownNextStart, fullTextFeeds, Set.of());
        }

        /** Ended in a reader that shows the fetched library, where the new articles join the list. */
        public FetchEnded(int feeds, int added, int failed, String problem) {
            this(feeds, added, failed, problem, true, false, 0, Set.of());
        }

        public FetchEnded(int feeds, int added, int failed, String problem, boolean libraryShown) {
            this(feeds, added, failed, problem, libraryShown, false, 0, Set.of());
        }
    }

    /** The terminal went away (EOF or an error on /dev/tty): save and quit. */
    record TerminalGone() implements Event {}
}
