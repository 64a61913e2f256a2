package dev.lede.ui.view;

import static dev.lede.ui.view.Golden.assertScreen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Source;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.ui.ListColumns;
import dev.lede.ui.UiOptions;
import dev.lede.ui.UiState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list's source and date columns ({@code set columns}): shown for a library of many folders, fitted to the width. */
class ListColumnsViewTest {

    private static final String TEST = "ListColumnsViewTest";

    private static Article article(String folder, String headline, String published) {
        String file = "library/" + folder + "/" + published.replace("-", "") + "-" + headline.length() + ".txt";
        return new Article(
                ArticleId.forContent(headline),
                Source.of(file),
                Format.TEXT,
                headline,
                null,
                published,
                null,
                null,
                List.of(new Block.Paragraph("About " + headline.toLowerCase() + ".")),
                List.of(),
                List.of(),
                List.of());
    }

    private static Library library(boolean manyFolders) {
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(article(
                "maresby-courier", "Harbour town of Maresby votes to keep its last ferry running", "2026-12-01"));
        builder.add(article(
                "maresby-courier",
                "Ferry crew trains two new pilots for the winter crossings",
                "2026-12-02T18:30:00Z"));
        builder.add(
                article(manyFolders ? "tides" : "maresby-courier", "Spring tides expected on Thursday", "2026-11-28"));
        builder.add(article(manyFolders ? "island-weather-service" : "maresby-courier", "Gales ahead", "2026-12-03"));
        return builder.finish();
    }

    private static UiState start(Library library, int width, ListColumns columns) {
        return UiState.initial(
                library, "library", width, 10, UiOptions.defaults().withColumns(columns));
    }

    @Test
    void aLibraryOfManyFoldersShowsSourceAndDate() {
        assertScreen(TEST, "many-folders-80x10", Views.frame(start(library(true), 80, ListColumns.AUTO)));
        assertScreen(
                TEST, "many-folders-side-by-side-120x10", Views.frame(start(library(true), 120, ListColumns.AUTO)));
    }

    @Test
    void narrowListsDropTheDateFirstThenTheSource() {
        String medium = Views.frame(start(library(true), 44, ListColumns.AUTO)).toPlainText();
        assertTrue(!medium.contains("1 Dec 2026") && medium.contains("maresby"), medium);
        String narrow = Views.frame(start(library(true), 40, ListColumns.AUTO)).toPlainText();
        assertFalse(narrow.contains("Dec 2026") || narrow.contains("maresby"), narrow);
        assertScreen(TEST, "many-folders-44x10", Views.frame(start(library(true), 44, ListColumns.AUTO)));
    }

    @Test
    void oneFolderShowsNoColumnsUnlessAsked() {
        String auto = Views.frame(start(library(false), 80, ListColumns.AUTO)).toPlainText();
        assertFalse(auto.contains("Dec 2026"), auto);
        assertScreen(
                TEST,
                "one-folder-source-date-80x10",
                Views.frame(
                        start(library(false), 80, ListColumns.of("source,date").orElseThrow())));
    }

    @Test
    void noneShowsNoColumns() {
        String none = Views.frame(start(library(true), 120, ListColumns.NONE)).toPlainText();
        assertFalse(none.contains("Dec 2026") || none.contains("island-weat"), none);
        assertEquals(ListColumns.NONE, ListColumns.NONE.fitted(200, true));
    }
}
