package dev.lede.cli;

import dev.lede.io.StdinKind;
import java.io.InputStream;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds lede's commands with the stdin they read from (and what it is), so tests can give them their own. */
final class CommandFactory implements IFactory {

    private final InputStream stdin;
    private final StdinKind stdinKind;
    private final Map<String, String> environment;
    private final IFactory fallback = CommandLine.defaultFactory();

    /** For tools that build the command model by class name: the man page and completion generators. */
    CommandFactory() {
        this(System.in, StdinKind.ofThisProcess(), System.getenv());
    }

    /** With the environment the commands see (where state and configuration live), for tests. */
    CommandFactory(InputStream stdin, StdinKind stdinKind, Map<String, String> environment) {
        this.stdin = stdin;
        this.stdinKind = stdinKind;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ListCommand.class) {
            return type.cast(new ListCommand(stdin, stdinKind, environment));
        }
        if (type == ExportCommand.class) {
            return type.cast(new ExportCommand(stdin, stdinKind, environment));
        }
        if (type == StoriesCommand.class) {
            return type.cast(new StoriesCommand(stdin, stdinKind, environment));
        }
        if (type == ShowCommand.class) {
            return type.cast(new ShowCommand(stdin, stdinKind, environment));
        }
        if (type == ImportCommand.class) {
            return type.cast(new ImportCommand(environment, stdin, stdinKind));
        }
        if (SubscriptionCommand.class.isAssignableFrom(type)) {
            return type.getDeclaredConstructor(Map.class).newInstance(environment);
        }
        if (type == LedeCommand.class) {
            return type.cast(new LedeCommand(stdin, stdinKind, environment));
        }
        return fallback.create(type);
    }
}
