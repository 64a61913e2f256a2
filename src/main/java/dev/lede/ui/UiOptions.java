package dev.lede.ui;

import dev.lede.ui.keys.Keymap;

/**
 * Settings of the reader that a configuration file may change later.
 *
 * @param textWidth  the widest the reader's text column grows, in columns
 * @param splitWidth the narrowest terminal that shows the list and the reader side by side
 * @param keymap     the key bindings
 */
public record UiOptions(int textWidth, int splitWidth, Keymap keymap) {

    public static final int DEFAULT_TEXT_WIDTH = 90;
    public static final int DEFAULT_SPLIT_WIDTH = 100;

    public UiOptions {
        if (textWidth < 10) {
            throw new IllegalArgumentException("text width below 10 columns: " + textWidth);
        }
    }

    public static UiOptions defaults() {
        return new UiOptions(DEFAULT_TEXT_WIDTH, DEFAULT_SPLIT_WIDTH, Keymap.DEFAULT);
    }

    public UiOptions withTextWidth(int columns) {
        return new UiOptions(columns, splitWidth, keymap);
    }
}
