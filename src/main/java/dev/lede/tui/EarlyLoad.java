package dev.lede.tui;

import dev.lede.core.article.Problem;
import dev.lede.core.library.BodySearch;
import dev.lede.core.library.EarlierResolution;
import dev.lede.core.library.EntryDetails;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.parse.Parsed;
import dev.lede.io.LoadSink;
import dev.lede.io.Loader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Loading started before the reader is ready for it: listing the folder and parsing the first articles
 * run while the configuration is read and the terminal starts. Results wait here (at most
 * {@value #MAX_WAITING}, then the loader waits too) until the reader hands over its sink with
 * {@link #drainTo}, and go straight to that sink from then on, in the same order.
 */
final class EarlyLoad implements LoadSink {

    /**
     * Results kept before the reader attaches: a screenful on most terminals. More would only be parsing
     * that competes, on two cores, with the start-up work the first frame waits for.
     */
    static final int MAX_WAITING = 64;

    /** What the sink is told, kept in order until it attaches. */
    private final ArrayDeque<Consumer<LoadSink>> waiting = new ArrayDeque<>();
    /** The results among them, in order: what {@link #nothingRead} looks at. */
    private final List<Parsed> results = new ArrayList<>();

    private boolean articles;
    private LoadSink sink;
    private boolean finished;
    private RuntimeException failure;

    private EarlyLoad() {}

    /** Starts {@code loading} (for example {@code sink -> loader.load(arguments, sink)}) on a daemon thread now. */
    static EarlyLoad start(Consumer<LoadSink> loading) {
        EarlyLoad early = new EarlyLoad();
        Thread thread = new Thread(() -> early.run(loading), "lede-loader");
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    private void run(Consumer<LoadSink> loading) {
        try {
            loading.accept(this);
        } catch (RuntimeException e) {
            synchronized (this) {
                failure = e;
                finished = true;
                notifyAll();
            }
        }
    }

    @Override
    public synchronized void loaded(Parsed parsed) {
        if (sink == null && !parsed.articles().isEmpty()) {
            articles = true;
            notifyAll();
        }
        pass(target -> target.loaded(parsed), parsed);
    }

    @Override
    public synchronized void listed(List<ListedArticle> listed, List<Problem> problems) {
        if (sink == null && !listed.isEmpty()) {
            articles = true;
            notifyAll();
        }
        pass(target -> target.listed(listed, problems), null);
    }

    /**
     * Articles are handed to the reader's sink itself, waiting until it attaches: the sink returns from the
     * first once they are on the screen, and only then does the index go on listing while the folders are
     * checked, so on two cores the first frame does not share the processor with them.
     */
    @Override
    public synchronized void preview(List<ListedArticle> first, List<Problem> problems) {
        passOnceAttached(first, target -> target.preview(first, problems));
    }

    /** Like the first articles of a preview: the reader's sink takes them, waiting until it attaches. */
    @Override
    public synchronized void firstScreen(List<ListedArticle> first) {
        passOnceAttached(first, target -> target.firstScreen(first));
    }

    /** Counts {@code first} as articles read, and hands them on once the reader's sink has attached. */
    private void passOnceAttached(List<ListedArticle> first, Consumer<LoadSink> call) {
        if (sink == null && !first.isEmpty()) {
            articles = true;
            notifyAll();
        }
        boolean interrupted = false;
        while (sink == null && !first.isEmpty()) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        pass(call, null);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void previewComplete() {
        pass(LoadSink::previewComplete, null);
    }

    @Override
    public synchronized void previewConfirmed() {
        pass(LoadSink::previewConfirmed, null);
    }

    @Override
    public synchronized void searchWith(BodySearch search) {
        pass(target -> target.searchWith(search), null);
    }

    @Override
    public synchronized void detailsFrom(EntryDetails details) {
        pass(target -> target.detailsFrom(details), null);
    }

    @Override
    public synchronized void resolvedAhead() {
        pass(LoadSink::resolvedAhead, null);
    }

    @Override
    public synchronized void resolvingChanges(EarlierResolution earlier) {
        pass(target -> target.resolvingChanges(earlier), null);
    }

    @Override
    public synchronized void fetching(String url) {
        pass(target -> target.fetching(url), null);
    }

    @Override
    public synchronized void fetched(String url) {
        pass(target -> target.fetched(url), null);
    }

    private void pass(Consumer<LoadSink> call, Parsed result) {
        boolean interrupted = false;
        while (sink == null && waiting.size() >= MAX_WAITING) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (sink == null) {
            waiting.addLast(call);
            if (result != null) {
                results.add(result);
            }
        } else {
            call.accept(sink);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void finished() {
        finished = true;
        notifyAll();
    }

    /**
     * Waits until an article has loaded, loading has finished, or {@code graceMillis} have passed,
     * whichever is first: the reader takes the screen only when it has something to show or is still
     * waiting for it. When loading finished without a single article, returns the problems that say why
     * (each once, in order), and the reader prints them instead of drawing.
     */
    synchronized Optional<List<Problem>> nothingRead(long graceMillis) {
        long deadline = System.nanoTime() + graceMillis * 1_000_000;
        while (!articles && !finished) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        if (articles || failure != null) {
            return Optional.empty(); // a loader failure is the reader's to report
        }
        Set<Problem> problems = new LinkedHashSet<>();
        results.forEach(parsed -> problems.addAll(parsed.problems()));
        return problems.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(problems));
    }

    /**
     * Gives {@code target} everything loaded so far, then the rest as it comes, then {@code finished};
     * returns when loading is over, as {@link Loader#load} would. A loader failure is thrown here.
     */
    void drainTo(LoadSink target) {
        synchronized (this) {
            while (!waiting.isEmpty()) {
                waiting.removeFirst().accept(target);
            }
            results.clear();
            sink = target;
            notifyAll();
            while (!finished) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        target.finished();
    }
}
