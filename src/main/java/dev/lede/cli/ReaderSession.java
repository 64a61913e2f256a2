// Over 250 lines: the reader's whole say from the command line (inputs, configuration, state, what is kept at the end).
package dev.lede.cli;

import dev.lede.core.article.Problem;
import dev.lede.core.library.Library;
import dev.lede.core.state.ReadingState;
import dev.lede.core.text.Sanitizer;
import dev.lede.io.CacheRoot;
import dev.lede.io.ConfigFile;
import dev.lede.io.FirstScreen;
import dev.lede.io.IndexedLoad;
import dev.lede.io.LoadOptions;
import dev.lede.io.LoadSink;
import dev.lede.io.Loader;
import dev.lede.io.ResolvedRelated;
import dev.lede.io.StateStore;
import dev.lede.tui.ColorMode;
import dev.lede.tui.LedeProgram;
import dev.lede.tui.LedeTerminal;
import dev.lede.tui.ReaderContext;
import dev.lede.tui.ReaderStart;
import dev.lede.ui.UiOptions;
import dev.lede.ui.config.ColorChoice;
import dev.lede.ui.config.Config;
import dev.lede.ui.config.ConfigParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The interactive reader's say from the command line: what is loaded, with which configuration and reading
 * state, and what is printed once the screen is gone. When each runs, and on which thread, is
 * {@link ReaderStart}'s.
 */
final class ReaderSession implements ReaderStart.Plan {

    /** The command line's say in the reader: inputs, width, state and configuration. */
    record Settings(
            InputOptions inputs,
            int textWidth,
            boolean textWidthGiven,
            boolean noState,
            Path config,
            Map<String, String> environment) {}

    private final Settings settings;
    private final InputStream stdin;
    private final PrintWriter err;
    /** Said while loading and on the screen: printed again once the screen is gone, where they stay visible. */
    private final Queue<String> warnings = new ConcurrentLinkedQueue<>();

    private final CommandConfig configFile;
    private Config config;
    private List<String> arguments;
    /** The configuration's file and line of each input its path lines gave, to name their problems by. */
    private ConfigPathNames names = ConfigPathNames.NONE;

    private Loader loader;
    private IndexedLoad indexedLoad;

    private ReaderSession(Settings settings, InputStream stdin, PrintWriter err) {
        this.settings = settings;
        this.stdin = stdin;
        this.err = err;
        this.configFile = new CommandConfig(settings.config(), settings.environment(), err);
    }

