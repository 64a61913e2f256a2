package dev.lede.cli;

import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.export.ExportRecord;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lede list}: one line per article — number, source, headline and the numbers of the articles its
 * related headlines lead to — or JSON Lines. Related headlines are resolved against the whole library.
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print one line per article, tab-separated: number, source, headline, and the numbers of "
                + "the articles its related headlines lead to (space-separated, empty when none).")
final class ListCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(names = "--json", description = "Print JSON Lines: {\"n\", \"id\", \"source\", \"title\", \"related\":[n…]} per article.")
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
        StringBuilder line = new StringBuilder(160);
        for (LibraryEntry entry : library.entries()) {
            int number = entry.position() + 1;
            int[] related = relatedNumbers(library, entry);
            if (json) {
                out.println(ExportRecord.listJson(number, entry.id(), entry.source().label(), entry.headline(), related));
                continue;
            }
            line.setLength(0);
            line.append(number).append('\t').append(entry.source().label()).append('\t').append(entry.headline()).append('\t');
            for (int i = 0; i < related.length; i++) {
                line.append(i == 0 ? "" : " ").append(related[i]);
            }
            out.println(line);
        }
        out.flush();
    }

    /** The list numbers of the articles the entry's related headlines resolve to, in order; unresolved ones left out. */
    static int[] relatedNumbers(Library library, LibraryEntry entry) {
        List<RelatedHeadline> related = entry.related();
        int[] numbers = new int[related.size()];
        int count = 0;
        for (RelatedHeadline headline : related) {
            Optional<LibraryEntry> target = library.resolve(headline);
            if (target.isPresent()) {
                numbers[count++] = target.get().position() + 1;
            }
        }
        return count == numbers.length ? numbers : java.util.Arrays.copyOf(numbers, count);
    }
}
