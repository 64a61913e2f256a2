package dev.lede.cli;

import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.LinkGraph;
import dev.lede.io.StdinKind;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code lede stories}: the library's stories, the sets of two or more articles connected by resolved
 * related headlines, one line each: size, date span and the earliest article's headline.
 */
@Command(
        name = "stories",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print the stories (articles connected by related headlines that resolve), oldest first, one per "
                + "line, tab-separated: how many articles, the dates they span (first..last, - when none has a date), "
                + "and the headline of the earliest.")
final class StoriesCommand extends LibraryCommand {

    @Mixin
    NoIndexOption index;

    StoriesCommand(InputStream stdin, StdinKind stdinKind, Map<String, String> environment) {
        super(stdin, stdinKind, environment);
    }

    @Override
    int run(PrintWriter out, PrintWriter err) {
        LibraryLoad.Loaded loaded = LibraryLoad.loadAll(inputs, index.noState, config(err), environment, stdin, err);
        for (List<LibraryEntry> story : LinkGraph.of(loaded.library()).stories()) {
            out.println(line(story));
        }
        out.flush();
        return loaded.exitCode();
    }

    /** "3\t2025-03-01..2025-03-09\tFirst headline": the story's size, date span and first headline. */
    static String line(List<LibraryEntry> story) {
        String first = null;
        String last = null;
        for (LibraryEntry entry : story) {
            String day = day(entry.published());
            if (day != null) {
                first = first == null || day.compareTo(first) < 0 ? day : first;
                last = last == null || day.compareTo(last) > 0 ? day : last;
            }
        }
        String span = first == null ? "-" : first.equals(last) ? first : first + ".." + last;
        return story.size() + "\t" + span + "\t" + story.get(0).headline();
    }

    /** The calendar day of an ISO 8601 date or instant, as the source stated it. */
    private static String day(String published) {
        return published == null || published.length() < 10 ? published : published.substring(0, 10);
    }
}
