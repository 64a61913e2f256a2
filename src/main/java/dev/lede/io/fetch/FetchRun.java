package dev.lede.io.fetch;

import dev.lede.core.subscribe.Subscription;
import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.core.text.ShellWord;
import dev.lede.io.FetchOptions;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Fetches many subscriptions at once, within the manners of {@link PoliteClient}, reporting as each ends. */
public final class FetchRun {

    /** Told after each feed: how many are done out of how many, and how many new items so far. */
    public interface Progress {
        void feedDone(int done, int total, int added);
    }

    private final SubscriptionPaths paths;
    private final FetchOptions options;
    private final Clock clock;

    public FetchRun(SubscriptionPaths paths, FetchOptions options, Clock clock) {
        this.paths = paths;
        this.options = options;
        this.clock = clock;
    }

    /** Fetches {@code subscriptions}; the outcomes come in the same order. */
    public List<FeedOutcome> run(List<Subscription> subscriptions, Progress progress) {
        FeedFetch fetch =
                new FeedFetch(new PoliteClient(options), paths, new FeedStateFiles(paths.feedStates()), clock);
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
                    int newSoFar = added.addAndGet(outcome.added());
                    synchronized (progress) {
                        progress.feedDone(done.incrementAndGet(), subscriptions.size(), newSoFar);
                    }
                    return outcome;
                }));
            }
            List<FeedOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(outcome(futures.get(i), subscriptions.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FeedOutcome outcome(Future<FeedOutcome> future, Subscription subscription) {
        try {
            return future.get();
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FeedOutcome.failed(subscription, "interrupted", null);
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
            if (taken.isPresent()) {
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
