package dev.lede.tui;

import com.googlecode.lanterna.terminal.Terminal;
import dev.lede.core.library.ArticleStore;
import dev.lede.core.library.LinkGraph;
import dev.lede.io.Browser;
import dev.lede.ui.Effect;
import dev.lede.ui.Event;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;

/**
 * Runs the effects that reach beyond the screen — open an article, search, build links, save the reading
 * state, copy, open a link, fetch, cancel fetches — each off the screen's thread or at once, answering
 * with events. The loop in {@link TerminalApp} keeps only the effects that touch the screen itself.
 */
final class EffectRunner {

    private final Terminal terminal;
    private final ArticleStore store;
    private final ReaderContext outside;
    private final StateSaver saver;
    private final BlockingQueue<Event> events;
    private final NewestOnly<Effect.Search> searches;
    private final NewestOnly<Effect.BuildLinks> links;
    private volatile Thread fetching; // R's fetch, the latest one started

    EffectRunner(
            Terminal terminal,
            ArticleStore store,
            ReaderContext outside,
            StateSaver saver,
            BlockingQueue<Event> events) {
        this.terminal = terminal;
        this.store = store;
        this.outside = outside;
        this.saver = saver;
        this.events = events;
        this.searches = new NewestOnly<>(
                "lede-search", EffectRunner::search, search -> search.library().cancelSearch(), events::offer);
        this.links = new NewestOnly<>("lede-links", EffectRunner::links, build -> {}, events::offer);
    }

    void run(Effect effect) {
        if (effect instanceof Effect.Search search) {
            searches.request(search);
        } else if (effect instanceof Effect.BuildLinks build) {
            links.request(build);
        } else if (effect instanceof Effect.OpenArticle open) {
            startDaemon("lede-open", () -> events.offer(openArticle(open)));
        } else if (effect instanceof Effect.SaveState save) {
            saver.offer(save.state());
        } else if (effect instanceof Effect.CopyToClipboard copy) {
            events.offer(new Event.Notice(copy(copy.text(), copy.what())));
        } else if (effect instanceof Effect.OpenLink link) {
            openLink(link.url(), link.what());
        } else if (effect instanceof Effect.FetchSubscriptions) {
            fetching = startDaemon("lede-fetch", this::fetchSubscriptions);
        } else if (effect instanceof Effect.StopSubscriptionFetch) {
            // The fetch takes its thread's interrupt as Esc: the feeds not done are left for the next fetch.
            Thread thread = fetching;
            if (thread != null) {
                thread.interrupt();
            }
        } else if (effect instanceof Effect.CancelFetches) {
            outside.cancelFetches().run();
        }
    }

    /** R: the subscriptions fetched as lede fetch does; whatever happens, one FetchEnded comes back. */
    private void fetchSubscriptions() {
        try {
            outside.fetchSubscriptions().accept(events::offer);
        } catch (RuntimeException e) {
            events.offer(new Event.FetchEnded(0, 0, 0, "fetch failed: " + e.getMessage()));
        }
    }

    /** o: the browser when there is one, else the clipboard, and a note on the status line either way. */
    private void openLink(String url, String what) {
        Optional<List<String>> command = Browser.command(outside.environment(), url);
        if (command.isEmpty()) {
            events.offer(new Event.Notice("no browser here (no $BROWSER, no display): " + copy(url, what)));
            return;
        }
        try {
            Browser.launch(command.get());
            events.offer(new Event.Notice("opened with " + command.get().get(0)));
        } catch (IOException e) {
            events.offer(new Event.Notice("cannot start " + command.get().get(0) + ": " + copy(url, what)));
        }
    }

    /** Writes OSC 52 straight to the terminal, between frames; returns the note for the status line. */
    private String copy(String text, String what) {
        if (!(terminal instanceof LedeTerminal tty)) {
            return "no terminal clipboard here; " + what + " not copied";
        }
        Osc52.Sequence sequence = Osc52.copy(text);
        try {
            tty.writeControl(sequence.bytes());
        } catch (IOException e) {
            return what + " not copied: " + e.getMessage();
        }
        return sequence.cut()
                ? what + " copied, cut to its first " + sequence.textBytes() / 1024 + " KB (OSC 52)"
                : what + " copied to the clipboard (OSC 52)";
    }

    private Event openArticle(Effect.OpenArticle open) {
        try {
            return store.open(open.entry())
                    .<Event>map(article -> new Event.ArticleOpened(open.entry(), article))
                    .orElseGet(() -> new Event.ArticleUnavailable(open.entry(), "can no longer be read"));
        } catch (RuntimeException e) {
            return new Event.ArticleUnavailable(open.entry(), String.valueOf(e.getMessage()));
        }
    }

    static Thread startDaemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** A search of the library index: a failure finds nothing (the index said why once, IndexBodySearch). */
    private static Optional<Event> search(Effect.Search search) {
        int[] found;
        try {
            found = search.library().searchPositions(search.query());
        } catch (RuntimeException e) {
            found = new int[0]; // the list must not wait forever
        }
        return Optional.of(new Event.Searched(search.library(), search.query(), found));
    }

    /** The library's links; none when the index fails meanwhile (IndexEntryDetails said why once). */
    private static Optional<Event> links(Effect.BuildLinks build) {
        try {
            return Optional.of(new Event.LinksBuilt(LinkGraph.of(build.library())));
        } catch (RuntimeException e) {
            return Optional.empty(); // the reader goes on without backlinks and stories
        }
    }
}
