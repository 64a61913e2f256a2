package dev.lede.ui;

/**
 * Where things go on a screen of a given size: one title row, the panes, one status row. The list and
 * the reader sit side by side when the screen is wide enough and the reader is not full screen.
 *
 * @param split       list and reader side by side
 * @param bodyTop     first row of the panes
 * @param bodyHeight  rows of the panes (0 on a screen of fewer than 3 rows)
 * @param listWidth   columns of the list pane (the whole width when not split)
 * @param readerLeft  first column of the reader pane
 * @param readerWidth columns of the reader pane
 * @param textLeft    first column of the reader's text
 * @param textWidth   columns of the reader's text: capped, so long lines stay readable
 */
public record Geometry(
        boolean split,
        int bodyTop,
        int bodyHeight,
        int listWidth,
        int readerLeft,
        int readerWidth,
        int textLeft,
        int textWidth) {

    private static final int MIN_LIST_WIDTH = 30;
    private static final int MAX_LIST_WIDTH = 60;

    public static Geometry of(int width, int height, UiOptions options, boolean fullScreen) {
        boolean split = width >= options.splitWidth() && !fullScreen;
        int bodyTop = height >= 3 ? 1 : 0;
        int bodyHeight = height >= 3 ? height - 2 : 0;
        int listWidth = split ? Math.max(MIN_LIST_WIDTH, Math.min(MAX_LIST_WIDTH, width * 2 / 5)) : width;
        int readerLeft = split ? listWidth + 1 : 0;
        int readerWidth = Math.max(0, width - readerLeft);
        int textWidth;
        int margin;
        if (readerWidth - 2 >= options.textWidth()) {
            textWidth = options.textWidth();
            margin = (readerWidth - textWidth) / 2;
        } else {
            margin = readerWidth >= 3 ? 1 : 0;
            textWidth = Math.max(1, readerWidth - 2 * margin);
        }
        return new Geometry(
                split, bodyTop, bodyHeight, listWidth, readerLeft, readerWidth, readerLeft + margin, textWidth);
    }

    public static Geometry of(UiState state) {
        return of(state.width(), state.height(), state.options(), state.fullScreen());
    }

    /** Rows a page key moves: the pane height, at least one. */
    public int page() {
        return Math.max(1, bodyHeight);
    }
}
