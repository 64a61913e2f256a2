package dev.lede.ui;

import java.util.Optional;

/**
 * R: the subscriptions fetched in the background, as {@code lede fetch} does. The state machine only
 * asks ({@link Effect.FetchSubscriptions}) and shows the progress and the outcome; the new articles
 * arrive as files, which the watched folders turn into a new library snapshot.
 */
final class FetchUpdate {

    private FetchUpdate() {}

    static Transition start(UiState state) {
        if (state.fetch().isPresent()) {
            return Transition.of(state.withMessage("already fetching"));
        }
        return Transition.of(state.withFetch(Optional.of(new FetchProgress(0, 0, 0))), new Effect.FetchSubscriptions());
    }

    /** Esc during the fetch: the feeds being fetched are stopped, the rest left to the next fetch. */
    static Transition stop(UiState state) {
        FetchProgress fetch = state.fetch().orElseThrow();
        if (fetch.stopping()) {
            return Transition.of(state);
        }
        return Transition.of(state.withFetch(Optional.of(fetch.asStopping())), new Effect.StopSubscriptionFetch());
    }

    static UiState progressed(UiState state, Event.FetchProgressed progressed) {
        if (state.fetch().isEmpty()) {
            return state; // a late report of a fetch already ended
        }
        return state.withFetch(Optional.of(new FetchProgress(
                progressed.done(),
                progressed.total(),
                progressed.added(),
                state.fetch().get().stopping())));
    }

    /**
     * The outcome on one line: {@code 3 new}, {@code 3 new, 1 failed — news: timed out}, or why nothing ran; feeds
     * whose pages gave no full text are counted after it, their lines being printed once the reader has quit.
     */
    /**
     * Said after R's outcome when its {@code set keep} deleted the article open: the line that the open article's
     * file was deleted ({@link SnapshotUpdate#GONE}) is then not said as well, before or after it.
     */
    static final String OPEN_PRUNED = "set keep pruned the article open here";

    private static boolean openArticlePruned(UiState state, Event.FetchEnded ended) {
        return state.reader().isPresent()
                && ended.pruned().contains(state.reader().get().entry().id());
    }

    static UiState ended(UiState state, Event.FetchEnded ended) {
        String line;
        Optional<FetchProgress> fetch = state.fetch();
        if (fetch.isPresent() && fetch.get().stopping()) {
            line = fetch.get().leftAtStop(ended.added()); // whatever the stop cut short said of itself
        } else if (ended.feeds() == 0) {
            line = ended.problem() == null ? "no subscriptions — lede subscribe URL adds one" : ended.problem();
        } else {
            line = ended.added() + " new";
            if (ended.added() > 0 && !ended.libraryShown()) {
                // not among what is shown; a reader started with no input was started before the first fetch
                line += ended.shownNextStart()
                        ? ", in the fetched library: lede opens it from its next start"
                        : ", in the fetched library: lede with no input opens it";
            }
            if (ended.failed() > 0) {
                line += ", " + ended.failed() + " failed" + (ended.problem() == null ? "" : " — " + ended.problem());
            }
        }
        if (openArticlePruned(state, ended)) {
            // One line for both: the article open stays on screen, as for any file deleted under it.
            line += " · " + OPEN_PRUNED;
        }
        if (ended.fullTextFeeds() > 0) {
            // Short enough for the reader's status line at 80 columns, beside "1/40  ·  reading 100%".
            line += " · full text missing in " + ended.fullTextFeeds()
                    + (ended.fullTextFeeds() == 1 ? " feed" : " feeds") + " (details on quit)";
        }
        return state.withFetch(Optional.empty()).withMessage(line);
    }
}
