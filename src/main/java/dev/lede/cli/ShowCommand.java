package dev.lede.cli;

import dev.lede.core.article.Article;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.text.Wrap;
import dev.lede.ui.config.ConfigParser;
import dev.lede.ui.ReaderLayout;
import dev.lede.ui.ReaderLine;
import dev.lede.io.StdinKind;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lede show N|ID [PATH...]}: one article as wrapped plain text, laid out as the reader shows it. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print one article as wrapped plain text: headline, details, body, links and related "
                + "headlines (marked -> when they are in the library).")
final class ShowCommand implements Callable<Integer> {

    static final int DEFAULT_WIDTH = 80;

    @Parameters(index = "0", paramLabel = "N|ID", description = "The article's number in `lede list`, or its id.")
    String which;

    @Parameters(index = "1..*", paramLabel = "PATH|URL|-", arity = "0..*",
            description = "Inputs as for lede (default: ./feeds, else the bundled samples).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--width", paramLabel = "COLUMNS", converter = WidthConverter.class,
            description = "Wrap at this many columns, " + WidthConverter.RANGE + " (default: the terminal's width, else 80).")
    Integer width;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every input as this format: ${COMPLETION-CANDIDATES}.")
    InputFormat format = InputFormat.AUTO;

    @Option(names = "--max-size", paramLabel = "MIB", description = "Skip inputs larger than this many MiB (default: ${DEFAULT-VALUE}).")
    int maxSizeMib = 32;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;
    private final StdinKind stdinKind;

    ShowCommand(InputStream stdin, StdinKind stdinKind) {
        this.stdin = stdin;
        this.stdinKind = stdinKind;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputOptions inputs = new InputOptions();
        inputs.inputs = paths;
        inputs.format = format;
        inputs.maxSizeMib = maxSizeMib;
        OptionalInt refused = StdinInputs.apply(inputs, stdinKind, err);
        if (refused.isPresent()) {
            return refused.getAsInt();
        }
        LibraryLoad.Loaded loaded = LibraryLoad.loadAll(inputs, stdin, err);
        Optional<LibraryEntry> entry = select(loaded.library(), which);
        if (entry.isEmpty()) {
            err.println("lede: no article " + which + " (there are " + loaded.library().size() + "; see lede list)");
            return loaded.library().size() == 0 ? ExitCodes.NOTHING_READ : ExitCodes.USAGE;
        }
        if (!print(loaded, entry.get(), out, width == null ? TerminalWidth.orDefault(DEFAULT_WIDTH) : width)) {
            err.println("lede: " + entry.get().source().label() + ": could not be read again");
            return ExitCodes.SOME_FAILED;
        }
        return loaded.exitCode();
    }

    private static Optional<LibraryEntry> select(Library library, String which) {
        if (which.matches("\\d{1,9}")) {
            int number = Integer.parseInt(which);
            return number >= 1 && number <= library.size() ? Optional.of(library.entry(number - 1)) : Optional.empty();
        }
        return library.entries().stream().filter(e -> e.id().value().startsWith(which)).findFirst();
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
        Optional<Article> article = loaded.store().open(entry);
        if (article.isEmpty()) {
            return false;
        }
        int textWidth = Math.max(ConfigParser.MIN_WIDTH, width); // a terminal narrower than any --width
        ReaderLayout layout = ReaderLayout.of(article.get(), textWidth);
        for (ReaderLine line : layout.lines()) {
            if (line.kind() == ReaderLine.Kind.RELATED) {
                boolean found = loaded.library().resolve(article.get().related().get(line.related())).isPresent();
                String prefix = String.format("%2d %s ", line.related() + 1, found ? "->" : "  ");
                String text = line.text() + (found ? "" : " (not in library)");
                String indent = "";
                for (Wrap.Line wrapped : Wrap.text(text, Wrap.Role.PARAGRAPH, 0, textWidth - prefix.length())) {
                    out.println(indent.isEmpty() ? prefix + wrapped.text() : indent + wrapped.text());
                    indent = " ".repeat(prefix.length());
                }
            } else {
                out.println(line.text());
            }
        }
        out.flush();
        return true;
    }
}
