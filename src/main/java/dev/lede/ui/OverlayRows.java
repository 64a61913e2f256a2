package dev.lede.ui;

import dev.lede.core.article.Problem;
import dev.lede.core.text.Columns;
import dev.lede.core.text.Sanitizer;
import dev.lede.core.text.Wrap;
import dev.lede.ui.keys.Context;
import dev.lede.ui.keys.KeyTable;
import dev.lede.ui.keys.Keymap;
import java.util.List;
import java.util.Optional;

/**
 * How many rows each overlay has, so the update can scroll it without asking the views: the views in
 * {@code dev.lede.ui.view} draw exactly these rows, and take the problems' wrapping from here.
 */
public final class OverlayRows {

    /** The problems' title and a blank row above them. */
    public static final int PROBLEMS_HEADER_ROWS = 2;
    /** " skipped  ": the problems' label column, then the message. */
    public static final int PROBLEM_LABEL_COLUMNS = 10;
    /** The story's title and a blank row above its articles; they stay put while the articles scroll. */
    public static final int STORY_HEADER_ROWS = 2;

    private OverlayRows() {}

    /** Rows the overlay has in all, at the state's width. */
    public static int count(UiState state, Overlay overlay) {
        if (overlay instanceof Overlay.Problems) {
            return problems(state.library().problems(), state.width());
        }
        if (overlay instanceof Overlay.Links) {
            return links(state).map(LinkRows::count).orElse(0);
        }
        if (overlay instanceof Overlay.Story story) {
            return STORY_HEADER_ROWS + story.entries().size();
        }
        return help(state.options().keymap());
    }

    /**
     * Rows at the top of {@code overlay} that stay put while the rows below scroll under them: the story's
     * title and blank row, so a story of 500 articles still says what it is and which keys it takes. For
     * such an overlay {@link Overlay#top} counts the rows below them.
     */
    public static int header(Overlay overlay) {
        return overlay instanceof Overlay.Story ? STORY_HEADER_ROWS : 0;
    }

    /**
     * How many of the {@link #header} rows a body of {@code page} rows shows: all of them, save what would
     * leave no row for the rows below (on a screen of two rows, the title and one article).
     */
    public static int headerShown(Overlay overlay, int page) {
        return Math.min(header(overlay), Math.max(0, page - 1));
    }

    /** The links overlay of the open article at the state's width; empty when no article is open. */
    public static Optional<LinkRows> links(UiState state) {
        return state.reader().flatMap(ReaderPage::article).map(article -> LinkRows.of(article, state.width()));
    }

    /** The help screen: its title, then for each context a blank row, the context's name and its keys. */
    static int help(Keymap keymap) {
        KeyTable table = new KeyTable(keymap);
        int rows = 1;
        for (Context context : Context.values()) {
            rows += 2 + table.rows(context).size();
        }
        return rows;
    }

    static int problems(List<Problem> problems, int width) {
        int rows = PROBLEMS_HEADER_ROWS;
        for (Problem problem : problems) {
            rows += problemRows(problem, width);
        }
        return rows;
    }

    /** The rows one problem takes: its text wrapped beside the label column (a text that fits is only measured). */
    public static int problemRows(Problem problem, int width) {
        String text = problemText(problem);
        int columns = problemTextColumns(width);
        return Columns.width(text) <= columns
                ? 1
                : Math.max(1, Wrap.breaks(text, columns).size());
    }

    public static int problemTextColumns(int width) {
        return Math.max(1, width - PROBLEM_LABEL_COLUMNS - 1);
    }

    public static String problemText(Problem problem) {
        return Sanitizer.sanitizeLine(problem.describe());
    }
}
