package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entries held as columns and pages of text, made when asked for (EntryTable). */
class EntryTableTest {

    private static final List<String> SOURCES =
            List.of("feeds/a/", "/home/x/news/", "", "https://example.org/story/", "feeds/a/deeper/");

    private static Source source(int i) {
        return new Source(SOURCES.get(i % SOURCES.size()) + "item-" + i + ".txt", i % 3);
    }

    private static String headline(int i) {
        return "Headline “" + i + "” " + "word ".repeat(i % 40);
    }

    private static List<RelatedHeadline> related(int i) {
        List<RelatedHeadline> related = new ArrayList<>();
        for (int r = 0; r < i % 4; r++) {
            related.add(new RelatedHeadline("Related " + i + "/" + r, r == 0 ? null : "https://example.org/" + r));
        }
        return related;
    }

    @Test
    void textsOfEveryKindComeBackWhateverWasPackedBefore() {
        // One buffer packs every entry: a long text, then shorter ones, in ASCII, UTF-8 and UTF-16 (a lone
        // surrogate), in the headline and in the part of a source's name after its folder.
        List<String> texts =
                List.of("A long headline ".repeat(40), "Été à Paris", "Lone \uD800 surrogate", "Short", "日本語の見出し");
        EntryTable table = new EntryTable();
        for (int i = 0; i < texts.size(); i++) {
            table.add(
                    new ArticleId("id-" + i),
                    Format.TEXT,
                    texts.get(i),
                    i % 2 == 0 ? "2026-12-0" + (i + 1) : null,
                    new Source("feeds/été/" + texts.get(texts.size() - 1 - i) + ".txt", i),
                    texts.get((i + 1) % texts.size()),
                    List.of(),
                    null);
        }
        for (int i = 0; i < texts.size(); i++) {
            LibraryEntry entry = table.view().get(i);
            assertEquals(texts.get(i), entry.headline());
            assertEquals(i % 2 == 0 ? "2026-12-0" + (i + 1) : null, entry.published());
            assertEquals(
                    "feeds/été/" + texts.get(texts.size() - 1 - i) + ".txt",
                    entry.source().name());
            assertEquals(i, entry.source().item());
            assertEquals(texts.get((i + 1) % texts.size()), entry.lede());
        }
    }

    @Test
    void everyEntryComesBackAsAddedAcrossPagesOfEveryColumn() {
        EntryTable table = new EntryTable();
        int count = 3 * 4096 + 17;
        List<RelatedHeadline> huge = new ArrayList<>();
        for (int r = 0; r < 900; r++) {
            huge.add(new RelatedHeadline(
                    "A related headline long enough to fill a page " + r, "https://example.org/" + r));
        }
        for (int i = 0; i < count; i++) {
            table.add(
                    i % 5 == 0 ? new ArticleId("feed:item/" + i) : new ArticleId(String.format("%012x", i * 7919L)),
                    Format.values()[i % Format.values().length],
                    headline(i),
                    i % 7 == 0 ? null : "2024-05-" + (10 + i % 20),
                    source(i),
                    i % 3 == 0 ? null : "Lede " + i,
                    i == 5_000 ? huge : related(i),
                    null);
        }
        List<LibraryEntry> entries = table.view();
        assertEquals(count, entries.size());
        for (int i = 0; i < count; i++) {
            LibraryEntry entry = entries.get(i);
            LibraryEntry expected = new LibraryEntry(
                    i,
                    i % 5 == 0 ? new ArticleId("feed:item/" + i) : new ArticleId(String.format("%012x", i * 7919L)),
                    source(i),
                    Format.values()[i % Format.values().length],
                    headline(i),
                    i % 3 == 0 ? null : "Lede " + i,
                    i % 7 == 0 ? null : "2024-05-" + (10 + i % 20),
                    i == 5_000 ? huge : related(i),
                    null);
            assertEquals(expected.toString(), entry.toString());
            assertEquals(source(i), entry.source());
            assertEquals(expected.format(), entry.format());
            assertEquals(entry, entries.get(i), "made twice, the same entry");
        }
        assertNotEquals(entries.get(1), entries.get(2));
    }

    @Test
    void aViewKeepsItsSizeWhileTheTableGrows() {
        EntryTable table = new EntryTable();
        table.add(new ArticleId("0000000000a1"), Format.TEXT, "One", null, source(1), null, List.of(), null);
        List<LibraryEntry> early = table.view();
        for (int i = 0; i < 5_000; i++) {
            table.add(
                    new ArticleId(String.format("%012x", i + 100)),
                    Format.TEXT,
                    "More",
                    null,
                    source(i),
                    null,
                    List.of(),
                    null);
        }
        assertEquals(1, early.size());
        assertEquals("One", early.get(0).headline());
        assertEquals(5_001, table.view().size());
    }

    @Test
    void anEntryKeptApartReadsItsHeadlineByItsRowHoweverLarge() {
        EntryTable table = new EntryTable();
        long large = Integer.MAX_VALUE + 10L;
        table.keepApartIn(new EntryDetails() {
            @Override
            public Details of(long row) {
                return new Details("Lede at " + row, List.of(), List.of());
            }

            @Override
            public String headline(long row) {
                return "Headline at " + row;
            }
        });
        table.addApart(new ArticleId("0000000000b2"), Format.HTML, "2024-01-02", source(4), 12);
        table.addApart(new ArticleId("0000000000b3"), Format.HTML, null, source(2), large);
        EntryTable.Entries entries = table.view();
        assertEquals("Headline at 12", entries.get(0).headline());
        assertEquals("Lede at 12", entries.get(0).lede());
        assertEquals("2024-01-02", entries.get(0).published());
        assertEquals(source(4), entries.get(0).source());
        assertEquals(large, entries.row(1));
        assertEquals("Headline at " + large, entries.get(1).headline());
    }
}
