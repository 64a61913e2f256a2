package dev.lede.cli;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.export.ExportRecord;
import dev.lede.core.library.LinkGraph;
import dev.lede.core.library.StorySummary;
import dev.lede.core.library.StoryTally;
import dev.lede.io.StdinKind;
import dev.lede.io.StoredListing;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lede stories}: the library's stories, the sets of two or more articles connected by resolved
 * related headlines, one line each: size, date span and the earliest article's headline (or, with {@code --json},
 * JSON Lines that also give the story's id and its articles' ids). An unchanged
 * library whose resolutions the index holds is told from the index's stored listing, as {@code lede list}
 * is ({@link StoryTally}: dates, headlines and targets, no library built); anything else is loaded whole.
 */
@Command(
        name = "stories",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print the stories (articles connected by related headlines that resolve), oldest first, one per "
                + "line, tab-separated: how many articles, the dates they span (first..last, one day when they fall on the same day, - when none has a date; "
                + "\"(N dated)\" after it when only N have one), "
                + "and the headline of the earliest (--json for JSON Lines).",
        exitCodeListHeading = "%nExit status%n",
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.SOME_FAILED_HELP, ExitCodes.USAGE_HELP, ExitCodes.NOTHING_READ_HELP
        })
final class StoriesCommand extends LibraryCommand {

    @Option(
            names = "--json",
            description = "Print JSON Lines, per story: {\"story\" (the id lede export writes as each of its articles' "
                    + "\"story\"), \"size\", \"first\", \"last\" (days, null when none is dated), \"dated\" (how many "
                    + "are), \"title\" (the earliest headline), \"articles\":[id…] (oldest first, as the s timeline "
                    + "shows them)}.")
    boolean json;

    @Mixin
    NoIndexOption index = new NoIndexOption();

    StoriesCommand(InputStream stdin, StdinKind stdinKind, Map<String, String> environment) {
        super(stdin, stdinKind, environment);
    }

    @Override
    int run(PrintWriter out, PrintWriter err) {
        Told told = tell(inputs, index.noState, config(err), environment, stdin, err);
        print(told.stories(), json, out);
        out.flush();
        return told.exitCode();
    }

    /**
     * The stories of a load, and whether they were told from the index's stored listing
     * ({@code fromListing}) or from the whole library loaded.
     */
    record Told(List<StorySummary> stories, boolean fromListing, int exitCode) {}

    /** The stories of {@code options}' inputs, each problem of the load reported on {@code err}. */
    static Told tell(
            InputOptions options,
            boolean noState,
            CommandConfig config,
            Map<String, String> environment,
            InputStream stdin,
            PrintWriter err) {
        StoryTally stored = new StoryTally();
        List<List<StorySummary>> loaded = new ArrayList<>(1);
        int status = LibraryLoad.list(
                options,
                noState,
                config,
                environment,
                stdin,
                err,
                new StoredListing.Lines() {
                    @Override
                    public void line(
                            int number, ArticleId id, String source, String headline, String published, int[] related) {
                        stored.add(number, id, published, headline, related);
                    }

                    @Override
                    public void problem(Problem problem) {
                        LibraryLoad.report(err, problem);
                    }
                },
                related -> loaded.add(LinkGraph.of(related.library()).stories().stream()
                        .map(StorySummary::of)
                        .toList()));
        return loaded.isEmpty() ? new Told(stored.stories(), true, status) : new Told(loaded.get(0), false, status);
    }

    /** The lines a batch at a time: lede's stdout flushes at every println, a write each. */
    private static void print(List<StorySummary> stories, boolean json, PrintWriter out) {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < stories.size(); i++) {
            StorySummary story = stories.get(i);
            batch.append(json ? ExportRecord.storyJson(story) : line(story)).append(System.lineSeparator());
            if (i % 1024 == 1023 || i == stories.size() - 1) {
                out.print(batch);
                out.flush();
                batch.setLength(0);
            }
        }
    }

    /**
     * "3\t2025-03-01..2025-03-09\tFirst headline": the story's size, date span and first headline. A span some
     * articles have no part in says how many it counts ("2025-03-01..2025-03-09 (2 dated)"): read alone, one day
     * for a story of 44 would say all 44 fell on it.
     */
    static String line(StorySummary story) {
        String span = story.firstDay() == null
                ? "-"
                : story.firstDay().equals(story.lastDay())
                        ? story.firstDay()
                        : story.firstDay() + ".." + story.lastDay();
        if (story.firstDay() != null && story.dated() < story.size()) {
            span += " (" + story.dated() + " dated)";
        }
        return story.size() + "\t" + span + "\t" + story.headline();
    }
}
