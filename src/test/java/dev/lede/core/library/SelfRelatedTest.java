package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A related headline that names the article holding it leads nowhere, by its text as by its address: the
 * jump would reopen the same article, and the links (Linked from, stories) already leave it out.
 */
class SelfRelatedTest {

    private static final String BYPASS = "Quarry council approves Brindlecombe bypass after nine-year fight";
    private static final String APPEAL = "Brindlecombe residents lose appeal over Ormsby reservoir plan";

    private static Article article(String headline, String lede, List<RelatedHeadline> related) {
        return new Article(
                ArticleId.forContent(headline + lede),
                Source.of(headline + ".txt"),
                Format.TEXT,
                headline,
                null,
                null,
                null,
                null,
                List.of(new Block.Paragraph(lede)),
                related,
                List.of(),
                List.of());
    }

    @Test
    void aRelatedHeadlineNamingItsOwnArticleIsNotInTheLibrary() {
        Library library = new LibraryBuilder()
                .add(article(
                        BYPASS,
                        "The Brindlecombe bypass was approved by the quarry council after a nine-year campaign.",
                        List.of(new RelatedHeadline(APPEAL, null), new RelatedHeadline(BYPASS, null))))
                .add(article(
                        APPEAL,
                        "Residents of Brindlecombe lost their appeal against the Ormsby reservoir plan.",
                        List.of()))
                .finish();
        LibraryEntry bypass = library.entry(0);
        assertEquals(
                Optional.of(APPEAL),
                library.resolve(bypass, bypass.related().get(0)).map(LibraryEntry::headline));
        assertEquals(
                Optional.empty(),
                library.resolve(bypass, bypass.related().get(1)).map(LibraryEntry::headline));
    }
}
