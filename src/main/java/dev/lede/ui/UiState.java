package dev.lede.ui;

import dev.lede.core.library.Library;

/** The whole state of the reader. (First version: the library and the screen size.) */
public record UiState(Library library, int width, int height) {

    public static UiState initial(Library library, int width, int height) {
        return new UiState(library, width, height);
    }
}
