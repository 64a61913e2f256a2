package dev.lede.io.fetch;

import dev.lede.core.subscribe.FailureNotice;
import dev.lede.core.subscribe.Subscription;
import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.core.text.ShellWord;
import dev.lede.io.FetchOptions;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Fetches many subscriptions at once, within the manners of {@link PoliteClient}, reporting as each ends. */
public final class FetchRun {

    /** Told after each feed: how many are done out of how many, and how many new items so far. */
    public interface Progress {
        void feedDone(int done, int total, int added);
    }

    // A feed interrupted mid-way lets go at once unless it is parsing or writing; a generous bound all the same.
    private static final long STOP_WAIT_SECONDS = 10;

    private final SubscriptionPaths paths;
    private final FetchOptions options;
    private final Clock clock;
    private final FailureNotice.Audience audience;

    /** A fetch whose every failure is said, as to someone at a terminal. */
    public FetchRun(SubscriptionPaths paths, FetchOptions options, Clock clock) {
        this(paths, options, clock, FailureNotice.Audience.TERMINAL);
    }

    /** @param audience who reads the failures: a fetch nobody watches says a lasting one once a day */
    public FetchRun(SubscriptionPaths paths, FetchOptions options, Clock clock, FailureNotice.Audience audience) {
        this.paths = paths;
        this.options = options;
        this.clock = clock;
        this.audience = audience;
    }

    /**
     * Fetches {@code subscriptions}; the outcomes come in the same order. An interrupt of the calling thread
     * (Esc in the reader) stops the fetch: the feeds being fetched are interrupted, those waiting never start,
     * and each comes back {@link FeedOutcome.Kind#STOPPED}, left as it was for the next fetch. The call returns
     * once no feed is being written any more, so whoever holds the fetch lock holds it until then.
     */
    public List<FeedOutcome> run(List<Subscription> subscriptions, Progress progress) {
        FeedFetch fetch = new FeedFetch(
                new PoliteClient(options), paths, new FeedStateFiles(paths.feedStates()), clock, audience);
        ExecutorService pool = Executors.newFixedThreadPool(PoliteClient.IN_FLIGHT, runnable -> {
            Thread thread = new Thread(runnable, "lede-fetch");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        AtomicInteger added = new AtomicInteger();
        try {
            List<Future<FeedOutcome>> futures = new ArrayList<>();
            for (Subscription subscription : subscriptions) {
                futures.add(pool.submit(() -> {
                    FeedOutcome outcome = fetch.run(subscription);
                    if (outcome.kind() != FeedOutcome.Kind.STOPPED) {
                        int newSoFar = added.addAndGet(outcome.added());
                        synchronized (progress) {
                            progress.feedDone(done.incrementAndGet(), subscriptions.size(), newSoFar);
                        }
                    }
                    return outcome;
                }));
            }
            List<FeedOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                while (true) {
                    try {
                        outcomes.add(outcome(futures.get(i), subscriptions.get(i)));
                        break;
                    } catch (InterruptedException e) {
                        stop(pool, futures); // every future is done or cancelled from here on: no more waiting
                    }
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The feeds waiting never start, those being fetched are interrupted and waited for (a file being renamed
     * into place finishes first; one that finished meanwhile keeps its outcome), and one that would not let go
     * is left behind as stopped.
     */
    private static void stop(ExecutorService pool, List<Future<FeedOutcome>> futures) {
        for (Runnable waiting : pool.shutdownNow()) {
            if (waiting instanceof Future<?> future) {
                future.cancel(false);
            }
        }
        try {
            pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            // Asked twice: the one who asked does not wait any longer.
        }
        futures.forEach(future -> future.cancel(false));
    }

    private static FeedOutcome outcome(Future<FeedOutcome> future, Subscription subscription)
            throws InterruptedException {
        try {
            return future.get();
        } catch (CancellationException e) {
            return FeedOutcome.stopped(subscription);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return FeedOutcome.failed(
                    subscription,
                    "failed: "
                            + (cause == null
                                    ? "unknown"
                                    : cause.getClass().getSimpleName()
                                            + (cause.getMessage() == null ? "" : " " + cause.getMessage())),
                    null);
        }
    }

    /**
     * Writes the new address of each feed that moved permanently into the list file; returns the lines
     * telling so. Run under the fetch lock, on the list as it is now (a person may have edited it meanwhile).
     */
    public static List<String> applyMoves(SubscriptionFile file, List<FeedOutcome> outcomes) throws IOException {
        List<String> told = new ArrayList<>();
        SubscriptionList list = file.read();
        String text = file.text();
        boolean rewritten = false;
        for (FeedOutcome outcome : outcomes) {
            if (outcome.movedTo() == null
                    || outcome.movedTo().equals(outcome.subscription().url())) {
                continue;
            }
            var entry = list.find(outcome.subscription().name());
            if (entry.isEmpty()
                    || !entry.get()
                            .subscription()
                            .url()
                            .equals(outcome.subscription().url())) {
                continue; // edited meanwhile: the person's list wins
            }
            String name = outcome.subscription().name();
            var taken = list.find(outcome.movedTo());
            if (taken.isPresent() && !taken.get().subscription().name().equals(name)) {
                // Two lines with one address cannot be: the move is not written, and the double said.
                told.add(name + ": moved permanently to " + outcome.movedTo() + ", which "
                        + taken.get().subscription().name() + " is subscribed to; lede unsubscribe "
                        + ShellWord.of(name)
                        + " drops this one");
                continue;
            }
            text = SubscriptionList.replaceLine(
                    text, entry.get().line(), entry.get().subscription().withUrl(outcome.movedTo()));
            rewritten = true;
            told.add(name + ": moved permanently to " + outcome.movedTo() + "; subscription updated");
        }
        if (rewritten) {
            file.write(text);
        }
        return told;
    }
}
