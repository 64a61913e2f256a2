package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A title in quotes must agree: another title is another story, wherever it stands in the line. */
class QuotedTitleTest {

    @Test
    void titlesInQuotesAreTheirTermsAndQuotationsAreNone() {
        assertEquals(List.of("copper", "field"), HeadlineNames.quotedTitles("Rao shortlisted with ‘The Copper Field’"));
        assertEquals(List.of("kestrel"), HeadlineNames.quotedTitles("'Kestrel' tops the chart"));
        assertEquals(List.of("keeper", "ash"), HeadlineNames.quotedTitles("\"Keepers of Ash\" leads box office"));
        assertEquals(List.of(), HeadlineNames.quotedTitles("“We grew apart”: actress on her divorce"));
        assertEquals(List.of(), HeadlineNames.quotedTitles("Rao's novel can't lose"), "apostrophes open no quote");
    }

    @Test
    void aHeadlineNamingAnotherTitleInQuotesDoesNotJump() {
        String lede = "The fantasy film Keepers of Ash took £14m at the box office in its first weekend.";
        Library library = new LibraryBuilder()
                .add(new Article(
                        ArticleId.forContent(lede),
                        Source.of("ash.txt"),
                        Format.TEXT,
                        "'Keepers of Ash' tops box office",
                        null,
                        null,
                        null,
                        null,
                        List.of(new Block.Paragraph(lede)),
                        List.of(),
                        List.of(),
                        List.of()))
                .add(new Article(
                        ArticleId.forContent("other"),
                        Source.of("other.txt"),
                        Format.TEXT,
                        "Harbour ferry keeps running",
                        null,
                        null,
                        null,
                        null,
                        List.of(new Block.Paragraph("The ferry runs on.")),
                        List.of(),
                        List.of(),
                        List.of()))
                .finish();
        assertEquals(
                Optional.of(0),
                library.match("'Keepers of Ash' tops the box office in its first weekend")
                        .map(LibraryEntry::position));
        assertEquals(Optional.empty(), library.match("'Keepers of Flame' tops the box office in its first weekend"));
    }

    @Test
    void aTitleOpeningTheLineMustAgreeToo() {
        String lede =
                "Pellworth Games is cutting 80 jobs at its studio after delaying its space game Tidefall until next year.";
        LibraryBuilder builder = new LibraryBuilder()
                .add(new Article(
                        ArticleId.forContent(lede),
                        Source.of("tidefall.txt"),
                        Format.TEXT,
                        "Tidefall delay costs 80 jobs at Pellworth Games studio",
                        null,
                        null,
                        null,
                        null,
                        List.of(new Block.Paragraph(lede)),
                        List.of(),
                        List.of(),
                        List.of()));
        // Other stories, so that words weigh as in a library of some size.
        for (int i = 0; i < 30; i++) {
            String other = "Story number " + (100 + i) + " tells of something else entirely.";
            builder.add(new Article(
                    ArticleId.forContent(other),
                    Source.of(i + ".txt"),
                    Format.TEXT,
                    other,
                    null,
                    null,
                    null,
                    null,
                    List.of(new Block.Paragraph(other)),
                    List.of(),
                    List.of(),
                    List.of()));
        }
        Library library = builder.finish();
        assertEquals(
                Optional.of(0),
                library.match("‘Tidefall’ delay costs 80 jobs at Pellworth Games studio")
                        .map(LibraryEntry::position));
        assertEquals(
                Optional.empty(),
                library.match("‘Skyward’ delay costs 80 jobs at Pellworth Games studio"),
                "where a capital says nothing, the quotes still say it is a title");
    }
}
