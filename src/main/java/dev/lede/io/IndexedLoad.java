// Over 300 lines, not split: one loading path read top to bottom (preview the kept listing or open the index, check the
// folders, list unchanged files, parse and store the rest, resolve, store on quitting), as one class on purpose;
// the first screen and listing kept between runs are KeptFirstScreen's and ListingFile's (their files), the
// details they seed SeededDetails', the check of changed folders CheckedInputs', the writes IndexWrites'.
package dev.lede.io;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.library.EarlierResolution;
import dev.lede.core.library.Library;
import dev.lede.core.library.ResolutionBasis;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.io.CheckedInputs.Fresh;
import dev.lede.io.CheckedInputs.Listed;
import dev.lede.io.CheckedInputs.Slot;
import dev.lede.io.CheckedInputs.Walked;
import dev.lede.io.index.FileStamp;
import dev.lede.io.index.IndexBodySearch;
import dev.lede.io.index.IndexEntryDetails;
import dev.lede.io.index.IndexException;
import dev.lede.io.index.IndexScope;
import dev.lede.io.index.IndexedArticle;
import dev.lede.io.index.IndexedInput;
import dev.lede.io.index.LibraryIndex;
import dev.lede.io.index.ListingParts;
import dev.lede.io.index.SameIndex;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Loads files and folders through the library index, in the order {@link Loader#load} gives: the folders
 * are walked and every file stated; a file whose stamp matches what the index stored is listed from the
 * index without being read; new and changed files are parsed on the loader's pool and stored; files that
 * vanished are dropped from the index, and one renamed (same identity, size and time at a new path) keeps
 * its rows under the new path. The index is only a cache: if it fails, the load goes on without it.
 *
 * <p>The index is opened and read on a thread of its own while the folders are walked: opening it (the
 * driver and its native library) and reading the stamps cost as much as the walk and the stats, and
 * the machine has a core for each. For the reader ({@code preview}), that thread first hands the whole
 * library as the index holds it to the sink, and the walk waits for it: the library is complete then,
 * and the check that follows either confirms it or loads the library again with what changed.
 * Unchanged inputs are handed over as the index streams them, so a large archive is not held twice.
 *
 * <p>One class though long: the walk, the index's thread and the parse pool hand each input along one ordered
 * path, and the hand-overs between them (who waits for whom, what is stored when) are the reason it is correct;
 * the pieces that stand alone are classes of their own (CheckedInputs, RowListing, Resolutions, StoredNames).
 */
public final class IndexedLoad implements AutoCloseable {

    /**
     * Parsed inputs waiting for the index's writer: enough to keep it busy while the loading thread has
     * the other core, few enough that their bodies do not pile up when SQLite is the slower of the two.
     */
    static final int WRITES_WAITING = 64;

    private final Supplier<Optional<LibraryIndex>> opening;
    /** The number of the index this load opened ({@link LibraryIndex#instance}); 0 until it is open. */
    private volatile int loadedInstance;

    private LibraryIndex index;
    private final Loader loader;
    private final LoadOptions options;
    private final Consumer<String> warnings;
    /** What this load writes to the index once it has found files changed; null until then. */
    private volatile IndexWrites indexWrites;
    /** Volatile: the reader closes the load from its own thread when it quits while the loader still runs. */
    private volatile boolean failed;

    private IndexScope scope;
    private boolean resolvedAhead;
    private IndexBodySearch bodySearch;
    /** Reads the previewed articles' ledes and related headlines; null when the preview holds them. */
    private IndexEntryDetails details;
    /** Held while resolutions are stored; {@link #close} waits for it. */
    final PatientLock storing = new PatientLock();

    /** How long a quit waits for the index's writes before it says why it has not exited yet. */
    private static final Duration QUIT_PATIENCE = Duration.ofSeconds(1);

    private static final String STORING_SAID =
            "lede: storing where related headlines lead in the library index, so that the next start needs no matching…";

    private final boolean previewing;
    /** The reader's first rows, kept between runs; or null. */
    private KeptFirstScreen firstScreen;
    /** The walk started ahead of this load, or null. */
    private WalkAhead walkAhead;

    /** {@link LibraryIndex#changes} when the preview was read. */
    private long previewChanges;
    /** The sink was given every input the index holds under the scope. */
    private volatile boolean previewComplete;
    /** The index holds what this library's related headlines resolved to, for every article (or none). */
    private volatile boolean resolutionsCurrent;
    /** False when the preview came from a kept listing that the index no longer holds. */
    private volatile boolean keptHolds = true;
    /** {@link LibraryIndex#changes} of the listing kept in the first screen's folder, known to hold; or -1. */
    private volatile long keptChanges = -1;
    /** The check of the folders in progress after a preview, or null. */
    private volatile UnchangedCheck checking;
    /** Set by {@link #readerGone}. */
    private volatile boolean readerGone;

    /** @param opening opens the index, or gives empty when there is none to use (having said why) */
    public IndexedLoad(
            Supplier<Optional<LibraryIndex>> opening, Loader loader, LoadOptions options, Consumer<String> warnings) {
        this(opening, loader, options, warnings, false);
    }

    /**
     * @param preview hand the sink the whole library as the index holds it ({@link LoadSink#preview}) before
     *                any file is stated, then confirm it when the check of the folders finds nothing changed
     *                (the reader); otherwise every input comes in order once checked ({@code list}, {@code export})
     */
    public IndexedLoad(
            Supplier<Optional<LibraryIndex>> opening,
            Loader loader,
            LoadOptions options,
            Consumer<String> warnings,
            boolean preview) {
        this.opening = opening;
        this.loader = loader;
        this.options = options;
        this.warnings = warnings;
        this.previewing = preview;
    }

    /**
     * Whether these arguments can be loaded through the index: paths only (stdin and URLs are never
     * indexed) and formats detected (a forced format parses differently from what was stored).
     */
    public static boolean applies(List<String> arguments, LoadOptions options) {
        if (arguments.isEmpty() || options.format() != InputFormat.AUTO) {
            return false;
        }
        for (String argument : arguments) {
            if (argument.equals(Source.STDIN) || argument.startsWith("http://") || argument.startsWith("https://")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hands the sink the first rows kept in {@code screen} for these inputs (typed in {@code folder}) before
     * the index is open, and keeps them there again with {@link #storeFirstScreen}: for the reader's start,
     * whose first frame then needs no SQLite.
     */
    public IndexedLoad showingFirst(FirstScreen screen, Path folder) {
        this.firstScreen = new KeptFirstScreen(screen, folder);
        return this;
    }

    /**
     * Takes the folders' files from {@code ahead}, which walked and stated them already, unless they were
     * handed to someone else meanwhile: a first {@code lede list} walked them twice (docs/performance.md, "Where a first
     * run goes").
     */
    public IndexedLoad walkedBy(WalkAhead ahead) {
        this.walkAhead = ahead;
        return this;
    }

    /** Loads every argument in order into {@code sink}; blocks until done and the index is written. */
    public void load(List<String> arguments, LoadSink sink) {
        List<Path> roots = new ArrayList<>();
        for (String argument : arguments) {
            try {
                roots.add(Path.of(argument));
            } catch (InvalidPathException e) {
                // reported in order below
            }
        }
        scope = IndexScope.of(roots);
        Optional<ListingFile.Kept> kept = Optional.empty();
        if (previewing && firstScreen != null) {
            // Plain java.io, a few KB, read before the index starts to open (about 100 ms): the sink gets the
            // kept rows first, always, as the reader's first frame.
            firstScreen.handOver(arguments, sink);
            kept = firstScreen.listing();
        }
        CompletableFuture<Map<String, FileStamp>> listing = new CompletableFuture<>();
        Optional<ListingFile.Kept> keptListing = kept;
        Thread reading = new Thread(
                () -> listing.complete(
                        keptListing.isPresent()
                                ? previewKeptThenOpen(keptListing.get(), arguments, sink)
                                : openAndList(arguments, sink)),
                "lede-index");
        reading.setDaemon(true);
        reading.start();
        Map<String, FileStamp> stored;
        if (previewing) {
            // The library is complete once previewed; on two cores a walk alongside would take the
            // processor the listing needs, delaying that moment for a check that mostly finds nothing.
            listing.join();
            if (previewComplete && !failed && keptHolds && previewStillHolds(arguments)) {
                resolvedAhead = resolutionsCurrent;
                sink.previewConfirmed();
                return;
            }
            if (readerGone) {
                // Whatever changed is loaded at the next start. The preview is the index's own listing, so
                // the resolutions it holds are the previewed library's: none to store again (a million took 16 s).
                resolvedAhead = resolutionsCurrent;
                return;
            }
            stored = storedStamps();
        } else {
            stored = listing.join();
        }
        CheckedInputs checked = CheckedInputs.check(arguments, options, stored, walkAhead);
        List<Slot> slots = checked.slots();
        List<Loader.NamedFile> fresh = checked.fresh();
        resolvedAhead = !failed && fresh.isEmpty() && checked.unmoved() && resolutionsCurrent;
        if (resolvedAhead) {
            sink.resolvedAhead();
        }
        IndexWrites stores = new IndexWrites(index, () -> failed, this::fail);
        indexWrites = stores;
        Optional<ResolutionBasis> earlier = resolvedAhead ? Optional.empty() : storedResolution();
        if (fresh.isEmpty() && earlier.isEmpty()) {
            emitStreaming(slots, sink);
        } else if (fresh.isEmpty()) {
            // Only files gone or moved: the removed articles are read with the rest, before the library is built.
            List<EarlierResolution.Removed> removed = new ArrayList<>();
            Map<String, IndexedInput> inputs = listedInputs(checked, removedPaths(checked, stored), removed);
            sink.resolvingChanges(EarlierResolution.of(earlier.get(), removed));
            emitUpTo(slots, 0, inputs, true, sink);
        } else {
            List<EarlierResolution.Removed> removed = new ArrayList<>();
            Map<String, IndexedInput> inputs = listedInputs(checked, removedPaths(checked, stored), removed);
            earlier.ifPresent(basis -> sink.resolvingChanges(EarlierResolution.of(basis, removed)));
            int[] next = {0};
            // SQLite's work (most of it the full-text index) on a thread of its own, beside the library's.
            OrderedWorker writes = new OrderedWorker("lede-index-writer", WRITES_WAITING);
            try {
                loader.loadFiles(fresh, new LoadSink() {
                    @Override
                    public void loaded(Parsed parsed) {
                        next[0] = emitUpTo(slots, next[0], inputs, true, sink);
                        Fresh slot = (Fresh) slots.get(next[0]++);
                        sink.loaded(parsed);
                        writes.submit(() -> stores.store(
                                slot.key(), slot.stamp(), slot.file().name(), parsed));
                    }
                });
                emitUpTo(slots, next[0], inputs, true, sink);
            } finally {
                writes.finish(); // the library is complete only once the index holds it (search reads it)
            }
        }
        for (String[] move : checked.moves()) {
            stores.move(move[0], move[1]);
        }
        checked.vanished().forEach(stores::remove);
        stores.commit();
    }

    /**
     * Every input unchanged (or unreadable): the listed ones handed over as the index streams them, so
     * that a large archive is never held twice (rows and library) — the index's file order is the walk's,
     * and an input that comes early waits in {@code waiting} only until its turn.
     */
    private void emitStreaming(List<Slot> slots, LoadSink sink) {
        Map<String, IndexedInput> waiting = new HashMap<>();
        int[] at = {0};
        try {
            if (!failed) {
                index.list(scope, Integer.MAX_VALUE, input -> {
                    waiting.put(input.path(), input);
                    at[0] = emitUpTo(slots, at[0], waiting, false, sink);
                });
            }
        } catch (IndexException e) {
            fail(e);
        }
        emitUpTo(slots, at[0], waiting, true, sink);
    }

    /**
     * The stored rows of every input to be listed, read before the changed files are: only these are held; and into
     * {@code removed}, the articles stored under {@code gone} (the files vanished, and the changed ones as they were).
     */
    private Map<String, IndexedInput> listedInputs(
            CheckedInputs checked, Set<String> gone, List<EarlierResolution.Removed> removed) {
        Set<String> paths = checked.listedPaths();
        Map<String, IndexedInput> inputs = new HashMap<>();
        try {
            if (!failed && (!paths.isEmpty() || !gone.isEmpty())) {
                index.list(scope, Integer.MAX_VALUE, input -> {
                    if (paths.contains(input.path())) {
                        inputs.put(input.path(), input);
                    } else if (gone.contains(input.path())) {
                        for (IndexedArticle article : input.articles()) {
                            removed.add(
                                    new EarlierResolution.Removed(article.id(), article.headline(), article.lede()));
                        }
                    }
                });
            }
        } catch (IndexException e) {
            fail(e);
        }
        return inputs;
    }

    /** The stored paths whose articles this load no longer lists: vanished (not moved), or changed and read again. */
    private static Set<String> removedPaths(CheckedInputs checked, Map<String, FileStamp> stored) {
        Set<String> gone = new HashSet<>(checked.vanished());
        for (String[] move : checked.moves()) {
            gone.remove(move[0]);
        }
        for (Slot slot : checked.slots()) {
            if (slot instanceof Fresh fresh && stored.containsKey(fresh.key())) {
                gone.add(fresh.key());
            }
        }
        return gone;
    }

    /** What the library's last stored resolution rests on, to resolve only what changed since; empty when none. */
    private Optional<ResolutionBasis> storedResolution() {
        try {
            return failed ? Optional.empty() : index.storedResolution(scope);
        } catch (IndexException e) {
            fail(e);
            return Optional.empty();
        }
    }

    /**
     * Whether every file is as the previewed rows had it: the walk merged with the index's stamps
     * ({@link UnchangedCheck}, nothing held per file), and nothing stored since the preview was read (else
     * the stamps checked could vouch for rows the preview never showed).
     */
    private boolean previewStillHolds(List<String> arguments) {
        UnchangedCheck check = UnchangedCheck.of(index, scope, options);
        checking = check;
        if (readerGone) {
            check.stop(); // quit before the check began
        }
        try {
            return check.unchanged(arguments) && index.changes() == previewChanges;
        } catch (IndexException e) {
            fail(e);
            return false;
        } finally {
            checking = null;
        }
    }

    /**
     * The reader has quit: a check of the folders in progress is given up, and nothing is loaded after it. It
     * holds the index for as long as it walks (seconds on a million files), and quitting, which stores the
     * reader's listing, waited for it with the terminal already given back.
     */
    public void readerGone() {
        readerGone = true;
        UnchangedCheck check = checking;
        if (check != null) {
            check.stop();
        }
    }

    /** The stamps the index holds under the scope by path, for the check of a library that changed. */
    private Map<String, FileStamp> storedStamps() {
        try {
            return failed ? Map.of() : index.stamps(scope);
        } catch (IndexException e) {
            fail(e);
            return Map.of();
        }
    }

    /**
     * Stores what every related headline of the loaded library resolved to, so that the next load of the
     * same inputs unchanged needs no matcher; nothing when the load was resolved ahead or the index failed.
     */
    public void storeResolutions(Library library) {
        storeResolutions(new ResolvedRelated(library));
    }

    /** As {@link #storeResolutions(Library)}, with what the library's related headlines resolve to. */
    public void storeResolutions(ResolvedRelated resolved) {
        storing.run(() -> storeResolutionsNow(resolved));
    }

    /**
     * {@link #storeResolutions}, and with them the library's headline listing, so that the next start on the
     * same folders reads its preview in one step instead of row by row (the reader once its library is
     * complete, and the commands that loaded the library): in one pass over the rows and one transaction,
     * the listing taking the targets as found rather than reading every row again. When the load was
     * resolved ahead, only the listing, unless it is stored already. Nothing when the index failed.
     */
    public void storeResolutionsAndListing(ResolvedRelated resolved) {
        storing.run(() -> {
            if (failed || scope == null) {
                return;
            }
            try {
                if (resolvedAhead) {
                    index.storeHeadlineListing(scope);
                } else {
                    index.storeResolutionsAndListing(
                            scope, article -> resolved.ids(article.id(), article.related()), resolved.basis());
                }
            } catch (IndexException e) {
                fail(e);
            }
        });
    }

    /**
     * Keeps the first rows of {@code library}, the reader's complete library of this load, for its next
     * start on the same inputs; not when the index failed, whose preview the rows stand in for.
     */
    public void storeFirstScreen(Library library) {
        if (firstScreen != null && !failed) {
            firstScreen.keep(library);
        }
    }

    /**
     * {@link #storeFirstScreen}, unless that was done in this run already: on quitting, where a reader quit
     * before the check of the folders ended would otherwise keep nothing, and writing again would only
     * delay the process's exit.
     */
    public void storeFirstScreenUnlessKept(Library library) {
        if (firstScreen != null && !failed) {
            firstScreen.keepUnlessKept(library);
        }
    }

    private void storeResolutionsNow(ResolvedRelated resolved) {
        if (resolvedAhead || failed || scope == null) {
            return;
        }
        try {
            Map<Long, List<ArticleId>> targets = new HashMap<>();
            index.listRelated(scope, input -> {
                for (IndexedArticle article : input.articles()) {
                    targets.put(article.row(), resolved.ids(article.id(), article.related()));
                }
            });
            index.storeResolutions(scope, targets, resolved.basis());
        } catch (IndexException e) {
            fail(e);
        }
    }

    /**
     * The stamps the index holds under the scope, by path; when previewing, none (the check after the
     * preview reads them as it goes) and every input previewed to the sink instead. Empty when there is no
     * index or it failed.
     */
    private Map<String, FileStamp> openAndList(List<String> arguments, LoadSink sink) {
        Map<String, FileStamp> stored = new HashMap<>();
        try {
            index = opening.get().orElse(null);
            if (index == null) {
                failed = true;
                return stored;
            }
            loadedInstance = index.instance();
            // Every input of this load is in the index once it is loaded: the sink need not keep bodies.
            bodySearch = new IndexBodySearch(sameIndex(), warnings);
            sink.searchWith(bodySearch);
            resolutionsCurrent = index.resolutionsCurrent(scope);
            if (!previewing) {
                stored.putAll(index.stamps(scope));
                return stored;
            }
            previewChanges = index.changes();
            Consumer<IndexedInput> previewOnce = previewingOnce(arguments, sink);
            if (resolutionsCurrent) {
                // Headlines only, the rest read by row when drawn: most of the time and the heap otherwise.
                details = new IndexEntryDetails(sameIndex(), scope, warnings);
                details.open();
                sink.detailsFrom(details);
                index.listKeptApart(scope, previewOnce);
            } else {
                // The matcher is built, and it needs every lede.
                index.list(scope, Integer.MAX_VALUE, previewOnce);
            }
            previewComplete = true;
            sink.previewComplete();
        } catch (IndexException e) {
            fail(e);
            stored.clear();
        } catch (RuntimeException | LinkageError e) {
            fail("the library index cannot be used here (" + e + ")");
            stored.clear();
        }
        return stored;
    }

    /** Opens another connection for the reader's own use, to the index this load opened and no other. */
    private Supplier<Optional<LibraryIndex>> sameIndex() {
        return () -> SameIndex.check(opening.get(), loadedInstance);
    }

    /**
     * As {@link #openAndList} when previewing, from the listing kept with the first screen ({@link ListingFile}):
     * the whole library previewed without SQLite, its first screenful's details from the file, then the
     * index opened to check that it still holds that listing (else the check of the folders loads the
     * library again, as for a changed file).
     */
    private Map<String, FileStamp> previewKeptThenOpen(ListingFile.Kept kept, List<String> arguments, LoadSink sink) {
        LibraryIndex opened = null;
        try (kept) {
            // Both open their connection at their first use: a search typed before the index is open waits for it.
            bodySearch = new IndexBodySearch(sameIndex(), warnings);
            sink.searchWith(bodySearch);
            details = new IndexEntryDetails(sameIndex(), scope, warnings);
            sink.detailsFrom(new SeededDetails(kept.seeds(), details));
            boolean whole = previewKept(kept, arguments, sink);
            if (whole) {
                previewComplete = true;
                sink.previewComplete();
            }
            opened = opening.get().orElse(null);
            if (opened == null) {
                failed = true;
                return new HashMap<>();
            }
            loadedInstance = opened.instance();
            LibraryIndex compared = opened;
            previewChanges = compared.changes();
            resolutionsCurrent = compared.resolutionsCurrent(scope);
            keptHolds = whole && resolutionsCurrent && kept.sameAs(visitor -> compared.eachListingPart(scope, visitor));
            if (keptHolds) {
                keptChanges = previewChanges;
            }
            // Only now: a quit before the comparison stores no listing ({@link #storeListing}), the one kept
            // staying as good as it was.
            index = opened;
            if (keptHolds) {
                details.open();
            }
        } catch (IndexException e) {
            fail(e);
        } catch (IOException e) {
            keptHolds = false; // the kept file failed under us: the check of the folders loads the library again
        } catch (RuntimeException | LinkageError e) {
            fail("the library index cannot be used here (" + e + ")");
        } finally {
            index = opened; // closed with the load, also after a failure
        }
        return new HashMap<>();
    }

    /**
     * Previews every input of the kept listing; false when one of its parts is damaged (the preview is then
     * partial, and the load's own library replaces it).
     */
    private boolean previewKept(ListingFile.Kept kept, List<String> arguments, LoadSink sink) {
        Consumer<IndexedInput> previewOnce = previewingOnce(arguments, sink);
        try {
            ListingFile.Parts parts = kept.parts();
            for (byte[] part = parts.next(); part != null; part = parts.next()) {
                ListingParts.listKeptApart(part, previewOnce);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Hands each stored input to the sink's preview once, though it is under two of the roots. */
    private Consumer<IndexedInput> previewingOnce(List<String> arguments, LoadSink sink) {
        StoredNames names = new StoredNames(arguments);
        Set<String> previewed = scope.roots().size() > 1 ? new HashSet<>() : null;
        return input -> {
            if (previewed == null || previewed.add(input.path())) {
                preview(input, names, sink); // else under two of the roots: read once, previewed once
            }
        };
    }

    /**
     * Keeps the index's stored listing of this library, with its first screenful's details, beside the first
     * screen ({@link ListingFile}), unless the one kept there is current: for the reader's next start on the
     * same inputs, which then lists the library without opening SQLite first. Nothing when the index is not
     * open yet or failed, or holds no current listing.
     */
    public void storeListing() {
        storeListingSaying(line -> {});
    }

    /** {@link #storeListing}, at a quit: as {@link #closeSaying}, tells {@code say} when the index's writes keep it waiting. */
    public void storeListingSaying(Consumer<String> say) {
        if (firstScreen == null) {
            return;
        }
        storing.run(
                () -> {
                    LibraryIndex open = index;
                    if (failed || open == null || scope == null) {
                        return;
                    }
                    try {
                        long changes = open.changes();
                        if (changes == keptChanges) {
                            return; // the one kept is this listing: read back only to be compared, at a quit
                        }
                        boolean kept = firstScreen.keepListing(
                                open.file(),
                                open.instance(),
                                visitor -> open.eachListingPart(scope, visitor),
                                rows -> KeptListing.seeds(open, scope, rows));
                        if (kept && open.changes() == changes) {
                            keptChanges = changes;
                        }
                    } catch (IndexException e) {
                        fail(e);
                    }
                },
                QUIT_PATIENCE,
                () -> say.accept(STORING_SAID));
    }

    /**
     * Keeps the index's stored listing of this load's library as {@code kept}, the copy {@code lede list} lists
     * from next time with no SQLite, unless it holds that listing already; nothing when the index is not open
     * or failed, or holds no current listing.
     */
    public void keepListing(KeptListing kept) {
        storing.run(() -> {
            LibraryIndex open = index;
            if (!failed && open != null) {
                kept.keep(open);
            }
        });
    }

    /**
     * One stored input to the sink's preview, named as this run names it, before any file is stated. Listed
     * headlines only when every article's related headlines are resolved and current, else in full without
     * targets: the sink trusts them all or none.
     */
    private void preview(IndexedInput input, StoredNames names, LoadSink sink) {
        // The name is the stored path under the argument as typed, so it finds the file again by itself:
        // nothing for the store to remember (remembering 100,000 paths held 15 MB of the reader's heap).
        String name = names.name(input.path());
        sink.preview(
                details != null ? StoredNames.keptApart(input, name) : StoredNames.articles(input, name, false),
                StoredNames.problems(input.problems(), input.path(), name));
    }

    /**
     * Hands over the slots from {@code at} up to the next input to be read, or to the next listed one whose
     * rows are not in {@code inputs} yet while the index is still streaming; returns where it stopped.
     * Once the index has failed or {@code inputsComplete}, a listed input it did not give is named, not dropped.
     */
    private int emitUpTo(
            List<Slot> slots, int at, Map<String, IndexedInput> inputs, boolean inputsComplete, LoadSink sink) {
        while (at < slots.size() && !(slots.get(at) instanceof Fresh)) {
            Slot slot = slots.get(at);
            if (slot instanceof Walked w) {
                sink.loaded(Parsed.skipped(w.problem()));
            } else if (slot instanceof Listed l) {
                IndexedInput input = inputs.remove(l.path());
                if (input == null && !failed && !inputsComplete) {
                    return at; // its rows come later in the stream
                }
                if (input == null) {
                    // The index failed, or another lede changed it meanwhile: said, and read afresh next time.
                    sink.loaded(Parsed.skipped(new Problem(
                            l.name(),
                            "not listed: the library index changed or failed while"
                                    + " listing it; it is read at the next start")));
                } else {
                    loader.store().readFrom(l.name(), l.file());
                    sink.listed(
                            StoredNames.articles(input, l.name(), true),
                            StoredNames.problems(input.problems(), input.path(), l.name()));
                }
            }
            at++;
        }
        return at;
    }

    @Override
    public void close() {
        closeSaying(line -> {});
    }

    /**
     * {@link #close}, telling {@code say} when the index's writes keep it waiting (after a first run of a
     * large library: seconds), so that a terminal given back does not look hung.
     */
    public void closeSaying(Consumer<String> say) {
        // Resolutions being stored are let finish: quitting right after the library is complete is common,
        // and without them every later start would run the matcher again.
        storing.run(
                () -> failed = true, // a write still running on the loader's thread ends quietly, not as a failure
                QUIT_PATIENCE,
                () -> say.accept(STORING_SAID));
        if (bodySearch != null) {
            bodySearch.close();
        }
        if (details != null) {
            details.close();
        }
        if (index != null) {
            index.close();
        }
    }

    /** The index stopped working: said once; the load goes on reading files, and writes nothing more. */
    private void fail(IndexException e) {
        fail(e.getMessage());
    }

    private void fail(String why) {
        if (!failed) {
            failed = true;
            warnings.accept("lede: " + why + "; going on without the library index");
        }
        IndexWrites stores = indexWrites;
        if (stores != null) {
            stores.abandon();
        }
    }
}
