package dev.lede.cli;

import dev.lede.core.subscribe.FailureNotice;
import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.io.FetchOptions;
import dev.lede.io.FileFailures;
import dev.lede.io.fetch.FetchLock;
import dev.lede.io.fetch.SubscriptionFile;
import dev.lede.io.fetch.SubscriptionPaths;
import dev.lede.ui.Event;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The reader's R: every subscription fetched as {@code lede fetch} fetches it ({@link FetchJob}, the same
 * lock), its progress and its end posted as events. The new articles are files in the fetched library,
 * which the reader watches; they join the list from there.
 */
final class ReaderFetch implements Consumer<Consumer<Event>> {

    private final Map<String, String> environment;
    private final long maxBytes;
    private final OptionalInt keep;
    private final Consumer<String> afterQuit;
    private final Set<String> said = ConcurrentHashMap.newKeySet();
    private final List<String> shown;
    private final boolean noInputNamed;

    /**
     * @param keep      the reader's configuration's {@code set keep} (its problems were said when the reader read it)
     * @param afterQuit told each line {@code lede fetch} would print on stderr (a feed that failed or moved, an
     *                  item's warning), once however many R's repeat it: the status line shows one failure
     */
    ReaderFetch(Map<String, String> environment, long maxBytes, OptionalInt keep, Consumer<String> afterQuit) {
        this(environment, maxBytes, keep, afterQuit, null, false);
    }

    /**
     * @param shown the reader's inputs, to tell whether they show the fetched library (null: they do)
     * @param noInputNamed the reader was started with no input: the next such start opens the fetched library
     */
    ReaderFetch(
            Map<String, String> environment,
            long maxBytes,
            OptionalInt keep,
            Consumer<String> afterQuit,
            List<String> shown,
            boolean noInputNamed) {
        this.shown = shown == null ? null : List.copyOf(shown);
        this.noInputNamed = noInputNamed;
        this.environment = Map.copyOf(environment);
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.afterQuit = afterQuit;
    }

    @Override
    public void accept(Consumer<Event> post) {
        Optional<SubscriptionPaths> paths = SubscriptionPaths.of(environment);
        if (paths.isEmpty()) {
            post.accept(new Event.FetchEnded(0, 0, 0, "no home folder (HOME is not set), so no subscription list"));
            return;
        }
        SubscriptionFile file = new SubscriptionFile(paths.get().list());
        try {
            SubscriptionList list = file.read();
            if (list.subscriptions().isEmpty()) {
                post.accept(new Event.FetchEnded(0, 0, 0, null));
                return;
            }
            post.accept(new Event.FetchProgressed(0, list.subscriptions().size(), 0));
            // What pruning deleted is not news on the status line; lede prune and lede fetch print it.
            PrintWriter pruned = new PrintWriter(Writer.nullWriter());
            Optional<FetchJob.Tally> tally = FetchJob.run(
                    list.subscriptions(),
                    file,
                    paths.get(),
                    FetchOptions.defaults().withMaxBytes(maxBytes),
                    (done, total, added) -> post.accept(new Event.FetchProgressed(done, total, added)),
                    keep,
                    environment,
                    pruned,
                    // the lines are printed on the terminal once the reader has quit: every one is said
                    FailureNotice.Audience.TERMINAL);
            tally.ifPresent(t -> t.lines().stream()
                    .filter(line -> said.add(FailureNotice.withoutSince(line)))
                    .forEach(line -> afterQuit.accept("lede: " + line)));
            String lockedOut = tally.isEmpty() ? FetchJob.lockedOut(paths.get()) : null;
            boolean libraryShown = shown == null || shows(shown, paths.get().library());
            post.accept(tally.map(t -> new Event.FetchEnded(
                            t.feeds(),
                            t.added(),
                            t.failed(),
                            t.firstFailure(),
                            libraryShown,
                            noInputNamed,
                            t.fullTextFeeds(),
                            t.pruned()))
                    .orElseGet(() -> new Event.FetchEnded(0, 0, 0, lockedOut)));
            if (lockedOut != null) {
                awaitOtherFetch(paths.get(), lockedOut, post);
            }
        } catch (IOException e) {
            // A file system failure names its own file (the list, the state folder, the lock, the library).
            String problem = e instanceof FileSystemException
                    ? FileFailures.describe(e)
                    : file.path() + ": " + FileFailures.describe(e);
            post.accept(new Event.FetchEnded(0, 0, 0, problem));
        }
    }

    /**
     * Once the fetch that kept R out has ended, the status line saying it runs, if still shown, says it ended (its
     * new articles have joined the list meanwhile, as the files came).
     */
    private static void awaitOtherFetch(SubscriptionPaths paths, String said, Consumer<Event> post) {
        try {
            if (FetchLock.awaitRelease(paths.lock(), OTHER_FETCH_LOOK)) {
                post.accept(new Event.NoticeOutdated(said, OTHER_FETCH_ENDED));
            }
        } catch (IOException e) {
            // The lock cannot be looked at any more: the line stays until the next key, as it did.
        }
    }

    /** How often R looks whether the fetch that kept it out has ended: as often as the library is looked at. */
    private static final java.time.Duration OTHER_FETCH_LOOK = java.time.Duration.ofSeconds(1);

    static final String OTHER_FETCH_ENDED = "the other lede fetch ended";

    /**
     * Whether inputs show what a fetch writes into {@code library}: one of them is the library, a folder above
     * it (the walk reaches it) or one inside it (a subscription's folder), and the reader watches it.
     */
    static boolean shows(List<String> inputs, Path library) {
        Path fetched = library.toAbsolutePath().normalize();
        for (String input : inputs) {
            Path path;
            try {
                path = Path.of(input).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                continue; // not a path (a URL lede fetched): shows no folder
            }
            if (fetched.startsWith(path) || path.startsWith(fetched)) {
                return true;
            }
        }
        return false;
    }
}
