package dev.lede.tui;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.library.BodySearch;
import dev.lede.core.library.EarlierResolution;
import dev.lede.core.library.EntryDetails;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.parse.Parsed;
import dev.lede.io.LoadSink;
import dev.lede.ui.Event;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Builds the library as the loader reports inputs and posts snapshots to the UI: at once until the
 * first screenful is there, then at most one every {@value #INTERVAL_MILLIS} ms (each snapshot copies
 * the entries), and always the final one when loading finishes.
 * A load through the library index may first hand over a preview (the library as the index holds it),
 * built apart and posted the same way until the load confirms it or its own library catches up.
 * Before either, the reader's start may hand over the rows kept from its last run ({@link #firstScreen}):
 * posted at once, and replaced only by a library that holds as many articles, or by a complete one; while
 * the preview's rows are the kept ones, they stand for it, and its progress is posted only every
 * {@value #KEPT_INTERVAL_MILLIS} ms.
 * Called from one loader thread at a time.
 */
final class LibraryFeed implements LoadSink {

    static final long INTERVAL_MILLIS = 100;

    /**
     * The interval while the rows kept from the last run are the preview's own first rows: a frame of its
     * progress would then change only the count in the title, and on two cores each such frame delays the
     * listing and the complete library's frame (docs/performance.md, "Start-up").
     */
    static final long KEPT_INTERVAL_MILLIS = 1_000;

    private final LibraryBuilder builder = new LibraryBuilder();
    private final Consumer<Event> post;
    private final int firstScreenful;
    private final LongSupplier nanoClock;
    private final Consumer<Library> complete;
    private int articles;
    private long lastPost = Long.MIN_VALUE;
    private boolean fetchEnded;
    /** The library as the index last saw it, while the load checks it; null when there is none. */
    private LibraryBuilder preview;

    private int previewed;
    /** How many rows kept from the last run are on the screen: smaller libraries are not posted over them. */
    private int firstScreenRows;

    /** The ids of the rows kept from the last run, in order; null when none were shown. */
    private List<ArticleId> keptIds;

    /** Every previewed article so far is the kept row at its place (as far as those go). */
    private boolean previewAgrees;

    /** The preview as posted complete, which a confirmed load finishes with as it is; null until then. */
    private Library previewLibrary;

    private boolean caughtUp;
    private boolean confirmed;
    private BodySearch search;
    private EntryDetails details;

    LibraryFeed(Consumer<Event> post, int firstScreenful, LongSupplier nanoClock) {
        this(post, firstScreenful, nanoClock, library -> {});
    }

    LibraryFeed(Consumer<Event> post, int firstScreenful, LongSupplier nanoClock, Consumer<Library> complete) {
        this.complete = complete;
        this.post = post;
        this.firstScreenful = firstScreenful;
        this.nanoClock = nanoClock;
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
     * The library as the index last saw it, built apart and posted like a load's until the check of the
     * folders either confirms it ({@link #previewConfirmed}) or the inputs it finds catch up with it: the
     * list never shrinks meanwhile. Complete (title and all) as soon as the whole index is listed.
     */
    @Override
    public void preview(List<ListedArticle> listed, List<Problem> problems) {
        if (preview == null) {
            // Without the index's search (never so from IndexedLoad) the preview finds nothing until replaced.
            preview = search != null ? new LibraryBuilder().searchWith(search) : LibraryBuilder.withoutSearch();
        }
        if (previewed == 0
                && !listed.isEmpty()
                && (listed.get(0).targets() != null || listed.get(0).isKeptApart())) {
            preview.resolvedAhead();
            if (details != null) {
                preview.detailsFrom(details);
            }
        }
        if (keptIds != null) {
            for (int i = 0; i < listed.size() && previewed + i < keptIds.size() && previewAgrees; i++) {
                previewAgrees = listed.get(i).id().equals(keptIds.get(previewed + i));
            }
        }
        preview.accept(listed, problems);
        previewed += listed.size();
        post(preview, false);
    }

    @Override
    public void firstScreen(List<ListedArticle> rows) {
        if (rows.isEmpty() || articles > 0 || previewed > 0) {
            return; // the load's own articles came first: those are newer
        }
        // Shown only until the index's listing replaces them: no headline matcher fed (hundreds of ms
        // for a screenful on a cold JVM), the rows' related headlines are not kept.
        LibraryBuilder kept = LibraryBuilder.withoutSearch().resolvedAhead();
        kept.accept(rows, List.of());
        firstScreenRows = rows.size();
        keptIds = rows.stream().map(ListedArticle::id).toList();
        previewAgrees = true;
        lastPost = nanoClock.getAsLong();
        post.accept(new Event.LibraryUpdated(kept.snapshot()));
    }

    /** The whole index is previewed: shown as a complete library unless the load has replaced it already. */
    @Override
    public void previewComplete() {
        if (preview != null && !caughtUp) {
            previewLibrary = preview.finish();
            post.accept(new Event.LibraryUpdated(previewLibrary));
        }
    }

    @Override
    public void previewConfirmed() {
        confirmed = true;
    }

    @Override
    public void searchWith(BodySearch search) {
        this.search = search;
        builder.searchWith(search);
    }

    @Override
    public void detailsFrom(EntryDetails details) {
        this.details = details;
    }

    @Override
    public void resolvedAhead() {
        builder.resolvedAhead();
    }

    @Override
    public void resolvingChanges(EarlierResolution earlier) {
        builder.resolvingChangesFrom(earlier);
    }

    private void added(int count) {
        articles += count;
        if (preview != null && !caughtUp) {
            if (articles < previewed) {
                return; // the preview stays up until this library shows as much
            }
            caughtUp = true;
            lastPost = Long.MIN_VALUE; // posted at once: it replaces the preview
        }
        post(builder, fetchEnded);
    }

    /**
     * Posts a snapshot of {@code from}: at once for the first screenful, then at most every interval; a
     * preview whose first rows are on the screen already, kept from the last run, at most every
     * {@link #KEPT_INTERVAL_MILLIS}.
     */
    private void post(LibraryBuilder from, boolean now) {
        int size = from == preview ? previewed : articles;
        if (size < firstScreenRows) {
            return; // the rows kept from the last run stay up: the list never shrinks while loading
        }
        firstScreenRows = 0;
        boolean shownAlready = from == preview && keptIds != null && previewAgrees;
        long interval = shownAlready ? KEPT_INTERVAL_MILLIS : INTERVAL_MILLIS;
        long time = nanoClock.getAsLong();
        if (now
                || (size <= firstScreenful && !shownAlready)
                || lastPost == Long.MIN_VALUE
                || time - lastPost >= interval * 1_000_000) {
            lastPost = time;
            fetchEnded = false;
            post.accept(new Event.LibraryUpdated(from.snapshot()));
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
        // Confirmed, the snapshot already shown complete is the library: the same one, so that the reader
        // does not build its links a second time.
        Library library = confirmed ? (previewLibrary != null ? previewLibrary : preview.finish()) : builder.finish();
        post.accept(new Event.LibraryUpdated(library));
        complete.accept(library);
    }

    /** Records a loader failure as a problem, so it shows on the status line instead of a stack trace. */
    void failed(Throwable error) {
        builder.addProblem(new Problem("loader", error.getMessage() == null ? error.toString() : error.getMessage()));
    }
}
