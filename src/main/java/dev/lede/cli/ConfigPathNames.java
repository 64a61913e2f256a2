package dev.lede.cli;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.library.BodySearch;
import dev.lede.core.library.EarlierResolution;
import dev.lede.core.library.EntryDetails;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.parse.Parsed;
import dev.lede.io.LoadSink;
import dev.lede.io.StoredListing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A problem with an input the configuration's {@code path} line named, named as every other configuration problem
 * is, by the file and line it came from: {@code lede: ~/.config/lede/config:3: /srv/news: no such file}. It had
 * been the path alone, leaving the user to find which file named it. Only what is said changes: the input is
 * still skipped, and counted, as any input is (README, "Configuration", {@code path}).
 */
final class ConfigPathNames {

    /** No input from the configuration: nothing is renamed. */
    static final ConfigPathNames NONE = new ConfigPathNames(Map.of());

    /** {@code FILE:LINE} of each input a {@code path} line gave, by the input as loaded. */
    private final Map<String, String> lines;

    ConfigPathNames(Map<String, String> lines) {
        this.lines = Map.copyOf(lines);
    }

    Problem named(Problem problem) {
        String line = lines.get(problem.source());
        return line == null ? problem : new Problem(line + ": " + problem.source(), problem.message(), problem.kind());
    }

    List<Problem> named(List<Problem> problems) {
        if (lines.isEmpty() || problems.isEmpty()) {
            return problems;
        }
        List<Problem> out = new ArrayList<>(problems.size());
        problems.forEach(problem -> out.add(named(problem)));
        return out;
    }

    /** {@code sink}, given each problem named so. */
    LoadSink naming(LoadSink sink) {
        return lines.isEmpty() ? sink : new NamingSink(sink);
    }

    /** {@code lines}, given each problem named so. */
    StoredListing.Lines naming(StoredListing.Lines listing) {
        if (lines.isEmpty()) {
            return listing;
        }
        return new StoredListing.Lines() {
            @Override
            public void line(
                    int number, ArticleId id, String source, String headline, String published, int[] related) {
                listing.line(number, id, source, headline, published, related);
            }

            @Override
            public void problem(Problem problem) {
                listing.problem(named(problem));
            }
        };
    }

    /** Every call passed on as it came, the problems named ({@code ConfigPathNamesTest} holds it to every method). */
    private final class NamingSink implements LoadSink {
        private final LoadSink sink;

        NamingSink(LoadSink sink) {
            this.sink = sink;
        }

        @Override
        public void loaded(Parsed parsed) {
            List<Problem> problems = named(parsed.problems());
            sink.loaded(
                    problems == parsed.problems() ? parsed : new Parsed(parsed.articles(), problems, parsed.lasting()));
        }

        @Override
        public void listed(List<ListedArticle> articles, List<Problem> problems) {
            sink.listed(articles, named(problems));
        }

        @Override
        public void firstScreen(List<ListedArticle> articles) {
            sink.firstScreen(articles);
        }

        @Override
        public void preview(List<ListedArticle> articles, List<Problem> problems) {
            sink.preview(articles, named(problems));
        }

        @Override
        public void previewComplete() {
            sink.previewComplete();
        }

        @Override
        public void previewConfirmed() {
            sink.previewConfirmed();
        }

        @Override
        public void searchWith(BodySearch search) {
            sink.searchWith(search);
        }

        @Override
        public void detailsFrom(EntryDetails details) {
            sink.detailsFrom(details);
        }

        @Override
        public void resolvedAhead() {
            sink.resolvedAhead();
        }

        @Override
        public void resolvingChanges(EarlierResolution earlier) {
            sink.resolvingChanges(earlier);
        }

        @Override
        public void fetching(String url) {
            sink.fetching(url);
        }

        @Override
        public void fetched(String url) {
            sink.fetched(url);
        }

        @Override
        public void finished() {
            sink.finished();
        }
    }
}
