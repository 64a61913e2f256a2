package dev.lede.cli;

import dev.lede.core.article.Problem;
import dev.lede.core.library.Library;
import dev.lede.core.state.ReadingState;
import dev.lede.core.text.Sanitizer;
import dev.lede.io.ConfigFile;
import dev.lede.io.IndexedLoad;
import dev.lede.io.LoadOptions;
import dev.lede.io.Loader;
import dev.lede.io.StateStore;
import dev.lede.tui.ColorMode;
import dev.lede.tui.LedeProgram;
import dev.lede.tui.LedeTerminal;
import dev.lede.tui.ReaderContext;
import dev.lede.tui.ReaderStart;
import dev.lede.tui.TtyOpening;
import dev.lede.ui.Glyphs;
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

/**
 * Opens the interactive reader on the terminal. Loading starts in the background, so the first frame
 * is drawn from the first screenful of headlines whatever the library's size.
 */
final class ReaderSession {

    /** The command line's say in the reader: inputs, width, state and configuration. */
    record Settings(
            InputOptions inputs,
            int textWidth,
            boolean textWidthGiven,
            boolean noState,
            Path config,
            Map<String, String> environment) {}

    /**
     * How long the reader waits for a first article before it takes the screen anyway (to show what is
     * still loading, such as a slow URL). Loading that ends sooner with nothing read never takes it.
     */
    static final long SCREEN_GRACE_MILLIS = 1_000;

    private ReaderSession() {}

    static int open(Settings settings, InputStream stdin, PrintWriter err) {
        // The terminal opens (an stty process) while the configuration and state are read.
        TtyOpening terminal = TtyOpening.start();
        try {
            return open(settings, stdin, err, terminal);
        } finally {
            terminal.close(); // only when the reader did not take it over
        }
    }

    private static int open(Settings settings, InputStream stdin, PrintWriter err, TtyOpening terminal) {
        InputOptions inputs = settings.inputs();
        Config config = null;
        if (inputs.inputs.isEmpty()) {
            config = config(settings.config(), settings.environment()); // its paths are the inputs
            config.problems().forEach(problem -> LibraryLoad.report(err, problem));
            inputs.inputs.addAll(config.paths());
        }
        List<String> arguments = LibraryLoad.arguments(inputs, settings.environment(), err);
        // Loading starts now, so the first articles are parsed while the rest of start-up runs.
        Queue<String> warnings = new ConcurrentLinkedQueue<>();
        LoadOptions options = LibraryLoad.loadOptions(inputs).withUrlsWhenFetched();
        boolean indexed =
                IndexedLoad.applies(arguments, options) && !settings.noState() && !StateFiles.stdinOnly(arguments);
        Loader loader = new Loader(options, stdin, Loader.defaultUrls(options));
        IndexedLoad indexedLoad = indexed
                ? new IndexedLoad(
                        () -> CacheFiles.libraryIndex(arguments, false, settings.environment(), warnings::add),
                        loader,
                        options,
                        warnings::add,
                        true)
                : null;
        EarlyLoad loading = EarlyLoad.start(
                indexed
                        ? sink -> {
                            indexedLoad.load(arguments, sink);
                            sink.finished();
                        }
                        : sink -> loader.load(arguments, sink));
        try {
            return open(
                    settings, stdin, err, terminal, inputs, config, arguments, loader, indexedLoad, loading, warnings);
        } finally {
            if (indexedLoad != null) {
                indexedLoad.close();
            }
        }
    }

    private static int open(
            Settings settings,
            InputStream stdin,
            PrintWriter err,
            TtyOpening terminal,
            InputOptions inputs,
            Config config,
            List<String> arguments,
            Loader loader,
            IndexedLoad indexedLoad,
            EarlyLoad loading,
            Queue<String> warnings) {
        if (config == null) {
            config = config(settings.config(), settings.environment());
            config.problems().forEach(problem -> LibraryLoad.report(err, problem));
        }
        Optional<StateStore> store =
                StateFiles.writable(arguments, settings.noState(), settings.environment(), warnings::add);
        ReadingState reading = store.map(StateStore::load)
                .orElseGet(() -> settings.noState() ? ReadingState.EMPTY : StateFiles.peek(settings.environment()));
        List<String> notes = new ArrayList<>(warnings);
        warnings.clear();
        notes.forEach(err::println);
        if (!config.problems().isEmpty()) {
            int more = config.problems().size() - 1;
            notes.add("config: " + config.problems().get(0).describe() + (more > 0 ? " (and " + more + " more)" : ""));
        }

        int width = settings.textWidthGiven()
                ? settings.textWidth()
                : config.width().orElse(settings.textWidth());
        UiOptions uiOptions = UiOptions.defaults()
                .withTextWidth(width)
                .withKeymap(config.keymap())
                .withHyperlinks(config.hyperlinks())
                .withGlyphs(Glyphs.forCharset(LedeTerminal.localeCharset()));
        if (config.split().isPresent()) {
            uiOptions = uiOptions.withSplitWidth(config.split().getAsInt());
        }
        if (config.sort().isPresent()) {
            uiOptions = uiOptions.withSort(config.sort().get());
        }
        if (config.columns().isPresent()) {
            uiOptions = uiOptions.withColumns(config.columns().get());
        }
        String firstMessage = notes.isEmpty() ? null : Sanitizer.sanitizeLine(notes.get(0));
        LedeProgram program = new LedeProgram(title(arguments), uiOptions, reading, firstMessage);
        Optional<List<Problem>> nothingRead = loading.nothingRead(SCREEN_GRACE_MILLIS);
        if (nothingRead.isPresent()) {
            // Like `less nonexist`: no screen for nothing to read, only the reasons.
            nothingRead.get().forEach(problem -> LibraryLoad.report(err, problem));
            err.flush();
            return ExitCodes.NOTHING_READ;
        }
        err.flush();
        Library[] last = {null};
        try {
            int status = ReaderStart.run(
                    program,
                    loader.store(),
                    loading::drainTo,
                    colorMode(config.color(), settings.environment()),
                    new ReaderContext(
                            store,
                            settings.environment(),
                            loader::cancelFetches,
                            library -> {
                                if (indexedLoad != null) {
                                    // Remembered for the next start, which then needs no matcher on the same library
                                    // and reads
                                    // its headlines in one step.
                                    indexedLoad.storeResolutions(library);
                                    indexedLoad.storeListing();
                                }
                            },
                            ReaderReload.watched(
                                    arguments,
                                    LibraryLoad.loadOptions(inputs),
                                    indexedLoad != null,
                                    settings.environment(),
                                    warnings::add),
                            new ReaderFetch(
                                    settings.environment(),
                                    LibraryLoad.loadOptions(inputs).maxSize())),
                    new PrintStream(System.err, true, Charset.defaultCharset()),
                    terminal,
                    state -> last[0] = state.library());
            return Math.max(status, last[0] == null ? ExitCodes.OK : afterwards(last[0], err));
        } catch (IOException e) {
            err.println("lede: cannot use the terminal: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        } finally {
            warnings.forEach(err::println); // said while the screen was up: repeated where they stay visible
            err.flush();
        }
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

    /** What the title bar names: the single input as given, else how many inputs. */
    private static String title(List<String> arguments) {
        if (arguments.size() == 1) {
            return arguments.get(0).equals("-") ? "stdin" : arguments.get(0);
        }
        return arguments.size() + " inputs";
    }
}
