package dev.lede.cli;

import dev.lede.core.article.Source;
import dev.lede.io.StdinKind;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that loads the library its inputs name and prints it (list, export, stories): the inputs'
 * options, the configuration, where stdin and the environment come from, and the refusal of a terminal
 * as stdin, once.
 */
abstract class LibraryCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Mixin
    ConfigOption configOption;

    @Spec
    CommandSpec spec;

    /** Watched while it is read ({@link StdinWaitNotice}) once {@code -} is among the inputs. */
    InputStream stdin;

    final StdinKind stdinKind;
    final Map<String, String> environment;

    LibraryCommand(InputStream stdin, StdinKind stdinKind, Map<String, String> environment) {
        this.stdin = stdin;
        this.stdinKind = stdinKind;
        this.environment = environment;
    }

    @Override
    public final Integer call() {
        return call(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Runs with only these inputs and every option at its default, as picocli would fill the command in for
     * {@code lede list PATH…}, without building picocli's model ({@link LedeCommand#plainLibraryCommand}).
     */
    final int callPlain(List<String> inputNames, PrintWriter out, PrintWriter err) {
        inputs = new InputOptions();
        inputs.inputs.addAll(inputNames);
        configOption = new ConfigOption();
        return call(out, err);
    }

    private int call(PrintWriter out, PrintWriter err) {
        OptionalInt refused = StdinInputs.apply(inputs, stdinKind, err);
        if (refused.isPresent()) {
            return refused.getAsInt();
        }
        if (inputs.inputs.contains(Source.STDIN)) {
            stdin = StdinWaitNotice.watching(stdin, err, StdinWaitNotice.QUIET_MILLIS);
        }
        return run(out, err);
    }

    /** Loads and prints; returns the exit status. */
    abstract int run(PrintWriter out, PrintWriter err);

    /** The configuration this run goes by ({@link CommandConfig#readIfNamed}: a named file is read at once). */
    final CommandConfig config(PrintWriter err) {
        CommandConfig config = spec == null
                ? new CommandConfig(configOption.file, environment, err)
                : CommandConfig.of(spec, configOption.file, environment, err);
        return config.readIfNamed();
    }
}
