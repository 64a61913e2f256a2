package dev.lede.bench;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.LinkGraph;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.library.StorySummary;
import dev.lede.core.library.StoryTally;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stories of a large library whose related headlines come resolved (as from a warm library index):
 * {@link LinkGraph#of} over 100,000 articles with 4 to 8 related headlines each, about 600,000 links, of
 * which a third lead to no article. The goal is at most one second (README, "Figures").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx3g"})
public class StoriesBenchmark {

    @Param({"100000"})
    public int articles;

    private Library library;
    /** Each article's targets as numbers, as the stored listing hands them over. */
    private int[][] numbers;

    @Setup
    public void setUp() {
        List<ArticleId> ids = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            ids.add(new ArticleId(String.format("%012x", 0x1ede00000000L + i)));
        }
        LibraryBuilder builder = LibraryBuilder.withoutSearch().resolvedAhead();
        for (int i = 0; i < articles; i++) {
            SplittableRandom r = new SplittableRandom(0x570e_0000L + i);
            int count = 4 + r.nextInt(5);
            List<RelatedHeadline> related = new ArrayList<>(count);
            List<ArticleId> targets = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                related.add(new RelatedHeadline(SyntheticNews.lede(r.nextInt(articles)), null));
                targets.add(r.nextInt(3) == 0 ? null : ids.get(r.nextInt(articles)));
            }
            String day = String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 28);
            builder.accept(
                    List.of(new ListedArticle(
                            ids.get(i),
                            Source.of(String.format("bench/%07d.txt", i)),
                            Format.TEXT,
                            SyntheticNews.lede(i),
                            null,
                            day,
                            null,
                            related,
                            List.of(),
                            targets,
                            ListedArticle.WITH_ARTICLE)),
                    List.of());
        }
        library = builder.finish();
        numbers = new int[articles][];
        for (LibraryEntry entry : library.entries()) {
            numbers[entry.position()] = entry.related().stream()
                    .mapToInt(related -> library.resolve(entry, related)
                            .map(target -> target.position() + 1)
                            .orElse(0))
                    .filter(number -> number > 0)
                    .toArray();
        }
    }

    /** Every article's backlinks and story, built from the resolved targets. */
    @Benchmark
    public LinkGraph buildStories() {
        return LinkGraph.of(library);
    }

    /**
     * The stories as {@code lede stories} tells them from the index's stored listing: each article's
     * number, date, headline and targets' numbers into a {@link StoryTally}, then its stories.
     */
    @Benchmark
    public List<StorySummary> tallyStories() {
        StoryTally tally = new StoryTally();
        for (int p = 0; p < numbers.length; p++) {
            LibraryEntry entry = library.entry(p);
            tally.add(p + 1, entry.id(), entry.published(), entry.headline(), numbers[p]);
        }
        return tally.stories();
    }
}
