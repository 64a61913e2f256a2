package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryEntryTest {

    private static LibraryEntry entry(String lede, List<RelatedHeadline> related) {
        return new LibraryEntry(
                3,
                ArticleId.forContent("x"),
                Source.of("a.txt"),
                Format.TEXT,
                "Headline",
                lede,
                "2024-05-01",
                related,
                null);
    }

    @Test
    void ledeAndRelatedHeadlinesComeBackExactlyAsGiven() {
        List<RelatedHeadline> related = List.of(
                new RelatedHeadline("Umar O’Connor weighs in on “the ferry” – again", null),
                new RelatedHeadline("Emoji 👍🏽 and Zürich", "https://example.org/a"),
                new RelatedHeadline("", ""),
                new RelatedHeadline("lone \uD800 surrogate", "x\uDC00"));
        LibraryEntry entry = entry("Jovanović’s lede — with “quotes”.", related);
        assertEquals("Jovanović’s lede — with “quotes”.", entry.lede());
        assertEquals(related, entry.related());
        assertEquals(3, entry.position());
        assertEquals("Headline", entry.headline());
        assertEquals("2024-05-01", entry.published());
    }

    @Test
    void storedTargetsAreFoundByTheRelatedHeadlinesText() {
        ArticleId ferry = ArticleId.forContent("ferry");
        List<RelatedHeadline> related = List.of(
                new RelatedHeadline("Ferry “timetable” changes", "https://example.org/f"),
                new RelatedHeadline("Nobody wrote this", null));
        java.util.List<ArticleId> targets = new ArrayList<>(List.of(ferry));
        targets.add(null);
        LibraryEntry entry = new LibraryEntry(
                0,
                ArticleId.forContent("y"),
                Source.of("a.txt"),
                Format.TEXT,
                "Headline",
                "Lede.",
                null,
                related,
                targets);
        assertEquals(
                java.util.Optional.of(ferry),
                entry.storedTarget(new RelatedHeadline("Ferry “timetable” changes", null)));
        assertEquals(java.util.Optional.empty(), entry.storedTarget(related.get(1)), "resolved to nothing");
        assertEquals(java.util.Optional.empty(), entry.storedTarget(new RelatedHeadline("Not one of them", null)));
        assertEquals(
                java.util.Optional.empty(), entry(null, related).storedTarget(related.get(0)), "no targets stored");
        assertEquals(related, entry.related());
        assertEquals("Lede.", entry.lede());
    }

    @Test
    void headlineDateAndSourceComeBackExactlyAsGiven() {
        String headline = "Ærø’s “ferry” 👍🏽 and a lone \uD800 surrogate";
        LibraryEntry entry = new LibraryEntry(
                7,
                new ArticleId("feed:item/9"),
                new Source("feeds/ærø.xml", 12),
                Format.RSS,
                headline,
                null,
                null,
                List.of(),
                null);
        assertEquals(headline, entry.headline());
        assertNull(entry.published());
        assertEquals(new Source("feeds/ærø.xml", 12), entry.source());
        assertEquals(new ArticleId("feed:item/9"), entry.id());
        assertEquals(Format.RSS, entry.format());
    }

    @Test
    void datesCompareInTextOrderWithTheUndatedLast() {
        LibraryEntry may = entry("x", List.of());
        LibraryEntry june = new LibraryEntry(
                4,
                ArticleId.forContent("z"),
                Source.of("b.txt"),
                Format.TEXT,
                "H",
                null,
                "2024-06-01",
                List.of(),
                null);
        LibraryEntry undated = new LibraryEntry(
                5, ArticleId.forContent("w"), Source.of("c.txt"), Format.TEXT, "H", null, null, List.of(), null);
        assertTrue(may.comparePublished(june) < 0);
        assertTrue(june.comparePublished(may) > 0);
        assertEquals(0, may.comparePublished(entry("y", List.of())));
        assertTrue(june.comparePublished(undated) < 0);
        assertTrue(undated.comparePublished(may) > 0);
        assertEquals(0, undated.comparePublished(undated));
    }

    @Test
    void aNullLedeAndNoRelatedHeadlinesAreKept() {
        LibraryEntry entry = entry(null, List.of());
        assertNull(entry.lede());
        assertEquals(List.of(), entry.related());
    }

    @Test
    void entriesAreValuesAndTheirRelatedListCannotBeChanged() {
        List<RelatedHeadline> related = new ArrayList<>(List.of(new RelatedHeadline("One", null)));
        LibraryEntry entry = entry("Lede.", related);
        related.add(new RelatedHeadline("Two", null));
        assertEquals(1, entry.related().size(), "the entry took a copy");
        assertEquals(entry, entry("Lede.", List.of(new RelatedHeadline("One", null))));
        assertEquals(
                entry.hashCode(),
                entry("Lede.", List.of(new RelatedHeadline("One", null))).hashCode());
        assertNotEquals(entry, entry("Other lede.", List.of(new RelatedHeadline("One", null))));
        assertThrows(
                UnsupportedOperationException.class, () -> entry.related().add(new RelatedHeadline("Three", null)));
    }
}
