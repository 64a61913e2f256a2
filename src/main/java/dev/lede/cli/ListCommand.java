package dev.lede.cli;

import dev.lede.core.export.ExportRecord;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lede list}: one line per article — number, source, headline — or JSON Lines. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print one line per article: number, source and headline.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(names = "--json", description = "Print JSON Lines: {\"n\", \"id\", \"source\", \"title\"} per article.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    ListCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LibraryLoad.Loaded loaded = LibraryLoad.loadAll(inputs, stdin, spec.commandLine().getErr());
        print(loaded.library(), out, json);
        return loaded.exitCode();
    }

    static void print(Library library, PrintWriter out, boolean json) {
        for (LibraryEntry entry : library.entries()) {
            int number = entry.position() + 1;
            if (json) {
                out.println(ExportRecord.listJson(number, entry.id(), entry.source().label(), entry.headline()));
            } else {
                out.println(number + "\t" + entry.source().label() + "\t" + entry.headline());
            }
        }
        out.flush();
    }
}
