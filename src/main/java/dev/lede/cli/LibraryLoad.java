// Over 250 lines: the batch commands' one loading path (index, kept listing, files), top to bottom.
package dev.lede.cli;

import dev.lede.core.article.Problem;
import dev.lede.core.library.ArticleStore;
import dev.lede.core.library.EarlierResolution;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.parse.Parsed;
import dev.lede.core.text.Sanitizer;
import dev.lede.io.IndexedLoad;
import dev.lede.io.KeptListing;
import dev.lede.io.LoadOptions;
import dev.lede.io.LoadSink;
import dev.lede.io.Loader;
import dev.lede.io.ResolvedRelated;
import dev.lede.io.StoredListing;
import dev.lede.io.WalkAhead;
import dev.lede.io.index.IndexException;
import dev.lede.io.index.LibraryIndex;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Loads every input of a command to the end, reporting each problem on stderr as one line. */
final class LibraryLoad {

    /**
     * A fully loaded library, what its related headlines resolve to (worked out once for all who ask), the
     * store that re-reads its bodies, and the exit status the load earned.
     */
    record Loaded(Library library, ResolvedRelated related, ArticleStore store, int exitCode) {}

    private LibraryLoad() {}

    /**
     * Loads for a command that prints the library: no search index is built (it is never searched) and
     * entries keep no lede (nothing printed shows one; bodies are read again through the store).
     */
    static Loaded loadAll(
            InputOptions options,
            CommandConfig config,
            Map<String, String> environment,
            InputStream stdin,
            PrintWriter err) {
        return loadAll(options, true, config, environment, stdin, err); // without the library index
    }

    /**
     * As above, through the library index unless {@code noState} (or the inputs are stdin or URLs): an
     * unchanged file is listed from the index and not read.
     */
    static Loaded loadAll(
            InputOptions options,
            boolean noState,
            CommandConfig config,
            Map<String, String> environment,
            InputStream stdin,
            PrintWriter err) {
        List<String> arguments = RunInputs.arguments(options, config, environment, err);
        return loadAll(
                arguments,
                RunInputs.configPathNames(options, config, environment),
                options,
                indexed(arguments, options, noState)
                        ? Optional.of(() -> CacheFiles.libraryIndex(arguments, noState, environment, err::println))
                        : Optional.empty(),
                null,
                stdin,
                err,
                null,
                Optional.empty());
    }

    /**
     * {@code lede list} and {@code lede stories}: straight from the library index when it holds the library
     * unchanged with its related headlines resolved ({@link StoredListing}: no file read, no library built,
     * each article handed to {@code lines}); before that, with no SQLite at all, from the copy of that
     * listing kept in the cache ({@link KeptListing}) when it stands; else the library is loaded as
     * {@link #loadAll} does, through the same opened index, and given to {@code loaded}. A run that opened
     * the index keeps its listing as that copy for the next. Returns the exit status.
     */
    static int list(
            InputOptions options,
            boolean noState,
            CommandConfig config,
            Map<String, String> environment,
            InputStream stdin,
            PrintWriter err,
            StoredListing.Lines lines,
            Consumer<ResolvedRelated> loaded) {
        return list(
                options,
                noState,
                config,
                environment,
                stdin,
                err,
                lines,
                loaded,
                arguments -> CacheFiles.libraryIndex(arguments, noState, environment, err::println));
    }

    /** As above, the index opened by {@code opening} (which a test counts). */
    static int list(
            InputOptions options,
            boolean noState,
            CommandConfig config,
            Map<String, String> environment,
            InputStream stdin,
            PrintWriter err,
            StoredListing.Lines listing,
            Consumer<ResolvedRelated> loaded,
            Function<List<String>, Optional<LibraryIndex>> opening) {
        List<String> arguments = RunInputs.arguments(options, config, environment, err);
        ConfigPathNames names = RunInputs.configPathNames(options, config, environment);
        StoredListing.Lines lines = names.naming(listing);
        if (!indexed(arguments, options, noState)) {
            Loaded library =
                    loadAll(arguments, names, options, Optional.empty(), null, stdin, err, null, Optional.empty());
            loaded.accept(library.related());
            return library.exitCode();
        }
        Optional<KeptListing> kept = KeptListing.of(environment, arguments);
        // The files are stated while the index opens, on the other core (docs/performance.md, "Where `lede list`
        // goes"); a
        // load that cannot list from the index (a first run, a changed folder) checks the folders from the
        // same walk when the listing took none of it.
        WalkAhead walk = WalkAhead.start(arguments, loadOptions(options));
        try {
            if (kept.isPresent()) {
                Optional<StoredListing.Counts> counts = kept.get().list(loadOptions(options), walk, lines);
                if (counts.isPresent()) {
                    err.flush();
                    return ExitCodes.forLoad(
                            counts.get().articles(), counts.get().skipped());
                }
                if (walk.taken()) { // compared with a copy that no longer stands: walked again for the index
                    walk.close();
                    walk = WalkAhead.start(arguments, loadOptions(options));
                }
            }
            Optional<LibraryIndex> opened = opening.apply(arguments);
            if (opened.isPresent()) {
                try {
                    Optional<StoredListing.Counts> counts =
                            StoredListing.list(arguments, loadOptions(options), walk, opened.get(), lines);
                    if (counts.isPresent()) {
                        LibraryIndex index = opened.get();
                        kept.ifPresent(copy -> copy.keep(index));
                        opened.get().close();
                        err.flush();
                        return ExitCodes.forLoad(
                                counts.get().articles(), counts.get().skipped());
                    }
                } catch (IndexException e) {
                    err.println("lede: " + e.getMessage() + "; going on without the library index");
                    opened.get().close();
                    opened = Optional.empty();
                }
            }
            // The load takes the index opened here, then opens its own connections as it needs them.
            Optional<LibraryIndex> first = opened;
            boolean[] handed = {false};
            Loaded library = loadAll(
                    arguments,
                    names,
                    options,
                    Optional.of(() -> {
                        if (handed[0]) {
                            return opening.apply(arguments);
                        }
                        handed[0] = true;
                        return first;
                    }),
                    walk,
                    stdin,
                    err,
                    loaded,
                    kept);
            return library.exitCode();
        } finally {
            walk.close();
        }
    }

