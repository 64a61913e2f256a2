package dev.lede.cli;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.export.ExportRecord;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.text.Sanitizer;
import dev.lede.io.ResolvedRelated;
import dev.lede.io.StdinKind;
import dev.lede.io.StoredListing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
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
                + "the articles its related headlines lead to (space-separated, empty when none).",
        exitCodeListHeading = "%nExit status%n",
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.SOME_FAILED_HELP, ExitCodes.USAGE_HELP, ExitCodes.NOTHING_READ_HELP
        })
final class ListCommand extends LibraryCommand {

    @Option(
            names = "--json",
            description = "Print JSON Lines: {\"n\", \"id\", \"source\", \"title\", \"related\":[n…]} per article.")
    boolean json;

    @Mixin
    NoIndexOption index = new NoIndexOption();

    ListCommand(InputStream stdin, StdinKind stdinKind, Map<String, String> environment) {
        super(stdin, stdinKind, environment);
    }

    @Override
    int run(PrintWriter out, PrintWriter err) {
        Printer printer = new Printer(out, json, ShownNames.of(environment));
        int status = LibraryLoad.list(
                inputs,
                index.noState,
                config(err),
                environment,
                stdin,
                err,
                new StoredListing.Lines() {
                    @Override
                    public void line(
                            int number, ArticleId id, String source, String headline, String published, int[] related) {
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

    static void print(Library library, PrintWriter out, boolean json, ShownNames names) {
        Printer printer = new Printer(out, json, names);
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

    /**
     * Lines of the listing, written a batch at a time: the writer flushes at every println, a write to
     * stdout each. On lede's own stdout ({@link StreamWriter}) the lines are put together as bytes in the
     * stream's charset and written as they are: through the writer, its encoder turned the batch's chars
     * into bytes again, a quarter of printing 10,000 stored lines; written as bytes, that printing took 40 ms of
     * CPU instead of 44 (docs/performance.md, "Where `lede list` goes").
     */
    private static final class Printer {

        private static final int BATCH = 1024;
        private static final String NEWLINE = System.lineSeparator();

        private final PrintWriter out;
        private final boolean json;
        /** The text's source column names the samples as such; JSON keeps the path, which opens the file (when it lasts). */
        private final ShownNames names;

        private final StringBuilder lines;
        private final ByteLines bytes;
        private int batched;

        Printer(PrintWriter out, boolean json, ShownNames names) {
            this.out = out;
            this.json = json;
            this.names = names;
            // Another charset than UTF-8 goes through the writer, which transliterates (StreamWriter).
            this.bytes = out instanceof StreamWriter stream && stream.unicode() ? new ByteLines(stream) : null;
            this.lines = bytes == null ? new StringBuilder(160 * BATCH) : null;
        }

        void line(int number, ArticleId id, String source, String headline, int[] related) {
            if (json) {
                text(ExportRecord.listJson(number, id, names.recorded(source), headline, related));
            } else {
                number(number);
                separator("\t");
                // A file name may hold any control character, written out; the headline is cleaned when parsed.
                text(Sanitizer.visibleLine(names.source(source)));
                separator("\t");
                text(headline);
                separator("\t");
                for (int j = 0; j < related.length; j++) {
                    if (j > 0) {
                        separator(" ");
                    }
                    number(related[j]);
                }
            }
            separator(NEWLINE);
            if (++batched == BATCH) {
                flush();
            }
        }

        private void text(String text) {
            if (bytes != null) {
                bytes.text(text);
            } else {
                lines.append(text);
            }
        }

        private void separator(String text) {
            if (bytes != null) {
                bytes.separator(text);
            } else {
                lines.append(text);
            }
        }

        private void number(int number) {
            if (bytes != null) {
                bytes.number(number);
            } else {
                lines.append(number);
            }
        }

        void flush() {
            if (bytes != null) {
                out.flush(); // whatever went through the writer first
                bytes.flush();
            } else {
                out.print(lines);
                out.flush();
                lines.setLength(0);
            }
            batched = 0;
        }
    }

    /**
     * A batch of lines as bytes in the stream's charset, written to the stream itself. The numbers and the
     * separators go in as bytes worked out once, not as a string and an array each: about 0.6 KB a line of
     * {@code lede list}, most of what printing 10,000 lines allocated (docs/performance.md, "Where `lede list` goes").
     */
    static final class ByteLines {

        private static final String DIGITS = "0123456789";

        private final StreamWriter writer;
        private final Charset charset;
        private final ByteArrayOutputStream batch = new ByteArrayOutputStream(1 << 17);
        /** Whether the charset writes each digit as its one ASCII byte, so a number needs no string. */
        private final boolean asciiDigits;
        /** Each separator's bytes: a line has four or more of the same few. */
        private final Map<String, byte[]> separators = new HashMap<>();

        private final byte[] digits = new byte[11];

        ByteLines(StreamWriter writer) {
            this.writer = writer;
            this.charset = writer.charset();
            this.asciiDigits = Arrays.equals(DIGITS.getBytes(charset), DIGITS.getBytes(StandardCharsets.US_ASCII));
        }

        void text(String text) {
            batch.writeBytes(text.getBytes(charset));
        }

        /** A string that comes back line after line (a tab, a space, the line's end), encoded once. */
        void separator(String text) {
            // Not computeIfAbsent: its lambda captures the charset, an object a call.
            byte[] encoded = separators.get(text);
            if (encoded == null) {
                encoded = text.getBytes(charset);
                separators.put(text, encoded);
            }
            batch.writeBytes(encoded);
        }

        void number(int number) {
            if (!asciiDigits || number < 0) {
                text(Integer.toString(number));
                return;
            }
            int at = digits.length;
            do {
                digits[--at] = (byte) ('0' + number % 10);
                number /= 10;
            } while (number > 0);
            batch.write(digits, at, digits.length - at);
        }

        void flush() {
            try {
                batch.writeTo(writer.stream());
                writer.stream().flush();
            } catch (IOException e) {
                writer.failed(); // as the writer would: checkError() tells
            }
            batch.reset();
        }
    }
}
