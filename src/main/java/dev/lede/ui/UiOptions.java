package dev.lede.ui;

import dev.lede.ui.keys.Keymap;
import java.nio.charset.Charset;

/**
 * Settings of the reader that a configuration file may change later.
 *
 * @param textWidth  the widest the reader's text column grows, in columns
 * @param splitWidth the narrowest terminal that shows the list and the reader side by side
 * @param keymap     the key bindings
 * @param sort       the order the list starts in
 * @param hyperlinks whether numbered links may be drawn as terminal hyperlinks (OSC 8)
 * @param glyphs     the marks drawn around the text: Unicode, or ASCII for a terminal that cannot show it
 * @param columns    the list's columns beside the headline (source, date)
 * @param folder     a folder shown under another name in the source columns (the bundled samples)
 * @param shown      the text as the terminal's charset shows it: transliterated before it is laid out when that
 *                   charset is not UTF-8
 */
public record UiOptions(
        int textWidth,
        int splitWidth,
        Keymap keymap,
        Sort sort,
        boolean hyperlinks,
        Glyphs glyphs,
        ListColumns columns,
        ShownFolder folder,
        ShownText shown) {

    public static final int DEFAULT_TEXT_WIDTH = 90;
    public static final int DEFAULT_SPLIT_WIDTH = 100;

    public UiOptions {
        if (textWidth < 10) {
            throw new IllegalArgumentException("text width below 10 columns: " + textWidth);
        }
        sort = sort == null ? Sort.FILE_ORDER : sort;
        glyphs = glyphs == null ? Glyphs.UNICODE : glyphs;
        columns = columns == null ? ListColumns.AUTO : columns;
        folder = folder == null ? ShownFolder.NONE : folder;
        shown = shown == null ? ShownText.UNICODE : shown;
    }

    public UiOptions(int textWidth, int splitWidth, Keymap keymap) {
        this(
                textWidth,
                splitWidth,
                keymap,
                Sort.FILE_ORDER,
                false,
                Glyphs.UNICODE,
                ListColumns.AUTO,
                ShownFolder.NONE,
                ShownText.UNICODE);
    }

    public static UiOptions defaults() {
        return new UiOptions(DEFAULT_TEXT_WIDTH, DEFAULT_SPLIT_WIDTH, Keymap.DEFAULT);
    }

    public UiOptions withTextWidth(int width) {
        return new UiOptions(width, splitWidth, keymap, sort, hyperlinks, glyphs, columns, folder, shown);
    }

    public UiOptions withSplitWidth(int width) {
        return new UiOptions(textWidth, width, keymap, sort, hyperlinks, glyphs, columns, folder, shown);
    }

    public UiOptions withKeymap(Keymap newKeymap) {
        return new UiOptions(textWidth, splitWidth, newKeymap, sort, hyperlinks, glyphs, columns, folder, shown);
    }

    public UiOptions withSort(Sort newSort) {
        return new UiOptions(textWidth, splitWidth, keymap, newSort, hyperlinks, glyphs, columns, folder, shown);
    }

    public UiOptions withHyperlinks(boolean on) {
        return new UiOptions(textWidth, splitWidth, keymap, sort, on, glyphs, columns, folder, shown);
    }

    public UiOptions withGlyphs(Glyphs newGlyphs) {
        return new UiOptions(textWidth, splitWidth, keymap, sort, hyperlinks, newGlyphs, columns, folder, shown);
    }

    public UiOptions withColumns(ListColumns newColumns) {
        return new UiOptions(textWidth, splitWidth, keymap, sort, hyperlinks, glyphs, newColumns, folder, shown);
    }

    public UiOptions withShownFolder(ShownFolder newFolder) {
        return new UiOptions(textWidth, splitWidth, keymap, sort, hyperlinks, glyphs, columns, newFolder, shown);
    }

    /** Marks and text for a terminal of {@code charset}: ASCII marks and transliterated text when it is not UTF-8. */
    public UiOptions shownIn(Charset charset) {
        return new UiOptions(
                textWidth,
                splitWidth,
                keymap,
                sort,
                hyperlinks,
                Glyphs.forCharset(charset),
                columns,
                folder,
                ShownText.in(charset));
    }
}
