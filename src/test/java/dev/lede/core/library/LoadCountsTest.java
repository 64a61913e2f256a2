package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the library says about each input: skipped, read with warnings, merged — counted apart. */
class LoadCountsTest {

    private static Article article(String content, Source source, Problem... problems) {
        return new Article(
                ArticleId.forContent(content),
                source,
                Format.TEXT,
                content,
                null,
                null,
                null,
                null,
                List.of(new Block.Paragraph(content)),
                List.of(),
                List.of(),
                List.of(problems));
    }

    @Test
    void skippedWarnedAndMergedInputsAreCountedApartAndEachProblemGetsTheKindOfWhatHappened() {
        LibraryBuilder builder = new LibraryBuilder();
        builder.accept(new Parsed(List.of(article("Ferry story", Source.of("a.txt"))), List.of()));
        List<Problem> skipped = builder.accept(Parsed.skipped(new Problem("b.bin", "binary file; skipped")));
        Problem fallback = new Problem("c.txt", "not valid UTF-8; read as windows-1252");
        List<Problem> warned = builder.accept(new Parsed(
                List.of(article("Harbour story", Source.of("c.txt"), fallback)),
                List.of(fallback))); // listed twice by the parser: said once
        List<Problem> merged =
                builder.accept(new Parsed(List.of(article("Ferry story", Source.of("copy/a.txt"))), List.of()));

        Library library = builder.finish();
        assertEquals(new LoadCounts(1, 1, 1), library.counts());
        assertEquals(2, library.size(), "the copy is merged into the first, not added");
        assertEquals(List.of(new Problem("b.bin", "binary file; skipped", Problem.Kind.SKIPPED)), skipped);
        assertEquals(List.of(fallback.as(Problem.Kind.WARNING)), warned);
        assertEquals(List.of(new Problem("copy/a.txt", "same article as a.txt; merged", Problem.Kind.MERGED)), merged);
        assertEquals(3, library.problems().size());
    }

    @Test
    void aFeedWithSeveralArticlesSeenBeforeGetsOneLine() {
        LibraryBuilder builder = new LibraryBuilder();
        builder.accept(new Parsed(
                List.of(
                        article("One", Source.of("a.xml").forItem(1)),
                        article("Two", Source.of("a.xml").forItem(2))),
                List.of()));
        Source b = Source.of("b.xml");
        List<Problem> merged = builder.accept(new Parsed(
                List.of(article("One", b.forItem(1)), article("New", b.forItem(2)), article("Two", b.forItem(3))),
                List.of()));
        assertEquals(1, merged.size(), merged.toString());
        assertEquals(
                "b.xml: 2 articles already read from other inputs (the first, b.xml#1, is a.xml#1); merged",
                merged.get(0).describe());
        assertEquals(new LoadCounts(0, 0, 1), builder.finish().counts());
        assertEquals(3, builder.finish().size());
    }

    @Test
    void aLoaderFailureCountsAsASkippedInput() {
        Library library = new LibraryBuilder()
                .addProblem(new Problem("loader", "out of threads"))
                .finish();
        assertEquals(new LoadCounts(1, 0, 0), library.counts());
        assertEquals(Problem.Kind.SKIPPED, library.problems().get(0).kind());
    }

    @Test
    void fetchesInProgressAreNamedUntilTheyEndAndNeverOnceLoadingIsOver() {
        LibraryBuilder builder =
                new LibraryBuilder().fetchStarted("http://a.example/feed").fetchStarted("http://b.example/");
        assertEquals(
                List.of("http://a.example/feed", "http://b.example/"),
                builder.snapshot().fetching());
        builder.fetchEnded("http://a.example/feed");
        assertEquals(List.of("http://b.example/"), builder.snapshot().fetching());
        assertEquals(List.of(), builder.finish().fetching());
    }
}
