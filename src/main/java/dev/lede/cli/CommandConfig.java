package dev.lede.cli;

import dev.lede.ui.config.Config;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The configuration file one run of a command goes by ({@code --config FILE}, else
 * {@code $XDG_CONFIG_HOME/lede/config}): read once, when a setting of it is first wanted, and its problems
 * (a missing named file, a bad line) said on stderr then, one line each, never fatal (README,
 * "Configuration"). The reader and the commands that print the library share this, so each says the same.
 */
final class CommandConfig {

    private final Path named;
    private final Map<String, String> environment;
    private final PrintWriter err;
    private Config read;

    CommandConfig(Path named, Map<String, String> environment, PrintWriter err) {
        this.named = named;
        this.environment = environment;
        this.err = err;
    }

    /**
     * For a subcommand: its own {@code --config FILE}, else the one given before the subcommand's name
     * ({@code lede --config FILE list}), which picocli sets on the top command and would otherwise drop.
     */
    static CommandConfig of(CommandSpec spec, Path own, Map<String, String> environment, PrintWriter err) {
        Path named = own;
        if (named == null && spec.root().userObject() instanceof LedeCommand top) {
            named = top.config;
        }
        return new CommandConfig(named, environment, err);
    }

    /** The configuration, read (and its problems said) at the first call. */
    synchronized Config get() {
        if (read == null) {
            read = ReaderSession.config(named, environment);
            read.problems().forEach(problem -> LibraryLoad.report(err, problem));
            err.flush();
        }
        return read;
    }

    /**
     * Reads it now when it was named: a file asked for is read, and a missing or bad one said, even when
     * none of its settings has a say in this run. The default file is read only when one has.
     */
    CommandConfig readIfNamed() {
        if (named != null) {
            get();
        }
        return this;
    }
}
