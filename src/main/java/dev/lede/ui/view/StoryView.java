package dev.lede.ui.view;

import dev.lede.core.library.LibraryEntry;
import dev.lede.core.text.Columns;
import dev.lede.core.text.Sanitizer;
import dev.lede.ui.ListColumns;
import dev.lede.ui.Overlay;
import dev.lede.ui.ShownFolder;
import dev.lede.ui.ShownText;
import dev.lede.ui.SourceFolder;
import dev.lede.ui.UiOptions;
import dev.lede.ui.keys.Action;
import java.util.ArrayList;
import java.util.List;

/**
 * The story overlay ({@code s}): the articles connected to the open one by related links, oldest first,
 * one row each — date, source and headline — with the open article marked and one row selected.
 */
final class StoryView {

    /** The widest the source column grows; longer names are cut. */
    private static final int SOURCE_COLUMNS = 20;

    private static final String NO_DATE = "—";
    private static final int DATE_COLUMNS = 10;
    /** The open article's mark, {@code " * "}, or its blank. */
    private static final int MARK_COLUMNS = 3;
    /** Between two columns. */
    private static final int GAP = 2;

    private StoryView() {}

    /**
     * The title, a blank row, then one row per article ({@link dev.lede.ui.OverlayRows} counts them; the title
     * and the blank row stay put while the articles scroll, {@link OverlayView}).
     */
    static List<FrameLine> lines(Overlay.Story story, UiOptions options, ShownFolder folder, int width) {
        List<FrameLine> lines = new ArrayList<>();
        String cut = options.glyphs().cut();
        ShownText shown = options.shown(); // laid out as drawn: "…" in a name may be "..."
        lines.add(new Row(width, cut).cut(title(story, options), Style.BOLD).line(Style.NORMAL));
        lines.add(new Row(width).line(Style.NORMAL));
        int sourceColumns = 0;
        for (LibraryEntry entry : story.entries()) {
            sourceColumns =
                    Math.max(sourceColumns, Math.min(SOURCE_COLUMNS, Columns.width(shown.line(source(entry, folder)))));
        }
        // On a narrow screen the headline keeps its room: the source goes first, then the date (the order is the
        // timeline's), as the list drops its columns. At 20 columns every row had been a date and a folder alone.
        int headline = width - MARK_COLUMNS - (DATE_COLUMNS + GAP);
        boolean showSource = headline - (sourceColumns + GAP) >= ListColumns.MIN_HEADLINE;
        boolean showDate = headline >= DATE_COLUMNS;
        for (int i = 0; i < story.entries().size(); i++) {
            LibraryEntry entry = story.entries().get(i);
            boolean selected = i == story.selected();
            boolean current = entry.id().equals(story.current());
            Style fill = selected ? Style.SELECTED : Style.NORMAL;
            Style text = selected ? Style.SELECTED : current ? Style.BOLD : Style.NORMAL;
            Style quiet = selected ? Style.SELECTED : Style.DIM;
            Row row = new Row(width, cut).text(current ? " * " : "   ", text);
            if (showDate) {
                row.cut(pad(shown.line(day(entry.published())), DATE_COLUMNS), quiet, Math.max(0, width - row.used()));
                row.text("  ", fill);
            }
            if (showSource) {
                row.cut(
                        pad(shown.line(source(entry, folder)), sourceColumns),
                        quiet,
                        Math.min(sourceColumns, Math.max(0, width - row.used())));
                row.text("  ", fill);
            }
            row.cut(shown.line(Sanitizer.sanitizeLine(entry.headline())), text, Math.max(0, width - row.used()));
            lines.add(row.line(fill));
        }
        return lines;
    }

    /**
     * The list's source column: the folder the article's file is in (in the fetched library, the
     * subscription's name). The whole path, cut to the column, showed only the start every row shares.
     */
    private static String source(LibraryEntry entry, ShownFolder folder) {
        return Sanitizer.sanitizeLine(SourceFolder.of(entry, folder));
    }

    /** The calendar day the source gave (as {@code lede stories} prints it), or a dash. */
    private static String day(String published) {
        return published == null || published.isBlank()
                ? NO_DATE
                : Sanitizer.sanitizeLine(
                        published.length() > DATE_COLUMNS ? published.substring(0, DATE_COLUMNS) : published);
    }

    private static String pad(String text, int columns) {
        int width = Columns.width(text);
        return width >= columns ? text : text + " ".repeat(columns - width);
    }

    private static String title(Overlay.Story story, UiOptions options) {
        return new OverlayTitle(options)
                .key(Action.NEXT_IN_STORY, Action.PREVIOUS_IN_STORY, "selects")
                .key(Action.OPEN_FROM_STORY, "opens")
                .key(Action.CANCEL, "closes")
                .after(" Story: " + story.entries().size() + " articles, oldest first");
    }
}
