package dev.lede.tui;

import dev.lede.core.article.Problem;
import dev.lede.core.library.BodySearch;
import dev.lede.core.library.Library;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.parse.Parsed;
import dev.lede.io.LoadSink;
import dev.lede.ui.Event;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Builds the library as the loader reports inputs and posts snapshots to the UI: at once until the
 * first screenful is there, then at most one every {@value #INTERVAL_MILLIS} ms (each snapshot copies
 * the entries), and always the final one when loading finishes. After the first snapshot with
 * articles it runs {@code firstPosted}: the reader waits there, briefly, until that snapshot is on the
 * terminal, since on two cores indexing and parsing the rest would take the CPU its first frame needs.
 * Called from one loader thread at a time.
 */
final class LibraryFeed implements LoadSink {

    static final long INTERVAL_MILLIS = 100;

    private final LibraryBuilder builder = new LibraryBuilder();
    private final Consumer<Event> post;
    private final int firstScreenful;
    private final LongSupplier nanoClock;
    private final Runnable firstPosted;
    private final Consumer<Library> complete;
    private boolean posted;
    private int articles;
    private long lastPost = Long.MIN_VALUE;
    private boolean fetchEnded;
    private int previewed;

    LibraryFeed(Consumer<Event> post, int firstScreenful, LongSupplier nanoClock) {
        this(post, firstScreenful, nanoClock, () -> { });
    }

    LibraryFeed(Consumer<Event> post, int firstScreenful, LongSupplier nanoClock, Runnable firstPosted) {
        this(post, firstScreenful, nanoClock, firstPosted, library -> { });
    }

    LibraryFeed(Consumer<Event> post, int firstScreenful, LongSupplier nanoClock, Runnable firstPosted,
                Consumer<Library> complete) {
        this.complete = complete;
        this.post = post;
        this.firstScreenful = firstScreenful;
        this.nanoClock = nanoClock;
        this.firstPosted = firstPosted;
    }

    @Override
    public void loaded(Parsed parsed) {
        builder.add(parsed);
        added(parsed.articles().size());
    }

    @Override
    public void listed(List<ListedArticle> listed, List<Problem> problems) {
        builder.accept(listed, problems);
        added(listed.size());
    }

    /**
     * The first screenful as the library index last saw it, posted at once; the library being built
     * replaces it once it holds as many articles (or is complete), so the list never shrinks meanwhile.
     */
    @Override
    public void preview(List<ListedArticle> first) {
        LibraryBuilder shown = new LibraryBuilder();
        boolean resolved = first.stream().allMatch(article -> article.targets() != null);
        if (resolved) {
            shown.resolvedAhead();
        }
        shown.searchWith((query, limit) -> List.of()); // the preview holds no bodies; search waits for the library
        shown.accept(first, List.of());
        previewed = first.size();
        post.accept(new Event.LibraryUpdated(shown.snapshot()));
        if (!posted) {
            posted = true;
            firstPosted.run();
        }
    }

    @Override
    public void searchWith(BodySearch search) {
        builder.searchWith(search);
    }

    @Override
    public void resolvedAhead() {
        builder.resolvedAhead();
    }

    private void added(int count) {
        articles += count;
        boolean catchingUp = previewed > 0;
        if (catchingUp) {
            if (articles < previewed) {
                return; // the preview stays up until this library shows as much
            }
            previewed = 0;
        }
        long now = nanoClock.getAsLong();
        if (catchingUp || fetchEnded || articles <= firstScreenful || lastPost == Long.MIN_VALUE
                || now - lastPost >= INTERVAL_MILLIS * 1_000_000) {
            lastPost = now;
            fetchEnded = false;
            post.accept(new Event.LibraryUpdated(builder.snapshot()));
            if (!posted && articles > 0) {
                posted = true;
                firstPosted.run();
            }
        }
    }

    @Override
    public void fetching(String url) {
        builder.fetchStarted(url);
        post.accept(new Event.LibraryUpdated(builder.snapshot())); // the status line names it at once
    }

    @Override
    public void fetched(String url) {
        builder.fetchEnded(url);
        fetchEnded = true; // its result follows, posted at once: the status line must not name it any longer
    }

    @Override
    public void finished() {
        Library library = builder.finish();
        post.accept(new Event.LibraryUpdated(library));
        complete.accept(library);
    }

    /** Records a loader failure as a problem, so it shows on the status line instead of a stack trace. */
    void failed(Throwable error) {
        builder.addProblem(new Problem("loader", error.getMessage() == null ? error.toString() : error.getMessage()));
    }
}
