package dev.lede.cli;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.export.ExportRecord;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.LinkGraph;
import dev.lede.core.state.ReadingState;
import dev.lede.io.StdinKind;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lede export}: every article as one JSON object per line (README, "Formats"). */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print every article as JSON Lines: id, source, format, title, byline, published, "
                + "url, addresses (every address it has), site, body (its text), images (its pictures: alt and url), "
                + "related (with the id each resolves to), linked_from (the ids of the articles whose related "
                + "headlines lead to it), story (the id of its story's earliest article), problems, read and starred.",
        exitCodeListHeading = "%nExit status%n",
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.SOME_FAILED_HELP, ExitCodes.USAGE_HELP, ExitCodes.NOTHING_READ_HELP
        })
final class ExportCommand extends LibraryCommand {

    @Option(
            names = "--no-state",
            description =
                    "Leave out what earlier runs marked read or starred (always false), "
                            + "and neither read nor write the library index kept in $XDG_CACHE_HOME/lede. Stdin alone never uses it.")
    boolean noState;

    ExportCommand(InputStream stdin, StdinKind stdinKind, Map<String, String> environment) {
        super(stdin, stdinKind, environment);
    }

    /**
     * Text of the articles parsed while loading that the export keeps to write them, rather than parse each file
     * again: the wcxb-dev corpus's 711 pages hold 8.8 million characters; past the allowance a file is parsed again.
     */
    static final long KEPT_CHARS = 32L * 1024 * 1024;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        inputs.keptChars = KEPT_CHARS;
        LibraryLoad.Loaded loaded = LibraryLoad.loadAll(inputs, noState, config(err), environment, stdin, err);
        Library library = loaded.library();
        ReadingState reading = noState
                ? ReadingState.EMPTY
                : StateFiles.peekSaying(
                                environment,
                                why -> err.println(
                                        "lede: " + why + "; \"read\" and \"starred\" are false for every article"))
                        .orElse(ReadingState.EMPTY);
        int exit = loaded.exitCode();
        LinkGraph links = LinkGraph.of(library);
        ShownNames names = ShownNames.of(environment);
        for (LibraryEntry entry : library.entries()) {
            Optional<Article> article = loaded.store().open(entry);
            if (article.isEmpty()) {
                err.println("lede: " + entry.source().label() + ": changed or vanished while exporting; skipped");
                exit = Math.max(exit, ExitCodes.SOME_FAILED);
                continue;
            }
            out.println(ExportRecord.toJson(
                    article.get(),
                    names.recorded(article.get().source().label()),
                    related -> library.resolve(entry, related)
                            .map(LibraryEntry::id)
                            .orElse((ArticleId) null),
                    new ExportRecord.Links(
                            links.linkedFrom(entry).stream()
                                    .map(LibraryEntry::id)
                                    .toList(),
                            links.storyStart(entry).id()),
                    article.get().problems(),
                    reading.isRead(entry.id()),
                    reading.isStarred(entry.id())));
        }
        out.flush();
        err.flush();
        return exit;
    }
}
