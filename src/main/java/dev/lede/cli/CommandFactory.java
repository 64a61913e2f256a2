package dev.lede.cli;

import java.io.InputStream;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds lede's commands with the stdin they read from, so tests can give them their own. */
final class CommandFactory implements IFactory {

    private final InputStream stdin;
    private final IFactory fallback = CommandLine.defaultFactory();

    /** For tools that build the command model by class name: the man page and completion generators. */
    CommandFactory() {
        this(System.in);
    }

    CommandFactory(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ListCommand.class) {
            return type.cast(new ListCommand(stdin));
        }
        if (type == ExportCommand.class) {
            return type.cast(new ExportCommand(stdin));
        }
        if (type == ShowCommand.class) {
            return type.cast(new ShowCommand(stdin));
        }
        if (type == LedeCommand.class) {
            return type.cast(new LedeCommand(stdin));
        }
        return fallback.create(type);
    }
}
