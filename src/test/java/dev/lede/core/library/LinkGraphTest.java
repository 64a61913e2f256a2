package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkGraphTest {

    private static final String VOTE = "Maresby council votes to keep the harbour ferry";
    private static final String PILOTS = "Maresby ferry crew trains two new pilots";
    private static final String TIMETABLE = "Winter timetable for the Maresby ferry published";
    private static final String BAKERY = "Island bakery wins regional prize for rye loaf";

    private static Article article(String headline, String published, String url, RelatedHeadline... related) {
        return new Article(
                ArticleId.forContent(headline),
                Source.of(headline.toLowerCase().replace(' ', '-') + ".txt"),
                Format.TEXT,
                headline,
                null,
                published,
                url,
                null,
                List.of(new Block.Paragraph(headline + "."), new Block.Paragraph("More about it follows.")),
                List.of(related),
                List.of(),
                List.of());
    }

    private static RelatedHeadline text(String headline) {
        return new RelatedHeadline(headline, null);
    }

    private static List<String> headlines(List<LibraryEntry> entries) {
        return entries.stream().map(LibraryEntry::headline).toList();
    }

    /** Pilots (loaded first, dated last) links to the vote; the timetable links to the pilots; the bakery stands alone. */
    private static List<Article> ferryStory() {
        return List.of(
                article(PILOTS, "2025-03-12", null, text(VOTE)),
                article(BAKERY, "2025-03-01", null, text("Some story that is not in the library at all")),
                article(VOTE, "2025-03-10", null),
                article(TIMETABLE, null, null, text(PILOTS)));
    }

    private static Library library(List<Article> articles) {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add);
        return builder.finish();
    }

    @Test
    void linkedFromListsTheArticlesWhoseRelatedHeadlinesLeadHere() {
        Library library = library(ferryStory());
        LinkGraph links = LinkGraph.of(library);
        assertEquals(List.of(PILOTS), headlines(links.linkedFrom(library.entry(2))));
        assertEquals(List.of(TIMETABLE), headlines(links.linkedFrom(library.entry(0))));
        assertEquals(List.of(), headlines(links.linkedFrom(library.entry(3))), "nothing links to the timetable");
        assertEquals(List.of(), headlines(links.linkedFrom(library.entry(1))));
    }

    @Test
    void aStoryIsEveryArticleConnectedEitherWayOldestFirstUndatedLast() {
        Library library = library(ferryStory());
        LinkGraph links = LinkGraph.of(library);
        List<String> story = List.of(VOTE, PILOTS, TIMETABLE);
        for (int position : new int[] {0, 2, 3}) {
            assertEquals(story, headlines(links.story(library.entry(position))), "from " + position);
            assertEquals(VOTE, links.storyStart(library.entry(position)).headline(), "the earliest names the story");
            assertEquals(3, links.storySize(library.entry(position)));
        }
        assertEquals(List.of(BAKERY), headlines(links.story(library.entry(1))));
        assertEquals(BAKERY, links.storyStart(library.entry(1)).headline(), "alone, an article is its own story");
        assertEquals(
                List.of(story),
                links.stories().stream().map(LinkGraphTest::headlines).toList(),
                "stories lists those of two or more");
    }

    @Test
    void anArticleAddedLaterJoinsItsStoryInTheNextSnapshot() {
        LibraryBuilder builder = new LibraryBuilder();
        List<Article> articles = ferryStory();
        articles.subList(0, 3).forEach(builder::add);
        Library before = builder.snapshot();
        builder.add(articles.get(3));
        Library after = builder.snapshot();
        assertEquals(2, LinkGraph.of(before).storySize(before.entry(2)));
        assertEquals(3, LinkGraph.of(after).storySize(after.entry(2)), "the timetable joined");
        assertEquals(
                2, LinkGraph.of(before).storySize(before.entry(2)), "the earlier snapshot's links stay as they were");
    }

    @Test
    void aLinkByAddressWinsOverTheTextAndSelfLinksAreLeftOut() {
        List<Article> articles = new ArrayList<>();
        articles.add(article(VOTE, "2025-03-10", "https://www.Maresby.example/news/vote/?utm_source=feed"));
        articles.add(article(BAKERY, "2025-03-11", "https://maresby.example/bakery"));
        // The text names the bakery, the address the vote: the address decides.
        articles.add(article(
                PILOTS,
                "2025-03-12",
                "https://maresby.example/pilots",
                new RelatedHeadline(BAKERY, "http://maresby.example/news/vote#comments"),
                new RelatedHeadline("Pilots story linking itself", "https://maresby.example/pilots/")));
        Library library = library(articles);
        LinkGraph links = LinkGraph.of(library);
        assertEquals(List.of(PILOTS), headlines(links.linkedFrom(library.entry(0))));
        assertEquals(List.of(), headlines(links.linkedFrom(library.entry(1))));
        assertEquals(
                List.of(), headlines(links.linkedFrom(library.entry(2))), "a page naming its own address is no link");
    }

    @Test
    void aLibraryResolvedAheadIsLinkedFromItsStoredTargets() {
        Library fresh = library(ferryStory());
        LibraryBuilder builder = LibraryBuilder.withoutSearch().resolvedAhead();
        for (LibraryEntry entry : fresh.entries()) {
            List<ArticleId> targets = entry.related().stream()
                    .map(r -> fresh.resolve(entry, r).map(LibraryEntry::id).orElse(null))
                    .toList();
            builder.accept(
                    List.of(new ListedArticle(
                            entry.id(),
                            entry.source(),
                            entry.format(),
                            entry.headline(),
                            entry.lede(),
                            entry.published(),
                            null,
                            entry.related(),
                            List.of(),
                            targets,
                            ListedArticle.WITH_ARTICLE)),
                    List.of());
        }
        Library ahead = builder.finish();
        LinkGraph links = LinkGraph.of(ahead);
        assertEquals(List.of(VOTE, PILOTS, TIMETABLE), headlines(links.story(ahead.entry(0))));
        assertEquals(List.of(PILOTS), headlines(links.linkedFrom(ahead.entry(2))));
    }

    @Test
    void aLibraryKeptApartIsLinkedFromTheStoredRowsAsTheyStream() {
        Library fresh = library(ferryStory());
        java.util.Map<Long, List<ArticleId>> rows = new java.util.LinkedHashMap<>();
        for (LibraryEntry entry : fresh.entries()) {
            rows.put(
                    100L - entry.position(),
                    entry.related().stream()
                            .map(r -> fresh.resolve(entry, r)
                                    .map(LibraryEntry::id)
                                    .orElse(null))
                            .toList());
        }
        EntryDetails streamed = new EntryDetails() {
            @Override
            public Details of(long row) {
                throw new AssertionError("read row by row: " + row);
            }

            @Override
            public String headline(long row) {
                return fresh.entry((int) (100L - row)).headline();
            }

            @Override
            public boolean eachTargets(java.util.function.BiConsumer<Long, List<ArticleId>> visitor) {
                List<Long> backwards =
                        new ArrayList<>(rows.keySet()); // in no particular order, as a store may give them
                java.util.Collections.reverse(backwards);
                backwards.forEach(row -> visitor.accept(row, rows.get(row)));
                return true;
            }
        };
        LibraryBuilder builder = LibraryBuilder.withoutSearch().resolvedAhead().detailsFrom(streamed);
        for (LibraryEntry entry : fresh.entries()) {
            builder.accept(
                    List.of(ListedArticle.keptApart(
                            entry.id(),
                            entry.source(),
                            entry.format(),
                            entry.headline(),
                            entry.published(),
                            List.of(),
                            100L - entry.position())),
                    List.of());
        }
        Library ahead = builder.finish();
        LinkGraph links = LinkGraph.of(ahead);
        LinkGraph expected = LinkGraph.of(fresh);
        for (LibraryEntry entry : ahead.entries()) {
            LibraryEntry same = fresh.entry(entry.position());
            assertEquals(headlines(expected.linkedFrom(same)), headlines(links.linkedFrom(entry)));
            assertEquals(headlines(expected.story(same)), headlines(links.story(entry)));
        }
        assertEquals(List.of(PILOTS), headlines(links.linkedFrom(ahead.entry(2))));
    }
}
