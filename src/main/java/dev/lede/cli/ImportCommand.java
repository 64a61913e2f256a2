package dev.lede.cli;

import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.parse.TextDecoder;
import dev.lede.core.subscribe.Opml;
import dev.lede.core.subscribe.Subscription;
import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.core.text.Sanitizer;
import dev.lede.io.FileFailures;
import dev.lede.io.NamedPipe;
import dev.lede.io.StdinKind;
import dev.lede.io.fetch.SubscriptionFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lede import FILE}: subscribes to every feed of an OPML file or a newsboat {@code urls} file. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Subscribe to the feeds of an OPML file (1.0 or 2.0, as feed readers export them) or a newsboat "
                + "urls file. Feeds already subscribed are left as they are.",
        exitCodeListHeading = "%nExit status%n",
        exitCodeList = {
            "0:every feed in FILE was imported or already there",
            "1:some feeds or lines were skipped (each is named on stderr), or " + ExitCodes.OWN_FOLDER_HELP,
            ExitCodes.USAGE_HELP,
            "3:nothing imported: FILE cannot be read, is no subscription list or lists no feed; or no subscription "
                    + "list (HOME is not set)"
        })
final class ImportCommand extends SubscriptionCommand {

    /** Larger files are no subscription list. */
    private static final long MAX_BYTES = 16L << 20;

    @Parameters(paramLabel = "FILE", description = "The OPML or urls file; - reads it from stdin.")
    Path source;

    private final InputStream stdin;
    private final StdinKind stdinKind;

    ImportCommand(Map<String, String> environment, InputStream stdin, StdinKind stdinKind) {
        super(environment);
        this.stdin = stdin;
        this.stdinKind = stdinKind;
    }

    /** The list's bytes, or the exit status after the one line saying why there are none. */
    private record Read(byte[] bytes, int status) {}

    @Override
    int run(PrintWriter out, PrintWriter err, SubscriptionSetup.Listed listed) throws IOException {
        String shown = Sanitizer.visibleLine(source.toString());
        Read read = source.toString().equals(Source.STDIN) ? readStdin(err) : readFile(shown, err);
        if (read.bytes() == null) {
            return read.status();
        }
        if (TextDecoder.looksBinary(read.bytes())) {
            // Read as lines, a picture or an archive would be dozens of lines of noise, each "skipped".
            err.println("lede: " + shown + ": binary file, not a subscription list");
            return ExitCodes.NOTHING_READ;
        }
        String text = new String(read.bytes(), StandardCharsets.UTF_8);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        SubscriptionList incoming = body.stripLeading().startsWith("<")
                ? Opml.read(source.toString(), body)
                : SubscriptionList.parse(source.toString(), body);
        // Each problem is said once, on stderr; the summary on stdout counts. A feed already subscribed is
        // no problem (it is left as it is): the summary counts it, and no line of its own says it again.
        incoming.problems().forEach(problem -> LibraryLoad.report(err, problem));
        if (incoming.subscriptions().isEmpty()) {
            // Not a subscription list, or one without a usable feed: what was wrong is said above, and a
            // summary of nothing imported would only say it again.
            if (incoming.problems().isEmpty()) {
                err.println("lede: " + shown + ": no feeds in it");
            }
            return ExitCodes.NOTHING_READ;
        }
        SubscriptionFile file = listed.file();
        SubscriptionList present = listed.list();
        SubscriptionList.Merge merge = present.merge(incoming.subscriptions());
        String updated = file.text();
        for (Subscription feed : merge.added()) {
            updated = SubscriptionList.append(updated, feed);
        }
        if (!merge.added().isEmpty()) {
            file.write(updated);
        }
        // Its folder in the library, and the word lede fetch takes, is the new name: said, not left to be found.
        for (SubscriptionList.Renamed renamed : merge.renamed()) {
            err.println("lede: " + shown + ": " + Sanitizer.visibleLine(renamed.url()) + ": the name "
                    + Sanitizer.visibleLine(renamed.wanted()) + " is taken; imported as "
                    + Sanitizer.visibleLine(renamed.given()));
        }
        // A warning (a tag left out) is said above but skipped nothing: its feed is imported.
        long skipped = incoming.problems().stream()
                .filter(problem -> problem.kind() == Problem.Kind.SKIPPED)
                .count();
        out.println("imported " + merge.added().size()
                + (merge.added().size() == 1 ? " subscription" : " subscriptions")
                + " from " + shown
                + (merge.skipped().isEmpty() ? "" : " (" + merge.skipped().size() + " already there)")
                + (skipped == 0 ? "" : "; " + skipped + " skipped"));
        return skipped == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** {@code -}: what is piped in, as {@code curl URL | lede import -}; a terminal is refused at once. */
    private Read readStdin(PrintWriter err) throws IOException {
        if (stdinKind == StdinKind.TERMINAL) {
            err.println("lede: -: stdin is a terminal; pipe a file in (curl URL | lede import -)");
            return new Read(null, ExitCodes.USAGE);
        }
        byte[] bytes = stdin.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            err.println("lede: -: larger than 16 MiB; not a subscription list");
            return new Read(null, ExitCodes.NOTHING_READ);
        }
        return new Read(bytes, ExitCodes.OK);
    }

    private Read readFile(String shown, PrintWriter err) {
        if (Files.isDirectory(source)) {
            err.println("lede: " + shown + ": a folder, not a subscription list");
            return new Read(null, ExitCodes.NOTHING_READ);
        }
        if (NamedPipe.is(source)) {
            err.println("lede: " + shown + ": a named pipe, not a file; not a subscription list");
            return new Read(null, ExitCodes.NOTHING_READ);
        }
        try {
            if (Files.size(source) > MAX_BYTES) {
                err.println("lede: " + shown + ": larger than 16 MiB; not a subscription list");
                return new Read(null, ExitCodes.NOTHING_READ);
            }
            return new Read(Files.readAllBytes(source), ExitCodes.OK);
        } catch (NoSuchFileException e) {
            err.println("lede: " + shown + ": no such file");
            return new Read(null, ExitCodes.NOTHING_READ);
        } catch (IOException e) {
            // The JDK's message for a refused file is its bare path: FileFailures names the reason instead.
            err.println("lede: " + shown + ": cannot be read (" + FileFailures.describeAt(source, e) + ")");
            return new Read(null, ExitCodes.NOTHING_READ);
        }
    }
}
