package dev.lede.cli;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.text.Sanitizer;
import dev.lede.io.StdinKind;
import dev.lede.io.Tty;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lede show N|ID [PATH...]}: one article as wrapped plain text, laid out as the reader shows it,
 * with terminal hyperlinks when printing to a terminal and the configuration says {@code set hyperlinks on}.
 */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print one article as wrapped plain text: headline, details, body, links and related "
                + "headlines (marked -> when they are in the library).",
        exitCodeListHeading = "%nExit status%n",
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.SOME_FAILED_HELP, ExitCodes.USAGE_HELP, ExitCodes.NOTHING_READ_HELP
        })
final class ShowCommand implements Callable<Integer> {

    static final int DEFAULT_WIDTH = 80;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "N|ID",
            description = "The article's number in `lede list`, or its id (or a start of it no other id shares); "
                    + "a file, folder, URL or - (stdin) holding one article may stand here alone, and a pipe of "
                    + "one article needs nothing here.")
    String which;

    @Parameters(
            index = "1..*",
            paramLabel = "PATH|URL|-",
            arity = "0..*",
            description = "Inputs as for lede (default: the config's path entries, beside the fetched library "
                    + "once there are subscriptions; else ./feeds, else the bundled samples).")
    List<String> paths = new ArrayList<>();

    @Option(
            names = "--width",
            paramLabel = "COLUMNS",
            converter = WidthConverter.class,
            description =
                    "Wrap at this many columns, " + WidthConverter.RANGE + " (default: the terminal's width, else 80).")
    Integer width;

    @Mixin
    ReadOptions read;

    @Mixin
    ConfigOption configOption;

    @Option(
            names = "--no-state",
            description = "Neither read nor write the library index kept in $XDG_CACHE_HOME/lede "
                    + "(every input is read). Stdin alone never uses it.")
    boolean noState;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;
    private final StdinKind stdinKind;
    private final Map<String, String> environment;

    ShowCommand(InputStream stdin, StdinKind stdinKind, Map<String, String> environment) {
        this.stdin = stdin;
        this.stdinKind = stdinKind;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // `lede show page.html`: the article was left unnamed and the file put in its place. An id is hex alone, so
        // a word that is not and names a file or folder here is an input: its one article is shown.
        boolean unnamed = which == null || namesAnInput(which);
        InputOptions inputs = new InputOptions();
        inputs.inputs = which != null && unnamed ? prepended(which, paths) : paths;
        inputs.read = read;
        OptionalInt refused = StdinInputs.apply(inputs, stdinKind, err);
        if (refused.isPresent()) {
            return refused.getAsInt();
        }
        CommandConfig config =
                CommandConfig.of(spec, configOption.file, environment, err).readIfNamed();
        InputStream input = inputs.inputs.contains(Source.STDIN)
                ? StdinWaitNotice.watching(stdin, err, StdinWaitNotice.QUIET_MILLIS)
                : stdin;
        LibraryLoad.Loaded loaded = LibraryLoad.loadAll(inputs, noState, config, environment, input, err);
        if (loaded.library().size() == 0 && loaded.library().counts().skipped() > 0) {
            return ExitCodes.NOTHING_READ; // the load said why for each input; "no article N" would say it again
        }
        if (unnamed && loaded.library().size() > 1) {
            err.println(
                    which == null
                            ? "lede: the library holds " + loaded.library().size()
                                    + " articles; name one: lede show N (lede list numbers them)"
                            : "lede: " + Sanitizer.visibleLine(which) + " holds "
                                    + loaded.library().size()
                                    + " articles; name one: lede show N " + Sanitizer.visibleLine(which)
                                    + " (lede list numbers them)");
            return ExitCodes.USAGE;
        }
        Optional<LibraryEntry> entry =
                unnamed ? loaded.library().entries().stream().findFirst() : select(loaded.library(), which);
        if (entry.isEmpty() && which == null) {
            err.println("lede: no article to show");
            return ExitCodes.NOTHING_READ;
        }
        if (entry.isEmpty()) {
            err.println(notFound(loaded.library(), which));
            return loaded.library().size() == 0 ? ExitCodes.NOTHING_READ : ExitCodes.USAGE;
        }
        if (!print(
                loaded,
                entry.get(),
                out,
                width == null ? TerminalWidth.orDefault(DEFAULT_WIDTH) : width,
                hyperlinks(config))) {
            err.println("lede: " + entry.get().source().label() + ": could not be read again");
            return ExitCodes.SOME_FAILED;
        }
        return loaded.exitCode();
    }

    /**
     * Whether {@code which} is no article id (ids are hex digits) but an input: stdin, a URL, or a file or
     * folder that exists.
     */
    private static boolean namesAnInput(String which) {
        if (which.isEmpty() || which.matches("[0-9a-fA-F]+")) {
            return false;
        }
        if (which.equals(Source.STDIN) || which.startsWith("http://") || which.startsWith("https://")) {
            return true; // as the loaders tell them from paths (io/Loader, io/IndexedLoad)
        }
        try {
            return Files.exists(Path.of(which));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static List<String> prepended(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /** Hyperlinks only on a terminal, and only when the configuration asks for them ({@code set hyperlinks on}). */
    private static boolean hyperlinks(CommandConfig config) {
        return new Tty().isStdoutTerminal() && config.get().hyperlinks();
    }

    /**
     * The article {@code which} names: a number in the list's range first, else the one id it starts. Ids are
     * hex, so a start of one may be all digits (one short id in three or so): beyond the list's numbers it is
     * that id's.
     */
    /** Why {@code which} names no article of {@code library}, as one line. */
    private static String notFound(Library library, String which) {
        boolean shared = idsStarting(library, which).size() > 1;
        // Digits are a number first: "0" and "99" start hex ids too, but were meant as numbers.
        if (which.matches("\\d{1,9}") && library.size() > 0) {
            return "lede: no article " + which + ": articles are numbered 1 to " + library.size()
                    + (shared ? ", and as the start of an id it names more than one" : "")
                    + " (lede list numbers them, lede export lists the ids)";
        }
        if (shared) {
            return "lede: " + Sanitizer.visibleLine(which)
                    + " starts more than one article's id; give more of it (lede export lists the ids)";
        }
        return "lede: no article " + Sanitizer.visibleLine(which) + " (there are " + library.size()
                + "; see lede list)";
    }

    private static Optional<LibraryEntry> select(Library library, String which) {
        if (which.matches("\\d{1,9}")) {
            int number = Integer.parseInt(which);
            if (number >= 1 && number <= library.size()) {
                return Optional.of(library.entry(number - 1));
            }
        }
        // A start of an id in digits alone is taken from four characters on, git's shortest abbreviation: "99"
        // past the last article is a number out of range, not whichever id happens to start so.
        if (which.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        List<LibraryEntry> starting = idsStarting(library, which);
        return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
    }

    /**
     * Up to two articles whose id starts with {@code which}. An id, or the start of one, names an article
     * only when it starts no other id (as git takes a commit's); an empty one, which starts every id, none.
     */
    private static List<LibraryEntry> idsStarting(Library library, String which) {
        if (which.isEmpty()) {
            return List.of();
        }
        return library.entries().stream()
                .filter(e -> e.id().value().startsWith(which))
                .limit(2)
                .toList();
    }

    /** Prints every article of a load, separated by a blank line and a rule (no terminal at all). */
    static void printAll(LibraryLoad.Loaded loaded, PrintWriter out, int width) {
        boolean first = true;
        for (LibraryEntry entry : loaded.library().entries()) {
            if (!first) {
                out.println();
                out.println("-".repeat(Math.min(width, 40)));
                out.println();
            }
            first = false;
            print(loaded, entry, out, width);
        }
        out.flush();
    }

    private static boolean print(LibraryLoad.Loaded loaded, LibraryEntry entry, PrintWriter out, int width) {
        return print(loaded, entry, out, width, false);
    }

    private static boolean print(
            LibraryLoad.Loaded loaded, LibraryEntry entry, PrintWriter out, int width, boolean hyperlinks) {
        Optional<Article> article = loaded.store().open(entry);
        if (article.isEmpty()) {
            return false;
        }
        PlainArticle.lines(article.get(), loaded.library(), width, hyperlinks).forEach(out::println);
        out.flush();
        return true;
    }
}