    static int open(Settings settings, InputStream stdin, PrintWriter err) {
        ReaderSession session = new ReaderSession(settings, stdin, err);
        Library[] last = {null};
        try {
            int status = ReaderStart.run(
                    session,
                    new PrintStream(System.err, true, Charset.defaultCharset()),
                    state -> last[0] = state.library());
            if (session.indexedLoad != null) {
                session.indexedLoad.readerGone();
            }
            if (last[0] != null && last[0].isComplete() && session.indexedLoad != null) {
                // Also on quitting, the screen restored: a reader quit before the check of the folders ended
                // (the library complete from the index) would otherwise never keep its first screen.
                session.indexedLoad.storeFirstScreenUnlessKept(last[0]);
                // Nothing when the one kept is current; a wait for the index's writes is said after a second.
                session.indexedLoad.storeListingSaying(line -> {
                    err.println(line);
                    err.flush();
                });
            }
            return Math.max(status, last[0] == null ? ExitCodes.OK : afterwards(last[0], err));
        } catch (IOException e) {
            err.println("lede: cannot use the terminal: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        } finally {
            session.close();
        }
    }

    /** The inputs (the configuration's paths when none are given), through the index when it applies. */
    @Override
    public Consumer<LoadSink> loading() {
        InputOptions inputs = settings.inputs();
        arguments = RunInputs.arguments(inputs, configFile, settings.environment(), err);
        names = RunInputs.configPathNames(inputs, configFile, settings.environment());
        LoadOptions options = LibraryLoad.loadOptions(inputs).withUrlsWhenFetched();
        loader = new Loader(options, stdin, Loader.defaultUrls(options));
        boolean indexed =
                IndexedLoad.applies(arguments, options) && !settings.noState() && !StateFiles.stdinOnly(arguments);
        if (!indexed) {
            return sink -> loader.load(arguments, names.naming(sink));
        }
        indexedLoad = new IndexedLoad(
                () -> CacheFiles.libraryIndex(arguments, false, settings.environment(), warnings::add),
                loader,
                options,
                warnings::add,
                true);
        CacheRoot.of(settings.environment())
                .ifPresent(cache -> indexedLoad.showingFirst(new FirstScreen(cache), Path.of("")));
        return sink -> {
            indexedLoad.load(arguments, names.naming(sink));
            sink.finished();
        };
    }

    /**
     * The marks and stars the reader starts from: loaded from the store this run writes (which sets an unreadable
     * file aside and says so), else read without writing (stdin alone), a file that cannot be read said in
     * {@code warnings} rather than shown as "all unread" without a word; none with {@code --no-state}.
     */
    static ReadingState readingState(
            Optional<StateStore> store, boolean noState, Map<String, String> environment, Consumer<String> warnings) {
        if (store.isPresent()) {
            return store.get().load();
        }
        if (noState) {
            return ReadingState.EMPTY;
        }
        return StateFiles.peekSaying(environment, why -> warnings.accept("lede: " + why + "; read marks not shown"))
                .orElse(ReadingState.EMPTY);
    }

    @Override
    public ReaderStart.Reader reader() {
        config = configFile.get();
        Optional<StateStore> store =
                StateFiles.writable(arguments, settings.noState(), settings.environment(), warnings::add);
        ReadingState reading = readingState(store, settings.noState(), settings.environment(), warnings::add);
        List<String> notes = new ArrayList<>(warnings);
        warnings.clear();
        notes.forEach(err::println);
        err.flush();
        if (!config.problems().isEmpty()) {
            int more = config.problems().size() - 1;
            notes.add("config: " + config.problems().get(0).describe() + (more > 0 ? " (and " + more + " more)" : ""));
        }
        String firstMessage = notes.isEmpty() ? null : Sanitizer.sanitizeLine(notes.get(0));
        LedeProgram program = new LedeProgram(
                ShownNames.of(settings.environment()).title(arguments),
                uiOptions(),
                reading,
                firstMessage,
                store.flatMap(StateStore::notKept).map(Sanitizer::sanitizeLine).orElse(null));
        return new ReaderStart.Reader(
                program, loader.store(), colorMode(config.color(), settings.environment()), context(store));
    }

    @Override
    public int nothingRead(List<Problem> why) {
        why.forEach(problem -> LibraryLoad.report(err, problem));
        err.flush();
        warnings.clear(); // no screen came between: nothing to repeat
        return ExitCodes.NOTHING_READ;
    }

    /** Once the reader is over (or never came): the index is closed, after its last use. */
    private void close() {
        warnings.forEach(err::println); // said while the screen was up: repeated where they stay visible
        err.flush();
        if (indexedLoad != null) {
            indexedLoad.closeSaying(line -> {
                err.println(line);
                err.flush();
            });
        }
    }

    private UiOptions uiOptions() {
        int width = settings.textWidthGiven()
                ? settings.textWidth()
                : config.width().orElse(settings.textWidth());
        UiOptions uiOptions = UiOptions.defaults()
                .withTextWidth(width)
                .withKeymap(config.keymap())
                .withHyperlinks(config.hyperlinks())
                .shownIn(LedeTerminal.localeCharset())
                .withShownFolder(ShownNames.of(settings.environment()).folder());
        if (config.split().isPresent()) {
            uiOptions = uiOptions.withSplitWidth(config.split().getAsInt());
        }
        if (config.sort().isPresent()) {
            uiOptions = uiOptions.withSort(config.sort().get());
        }
        if (config.columns().isPresent()) {
            uiOptions = uiOptions.withColumns(config.columns().get());
        }
        return uiOptions;
    }

    private ReaderContext context(Optional<StateStore> store) {
        InputOptions inputs = settings.inputs();
        return new ReaderContext(
                store,
                settings.environment(),
                loader::cancelFetches,
                library -> {
                    if (indexedLoad != null) {
                        // Remembered: the next start on the same library needs no matcher, reads headlines at once.
                        indexedLoad.storeFirstScreen(library); // first: a few ms, done before a quick quit
                        indexedLoad.storeResolutionsAndListing(new ResolvedRelated(library));
                        indexedLoad.storeListing(); // the next start lists it without SQLite
                    }
                },
                ReaderReload.watched(
                        arguments,
                        LibraryLoad.loadOptions(inputs),
                        indexedLoad != null,
                        settings.environment(),
                        warnings::add,
                        names),
                new ReaderFetch(
                        settings.environment(),
                        LibraryLoad.loadOptions(inputs).maxSize(),
                        config.keep(),
                        warnings::add,
                        arguments,
                        inputs.inputs.isEmpty()),
                warnings::add);
    }

    /**
     * Once the screen is gone: the lines a batch command would have printed for the same inputs, where
     * they stay visible, and the status they earn.
     */
    private static int afterwards(Library library, PrintWriter err) {
        library.problems().forEach(problem -> LibraryLoad.report(err, problem));
        // Quit while a URL was still on its way: it was not read, and a batch command would have said why.
        library.fetching().forEach(url -> LibraryLoad.report(err, new Problem(url, "cancelled (quit while fetching)")));
        return ExitCodes.forLoad(
                library.size(), library.counts().skipped() + library.fetching().size());
    }

    /** The file named by --config, else the default one when it exists, parsed; problems are never fatal. */
    static Config config(Path asked, Map<String, String> environment) {
        Optional<Path> path = asked != null ? Optional.of(asked) : ConfigFile.defaultPath(environment);
        if (path.isEmpty()) {
            return Config.defaults();
        }
        ConfigFile.Read read = ConfigFile.read(path.get(), asked != null);
        if (read.problem().isPresent()) {
            return Config.unreadable(read.problem().get());
        }
        return read.text()
                .map(text -> ConfigParser.parse(path.get().toString(), text))
                .orElse(Config.defaults());
    }

    static ColorMode colorMode(ColorChoice choice, Map<String, String> environment) {
        return switch (choice) {
            case AUTO -> ColorMode.detect(environment);
            case NONE -> ColorMode.NONE;
            case ANSI_16 -> ColorMode.ANSI_16;
            case INDEXED_256 -> ColorMode.INDEXED_256;
            case TRUE_COLOR -> ColorMode.TRUE_COLOR;
        };
    }
}
