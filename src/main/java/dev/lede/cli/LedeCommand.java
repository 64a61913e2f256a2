// Over 300 lines, not split: picocli wants the top command's options as fields of one class, and the plain paths past
// picocli and the one-line failures belong with them.
package dev.lede.cli;

import dev.lede.core.article.Source;
import dev.lede.io.ProcessStdin;
import dev.lede.io.StdinKind;
import dev.lede.io.Tty;
import dev.lede.tui.TerminalType;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede [PATH|URL|-]...}: opens the reader in the terminal. When stdout is not a terminal, or
 * the terminal is dumb (no cursor addressing), it prints the list instead, and with no terminal at all
 * it prints the article as {@code lede show} would.
 *
 * <p>Over 300 lines because picocli wants the top command's options as fields of one class, and the entry point
 * (plain arguments run without picocli's start-up cost, failures reported as one line) belongs with them.
 */
@Command(
        name = "lede",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {
            ListCommand.class,
            ShowCommand.class,
            ExportCommand.class,
            StoriesCommand.class,
            SubscribeCommand.class,
            UnsubscribeCommand.class,
            SubscriptionsCommand.class,
            ImportCommand.class,
            FetchCommand.class,
            PruneCommand.class
        },
        description = {
            "A terminal news reader: a headline list beside a scrolling reader pane, with each article's "
                    + "related headlines one key away.",
            "",
            "Opens article files, folders, saved web pages, feed files or URLs, or text piped in on stdin."
        },
        exitCodeListHeading = "%nExit status%n",
        exitCodeList = {
            ExitCodes.OK_HELP,
            ExitCodes.READER_FAILED_HELP,
            ExitCodes.USAGE_HELP,
            ExitCodes.NOTHING_READ_HELP
        })
public final class LedeCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(
            names = "--width",
            paramLabel = "COLUMNS",
            converter = WidthConverter.class,
            description = "Text width of the reader, " + WidthConverter.RANGE + " (default: ${DEFAULT-VALUE}).")
    int textWidth = 90;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--no-state",
            description = "Neither read nor write the read marks, stars and places kept "
                    + "in $XDG_STATE_HOME/lede (never written anyway when the only input is stdin), nor the library index "
                    + "kept in $XDG_CACHE_HOME/lede (every file is read).")
    boolean noState;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Read settings and key bindings from FILE instead of $XDG_CONFIG_HOME/lede/config.")
    Path config;

    private final InputStream stdin;
    private final StdinKind stdinKind;
    private final Map<String, String> environment;

    LedeCommand(InputStream stdin, StdinKind stdinKind, Map<String, String> environment) {
        this.stdin = stdin;
        this.stdinKind = stdinKind;
        this.environment = environment;
    }

    /** Runs lede with these arguments and returns the exit status. */
    public static int run(String[] args) {
        ProcessStdin stdin = ProcessStdin.ofThisProcess();
        CheckedOutput stdout = new CheckedOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = writer(stdout, "sun.stdout.encoding");
        PrintWriter err = writer(System.err, "sun.stderr.encoding");
        int status;
        try {
            if (plain(args)) {
                status = runPlain(args, stdin.stream(), stdin.kind(), System.getenv(), out, err);
            } else if (plainLibraryCommand(args)) {
                status = runPlainLibraryCommand(args, stdin.stream(), stdin.kind(), System.getenv(), out, err);
            } else {
                // Its own err too: picocli's would write '?' for every quote and accent under LANG=C.
                status = commandLine(stdin.stream(), stdin.kind(), System.getenv())
                        .setOut(out)
                        .setErr(err)
                        .execute(args);
            }
        } catch (OutOfMemoryError e) {
            // Past what the loader catches (a library too large as a whole): a line, not the JVM's stack trace.
            err.println("lede: out of memory (a Java heap of "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB); LEDE_OPTS=-Xmx… gives more, --max-size skips large inputs");
            status = ExitCodes.SOME_FAILED;
        }
        out.flush();
        status = stdout.settle(status, err);
        err.flush();
        return status;
    }

    /**
     * The subcommands' names, for {@link #plain} without picocli's model; the launchers' script
     * (src/dist/lib/launch.sh) lists them too, and SubcommandNamesTest holds all three to the same names.
     */
    static final java.util.Set<String> SUBCOMMAND_NAMES = java.util.Set.of(
            "list",
            "show",
            "export",
            "stories",
            "subscribe",
            "unsubscribe",
            "subscriptions",
            "import",
            "fetch",
            "prune");

    /**
     * True when the arguments are only inputs (paths, URLs, {@code -}): no option, no subcommand. Picocli would
     * fill in nothing but the inputs then, so the reader starts without
     * building its command model by reflection (a large part of start-up).
     */
    static boolean plain(String[] args) {
        if (args.length == 1 && args[0].equals("help")) {
            return false; // perhaps a person asking for help: BeforeCommandName tells them where it is
        }
        for (String arg : args) {
            if (optionLike(arg) || SUBCOMMAND_NAMES.contains(arg)) {
                return false;
            }
        }
        return true;
    }

    /** An argument picocli would read as an option: anything but an input ({@code -} is stdin). */
    private static boolean optionLike(String arg) {
        return !arg.equals(Source.STDIN) && arg.startsWith("-");
    }

    /** The default command for {@link #plain} arguments, as picocli would run it: same defaults, same failures. */
    static int runPlain(
            String[] args,
            InputStream stdin,
            StdinKind stdinKind,
            Map<String, String> environment,
            PrintWriter out,
            PrintWriter err) {
        LedeCommand command = new LedeCommand(stdin, stdinKind, environment);
        command.inputs = new InputOptions();
        command.inputs.inputs.addAll(Arrays.asList(args));
        return reportingFailures(() -> command.start(out, err, false), out, err);
    }

    /** Runs a command picocli did not set up, with what picocli's handler would say of a failure, and flushes. */
    private static int reportingFailures(Callable<Integer> command, PrintWriter out, PrintWriter err) {
        try {
            return command.call();
        } catch (Exception e) {
            return FailureHandler.report(e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static final java.util.Set<String> PLAIN_LIBRARY_COMMANDS = java.util.Set.of("list", "export", "stories");

    /**
     * True for {@code lede list|export|stories} followed by inputs only. Building picocli's model of all
     * eleven commands by reflection took about 200 ms of a 300 ms {@code lede list} of 10 files
     * (classes loaded from the jar, annotations read through proxies; docs/performance.md, "Where `lede list` goes"),
     * more than the list itself; with every option at its default there is nothing for it to parse.
     */
    static boolean plainLibraryCommand(String[] args) {
        if (args.length == 0 || !PLAIN_LIBRARY_COMMANDS.contains(args[0])) {
            return false;
        }
        for (int i = 1; i < args.length; i++) {
            if (optionLike(args[i])) {
                return false;
            }
        }
        return true;
    }

    /** Runs a {@link #plainLibraryCommand} as picocli would: same defaults, same failures, same exit status. */
    static int runPlainLibraryCommand(
            String[] args,
            InputStream stdin,
            StdinKind stdinKind,
            Map<String, String> environment,
            PrintWriter out,
            PrintWriter err) {
        LibraryCommand command = switch (args[0]) {
            case "list" -> new ListCommand(stdin, stdinKind, environment);
            case "export" -> new ExportCommand(stdin, stdinKind, environment);
            default -> new StoriesCommand(stdin, stdinKind, environment);
        };
        return reportingFailures(
                () -> command.callPlain(Arrays.asList(args).subList(1, args.length), out, err), out, err);
    }

    /** A writer like the ones picocli makes for stdout and stderr: the terminal's encoding, flushed per line. */
    private static PrintWriter writer(OutputStream stream, String encodingProperty) {
        String encoding = System.getProperty(encodingProperty);
        // Not a terminal (the JVM sets the property for one): UTF-8, as the launchers' -Dfile.encoding and Java 18
        // and later have it. `java -jar` on Java 17 under a C locale wrote '?' for every other character, in the
        // export's JSON too.
        Charset charset = encoding == null
                ? StandardCharsets.UTF_8
                : Charset.forName("cp65001".equalsIgnoreCase(encoding) ? "UTF-8" : encoding);
        return new StreamWriter(stream, charset);
    }

    static CommandLine commandLine(InputStream stdin, StdinKind stdinKind, Map<String, String> environment) {
        CommandLine line = new CommandLine(LedeCommand.class, new CommandFactory(stdin, stdinKind, environment));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        // An input is a path: "@notes" is the file of that name, not picocli's argument file "notes", whose words
        // would each become an input (the URLs among them fetched).
        line.setExpandAtFiles(false);
        line.setExecutionExceptionHandler(new FailureHandler());
        line.setParameterExceptionHandler(new UsageErrorHandler());
        line.setExecutionStrategy(new BeforeCommandName());
        return line;
    }

    private boolean textWidthGiven() {
        return spec.commandLine().getParseResult().hasMatchedOption("--width");
    }

    @Override
    public Integer call() {
        return start(spec.commandLine().getOut(), spec.commandLine().getErr(), textWidthGiven());
    }

    private int start(PrintWriter out, PrintWriter err, boolean textWidthGiven) {
        OptionalInt refused = StdinInputs.apply(inputs, stdinKind, err);
        if (refused.isPresent()) {
            return refused.getAsInt();
        }
        Tty tty = new Tty();
        if (!tty.hasControllingTerminal()) {
            err.println("lede: no terminal; printing the articles instead");
            LibraryLoad.Loaded loaded = LibraryLoad.loadAll(inputs, printingConfig(err), environment, stdin, err);
            ShowCommand.printAll(loaded, out, ShowCommand.DEFAULT_WIDTH);
            return loaded.exitCode();
        }
        boolean dumb = tty.isStdoutTerminal() && !TerminalType.of(environment).addressesCursor();
        if (dumb) {
            String term = environment.getOrDefault("TERM", "");
            err.println("lede: " + (term.isBlank() ? "no TERM set" : "TERM=" + term)
                    + ": no full-screen reader here; printing the list instead (lede show N prints one)");
        }
        if (dumb || !tty.isStdoutTerminal()) {
            LibraryLoad.Loaded loaded = LibraryLoad.loadAll(inputs, printingConfig(err), environment, stdin, err);
            ListCommand.print(loaded.library(), out, false, ShownNames.of(environment));
            return loaded.exitCode();
        }
        return ReaderSession.open(
                new ReaderSession.Settings(inputs, textWidth, textWidthGiven, noState, config, environment),
                stdin,
                err);
    }

    /**
     * The configuration where the reader prints instead of drawing: read whatever the inputs, as the
     * reader reads it, so a missing {@code --config FILE} or a bad line is said the same on every path.
     */
    private CommandConfig printingConfig(PrintWriter err) {
        CommandConfig printing = new CommandConfig(config, environment, err);
        printing.get();
        return printing;
    }
}
