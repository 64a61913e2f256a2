package dev.lede.ui;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.Library;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The whole state of the reader, a value: the library snapshot, the screen size, the list, the
 * reader, what has focus, any overlay or prompt, the history and the articles read this session.
 *
 * @param title    what was opened, as the title bar names it (a folder, a file, "stdin")
 * @param message  a one-line note for the status bar, cleared by the next key
 * @param scrolled lines the reader moved by in the last update when nothing else changed (0 otherwise):
 *                 the view turns it into a {@link dev.lede.ui.view.ScrollHint}
 */
public record UiState(
        Library library,
        String title,
        int width,
        int height,
        UiOptions options,
        ListPage list,
        Optional<ReaderPage> reader,
        Focus focus,
        boolean fullScreen,
        Optional<Overlay> overlay,
        Optional<Prompt> prompt,
        History history,
        Set<ArticleId> read,
        Optional<String> message,
        int scrolled) {

    public UiState {
        title = title == null ? "" : title;
        read = Set.copyOf(read); // free when already immutable, which it is after the first copy
    }

    /** The state the reader starts in, with the default options. */
    public static UiState initial(Library library, String title, int width, int height) {
        return initial(library, title, width, height, UiOptions.defaults());
    }

    public static UiState initial(Library library, String title, int width, int height, UiOptions options) {
        ListPage list = new ListPage(Ordering.of(library, Sort.FILE_ORDER, ""), 0, 0);
        return new UiState(library, title, Math.max(1, width), Math.max(1, height), options, list, Optional.empty(),
                Focus.LIST, false, Optional.empty(), Optional.empty(), History.empty(), Set.of(), Optional.empty(), 0);
    }

    public Geometry geometry() {
        return Geometry.of(this);
    }

    public boolean isRead(ArticleId id) {
        return read.contains(id);
    }

    /** Articles not opened yet in this session. */
    public int unreadCount() {
        return Math.max(0, library.size() - read.size());
    }

    public UiState withLibrary(Library newLibrary, ListPage newList) {
        return new UiState(newLibrary, title, width, height, options, newList, reader, focus, fullScreen, overlay, prompt,
                history, read, message, scrolled);
    }

    public UiState withSize(int newWidth, int newHeight) {
        return new UiState(library, title, Math.max(1, newWidth), Math.max(1, newHeight), options, list, reader, focus,
                fullScreen, overlay, prompt, history, read, message, scrolled);
    }

    public UiState withList(ListPage newList) {
        return new UiState(library, title, width, height, options, newList, reader, focus, fullScreen, overlay, prompt,
                history, read, message, scrolled);
    }

    public UiState withReader(Optional<ReaderPage> newReader) {
        return new UiState(library, title, width, height, options, list, newReader, focus, fullScreen, overlay, prompt,
                history, read, message, scrolled);
    }

    public UiState withReader(ReaderPage newReader) {
        return withReader(Optional.of(newReader));
    }

    public UiState withFocus(Focus newFocus) {
        return new UiState(library, title, width, height, options, list, reader, newFocus, fullScreen, overlay, prompt,
                history, read, message, scrolled);
    }

    public UiState withFullScreen(boolean full) {
        return new UiState(library, title, width, height, options, list, reader, focus, full, overlay, prompt, history,
                read, message, scrolled);
    }

    public UiState withOverlay(Optional<Overlay> newOverlay) {
        return new UiState(library, title, width, height, options, list, reader, focus, fullScreen, newOverlay, prompt,
                history, read, message, scrolled);
    }

    public UiState withPrompt(Optional<Prompt> newPrompt) {
        return new UiState(library, title, width, height, options, list, reader, focus, fullScreen, overlay, newPrompt,
                history, read, message, scrolled);
    }

    public UiState withHistory(History newHistory) {
        return new UiState(library, title, width, height, options, list, reader, focus, fullScreen, overlay, prompt,
                newHistory, read, message, scrolled);
    }

    public UiState withRead(ArticleId id) {
        if (read.contains(id)) {
            return this;
        }
        Set<ArticleId> more = new HashSet<>(read);
        more.add(id);
        return new UiState(library, title, width, height, options, list, reader, focus, fullScreen, overlay, prompt,
                history, more, message, scrolled);
    }

    public UiState withMessage(String text) {
        return new UiState(library, title, width, height, options, list, reader, focus, fullScreen, overlay, prompt,
                history, read, Optional.ofNullable(text), scrolled);
    }

    public UiState withScrolled(int lines) {
        return new UiState(library, title, width, height, options, list, reader, focus, fullScreen, overlay, prompt,
                history, read, message, lines);
    }
}
