package dev.lede.cli;

import java.io.InputStream;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds lede's commands with the stdin they read from, so tests can give them their own. */
final class CommandFactory implements IFactory {

    private final InputStream stdin;
    private final Map<String, String> environment;
    private final IFactory fallback = CommandLine.defaultFactory();

    /** For tools that build the command model by class name: the man page and completion generators. */
    CommandFactory() {
        this(System.in);
    }

    CommandFactory(InputStream stdin) {
        this(stdin, System.getenv());
    }

    /** With the environment the commands see (where state and configuration live), for tests. */
    CommandFactory(InputStream stdin, Map<String, String> environment) {
        this.stdin = stdin;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ListCommand.class) {
            return type.cast(new ListCommand(stdin));
        }
        if (type == ExportCommand.class) {
            return type.cast(new ExportCommand(stdin, environment));
        }
        if (type == ShowCommand.class) {
            return type.cast(new ShowCommand(stdin, environment));
        }
        if (type == LedeCommand.class) {
            return type.cast(new LedeCommand(stdin, environment));
        }
        return fallback.create(type);
    }
}
