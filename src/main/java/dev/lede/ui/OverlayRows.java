package dev.lede.ui;

import dev.lede.core.article.Problem;
import dev.lede.core.text.Columns;
import dev.lede.core.text.Sanitizer;
import dev.lede.core.text.Wrap;
import dev.lede.ui.keys.Context;
import dev.lede.ui.keys.KeyTable;
import java.util.List;
import java.util.Optional;

/**
 * How many rows each overlay has, so the update can scroll it without asking the views: the views in
 * {@code dev.lede.ui.view} draw exactly these rows, and take the problems' wrapping from here.
 */
public final class OverlayRows {

    /**
     * Every overlay's title and the blank row under it. They stay put while the rows below scroll, so an
     * overlay taller than the screen still says what it is and which keys it takes; {@link Overlay#top}
     * counts the rows below them.
     */
    public static final int HEADER_ROWS = 2;
    /** " skipped  ": the problems' label column, then the message. */
    public static final int PROBLEM_LABEL_COLUMNS = 10;

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
            return HEADER_ROWS + story.entries().size();
        }
        return help(state.options(), state.width());
    }

    /**
     * How many of the {@link #HEADER_ROWS} a body of {@code page} rows shows: both, save what would leave no
     * row for the rows below (on a screen of two rows, the title and one row under it).
     */
    public static int headerShown(int page) {
        return Math.min(HEADER_ROWS, Math.max(0, page - 1));
    }

    /** The links overlay of the open article at the state's width; empty when no article is open. */
    public static Optional<LinkRows> links(UiState state) {
        return state.reader().flatMap(ReaderPage::article).map(article -> LinkRows.of(article, state.width()));
    }

    /** The help screen: its title, then for each context a blank row, the context's name and its keys. */
    static int help(UiOptions options, int width) {
        int rows = 1;
        for (Context context : Context.values()) {
            rows += 2;
            for (KeyTable.Row row : helpEntries(options, context)) {
                rows += helpRows(row, width).size();
            }
        }
        return rows;
    }

    /**
     * The help's entries for {@code context}, keys and texts as the terminal shows them ({@link ShownText}): they are
     * wrapped into their columns as drawn, so no key ("Enter ->") is cut and no text runs into the next column.
     */
    public static List<KeyTable.Row> helpEntries(UiOptions options, Context context) {
        ShownText shown = options.shown();
        return new KeyTable(options.keymap(), shown::key)
                .rows(context).stream()
                        .map(row -> new KeyTable.Row(row.keys(), shown.line(row.help())))
                        .toList();
    }

    /** The help screen's key column: a third of the width, at most 24, so the texts beside it line up. */
    public static int helpKeyColumn(int width) {
        return Math.min(24, Math.max(4, width / 3));
    }

    /**
     * One help entry's rows, each its keys' part and its text's part: both wrap within their columns
     * rather than being cut, as the words cut off ("(after a number, link [N]: 3y)") are often the point.
     */
    public static List<String[]> helpRows(KeyTable.Row row, int width) {
        int keyColumn = helpKeyColumn(width);
        List<String> keys = wrapped(String.join(" ", row.keys()), keyColumn - 1);
        List<String> text = wrapped(row.help(), Math.max(1, width - 3 - keyColumn));
        List<String[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(keys.size(), text.size()); i++) {
            rows.add(new String[] {i < keys.size() ? keys.get(i) : "", i < text.size() ? text.get(i) : ""});
        }
        return rows;
    }

    private static List<String> wrapped(String text, int columns) {
        return Wrap.breaks(text, columns).stream()
                .map(span -> text.substring(span[0], span[1]))
                .toList();
    }

    static int problems(List<Problem> problems, int width) {
        int rows = HEADER_ROWS;
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