    private static boolean indexed(List<String> arguments, InputOptions options, boolean noState) {
        return IndexedLoad.applies(arguments, loadOptions(options)) && !noState && !StateFiles.stdinOnly(arguments);
    }

    /**
     * Loads {@code arguments} to the end, through the index that {@code opening} opens when given, taking the
     * folders' files from {@code walk} when it is given and still holds them. Through the index,
     * {@code meanwhile} (unless null) is given the resolved library while the index stores what it resolved
     * to, and has done with it when this returns; the index's listing is then kept as {@code keeping}, if given.
     */
    private static Loaded loadAll(
            List<String> arguments,
            ConfigPathNames names,
            InputOptions options,
            Optional<Supplier<Optional<LibraryIndex>>> opening,
            WalkAhead walk,
            InputStream stdin,
            PrintWriter err,
            Consumer<ResolvedRelated> meanwhile,
            Optional<KeptListing> keeping) {
        LibraryBuilder builder = LibraryBuilder.forPrinting();
        Library library;
        ResolvedRelated resolved;
        LoadOptions loadOptions = loadOptions(options);
        Loader loader = new Loader(loadOptions, stdin, Loader.defaultUrls(loadOptions));
        if (opening.isPresent()) {
            try (IndexedLoad load = new IndexedLoad(opening.get(), loader, loadOptions, err::println).walkedBy(walk)) {
                load.load(arguments, names.naming(new LoadSink() {
                    @Override
                    public void loaded(Parsed parsed) {
                        builder.accept(parsed).forEach(problem -> report(err, problem));
                    }

                    @Override
                    public void listed(List<ListedArticle> articles, List<Problem> problems) {
                        builder.accept(articles, problems).forEach(problem -> report(err, problem));
                    }

                    @Override
                    public void resolvedAhead() {
                        builder.resolvedAhead();
                    }

                    @Override
                    public void resolvingChanges(EarlierResolution earlier) {
                        builder.resolvingChangesFrom(earlier);
                    }
                }));
                // finish() makes a new library at every call, and each would resolve its related
                // headlines again: the one resolved and stored is the one printed.
                library = builder.finish();
                resolved = new ResolvedRelated(library);
                // With the listing, as the reader stores it once its library is complete: without it, the
                // reader's next start reads its preview row by row (100,000 articles: 1.38 against 0.79 s to
                // complete). Both in one pass over the rows (docs/performance.md, "A first run's timeline").
                if (meanwhile == null) {
                    load.storeResolutionsAndListing(resolved);
                } else {
                    // The lines need only the resolved library: printed meanwhile, on the other core.
                    ResolvedRelated worked = resolved.workedOut();
                    Alongside.run(() -> load.storeResolutionsAndListing(worked), () -> meanwhile.accept(worked));
                }
                keeping.ifPresent(load::keepListing);
            }
        } else {
            loader.load(arguments, names.naming(new LoadSink() {
                @Override
                public void loaded(Parsed parsed) {
                    // Skipped inputs, warnings and merged articles: one line each, as they come.
                    builder.accept(parsed).forEach(problem -> report(err, problem));
                }
            }));
            library = builder.finish();
            resolved = new ResolvedRelated(library);
        }
        err.flush();
        return new Loaded(library, resolved, loader.store(), exitCode(library));
    }

    /** The status a load earned: skipped inputs count, warnings and merged articles do not. */
    static int exitCode(Library library) {
        return ExitCodes.forLoad(library.size(), library.counts().skipped());
    }

    static LoadOptions loadOptions(InputOptions options) {
        return options.read.loadOptions().keepingParsed(options.keptChars);
    }

    static void report(PrintWriter err, Problem problem) {
        err.println("lede: " + Sanitizer.sanitizeLine(problem.describe()));
    }
}
