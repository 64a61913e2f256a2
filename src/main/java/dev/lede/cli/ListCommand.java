package dev.lede.cli;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.export.ExportRecord;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.io.ResolvedRelated;
import dev.lede.io.StdinKind;
import dev.lede.io.StoredListing;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
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
                related -> print(related, printer));
        printer.flush();
        return status;
    }

    static void print(Library library, PrintWriter out, boolean json) {
        Printer printer = new Printer(out, json);
        print(new ResolvedRelated(library), printer);
        printer.flush();
    }

    private static void print(ResolvedRelated resolved, Printer printer) {
        for (LibraryEntry entry : resolved.library().entries()) {
            printer.line(
                    entry.position() + 1,
                    entry.id(),
                    entry.source().label(),
                    entry.headline(),
                    resolved.numbers(entry));
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
}
