package dev.lede.cli;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.export.ExportRecord;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.io.StdinKind;
import dev.lede.io.StoredListing;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lede list}: one line per article — number, source, headline and the numbers of the articles its
 * related headlines lead to — or JSON Lines. Related headlines are resolved against the whole library.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print one line per article, tab-separated: number, source, headline, and the numbers of "
                + "the articles its related headlines lead to (space-separated, empty when none).")
final class ListCommand extends LibraryCommand {

    @Option(
            names = "--json",
            description = "Print JSON Lines: {\"n\", \"id\", \"source\", \"title\", \"related\":[n…]} per article.")
    boolean json;

    @Mixin
    NoIndexOption index;

    ListCommand(InputStream stdin, StdinKind stdinKind, Map<String, String> environment) {
        super(stdin, stdinKind, environment);
    }

    @Override
    int run(PrintWriter out, PrintWriter err) {
        Printer printer = new Printer(out, json);
        int status = LibraryLoad.list(
                inputs,
                index.noState,
                environment,
                stdin,
                err,
                new StoredListing.Lines() {
                    @Override
                    public void line(int number, ArticleId id, String source, String headline, int[] related) {
                        printer.line(number, id, source, headline, related);
                    }

                    @Override
                    public void problem(Problem problem) {
                        LibraryLoad.report(err, problem);
                    }
                },
                library -> print(library, printer));
        printer.flush();
        return status;
    }

    /** Entries resolved at a time before their lines are printed. */
    private static final int CHUNK = 1024;

    static void print(Library library, PrintWriter out, boolean json) {
        Printer printer = new Printer(out, json);
        print(library, printer);
        printer.flush();
    }

    private static void print(Library library, Printer printer) {
        List<LibraryEntry> entries = library.entries();
        int[][] related = new int[Math.min(CHUNK, entries.size())][];
        for (int start = 0; start < entries.size(); start += CHUNK) {
            int from = start;
            int count = Math.min(CHUNK, entries.size() - start);
            // Resolving is most of list's own work and only reads the library: every core takes a share.
            IntStream.range(0, count)
                    .parallel()
                    .forEach(i -> related[i] = relatedNumbers(library, entries.get(from + i)));
            for (int i = 0; i < count; i++) {
                LibraryEntry entry = entries.get(from + i);
                printer.line(entry.position() + 1, entry.id(), entry.source().label(), entry.headline(), related[i]);
            }
        }
    }

    /** Lines of the listing, written a batch at a time: the writer flushes at every println, a write to stdout each. */
    private static final class Printer {

        private static final int BATCH = 1024;
        private static final String NEWLINE = System.lineSeparator();

        private final PrintWriter out;
        private final boolean json;
        private final StringBuilder lines = new StringBuilder(160 * BATCH);
        private int batched;

        Printer(PrintWriter out, boolean json) {
            this.out = out;
            this.json = json;
        }

        void line(int number, ArticleId id, String source, String headline, int[] related) {
            if (json) {
                lines.append(ExportRecord.listJson(number, id, source, headline, related));
            } else {
                lines.append(number)
                        .append('\t')
                        .append(source)
                        .append('\t')
                        .append(headline)
                        .append('\t');
                for (int j = 0; j < related.length; j++) {
                    lines.append(j == 0 ? "" : " ").append(related[j]);
                }
            }
            lines.append(NEWLINE);
            if (++batched == BATCH) {
                flush();
            }
        }

        void flush() {
            out.print(lines);
            out.flush();
            lines.setLength(0);
            batched = 0;
        }
    }

    /** The list numbers of the articles the entry's related headlines resolve to, in order; unresolved ones left out. */
    static int[] relatedNumbers(Library library, LibraryEntry entry) {
        List<RelatedHeadline> related = entry.related();
        int[] numbers = new int[related.size()];
        int count = 0;
        for (RelatedHeadline headline : related) {
            Optional<LibraryEntry> target = library.resolve(entry, headline);
            if (target.isPresent()) {
                numbers[count++] = target.get().position() + 1;
            }
        }
        return count == numbers.length ? numbers : Arrays.copyOf(numbers, count);
    }
}
