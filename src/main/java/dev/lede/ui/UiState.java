// Over 250 lines: the reader's whole state as one record of 17 fields with a with-method each, one argument a line.
package dev.lede.ui;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.Library;
import dev.lede.core.library.LinkGraph;
import dev.lede.core.state.ReadingState;
import java.util.Optional;

/**
 * The whole state of the reader, a value: the library snapshot, the screen size, the list, the
 * reader, what has focus, any overlay or prompt, the history, and the read marks, stars and places
 * kept between runs.
 *
 * @param title    what was opened, as the title bar names it (a folder, a file, "stdin")
 * @param message  a one-line note for the status bar, cleared by the next key
 * @param fetch    the fetch of the subscriptions running in the background (R), for the status line
 * @param links    the related links of the library resolved both ways, for backlinks and stories; built off
 *                 the screen's thread ({@link Effect.BuildLinks}), so it may be of an earlier snapshot, or
 *                 empty until the first is built
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
        ReadingState reading,
        Optional<String> message,
        Optional<FetchProgress> fetch,
        Optional<LinkGraph> links) {

    public UiState {
        title = title == null ? "" : title;
        reading = reading == null ? ReadingState.EMPTY : reading;
        fetch = fetch == null ? Optional.empty() : fetch;
        links = links == null ? Optional.empty() : links;
    }

    /** The state the reader starts in, with the default options. */
    public static UiState initial(Library library, String title, int width, int height) {
        return initial(library, title, width, height, UiOptions.defaults());
    }

    public static UiState initial(Library library, String title, int width, int height, UiOptions options) {
        return initial(library, title, width, height, options, ReadingState.EMPTY);
    }

    /** The state the reader starts in, remembering what was read and starred in earlier runs. */
    public static UiState initial(
            Library library, String title, int width, int height, UiOptions options, ReadingState reading) {
        ListPage list = new ListPage(Ordering.of(library, options.sort(), ""), 0, 0);
        return new UiState(
                library,
                title,
                Math.max(1, width),
                Math.max(1, height),
                options,
                list,
                Optional.empty(),
                Focus.LIST,
                false,
                Optional.empty(),
                Optional.empty(),
                History.empty(),
                reading,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public Geometry geometry() {
        return Geometry.of(this);
    }

    public boolean isRead(ArticleId id) {
        return reading.isRead(id);
    }

    public boolean isStarred(ArticleId id) {
        return reading.isStarred(id);
    }

    /** Articles of the library not marked read (the state may also know articles not loaded now). */
    public int unreadCount() {
        int read = 0;
        for (ArticleId id : reading.read()) {
            if (library.find(id).isPresent()) {
                read++;
            }
        }
        return Math.max(0, library.size() - read);
    }

    public UiState withLibrary(Library newLibrary, ListPage newList) {
        return new UiState(
                newLibrary,
                title,
                width,
                height,
                options,
                newList,
                reader,
                focus,
                fullScreen,
                overlay,
                prompt,
                history,
                reading,
                message,
                fetch,
                links);
    }

    public UiState withSize(int newWidth, int newHeight) {
        return new UiState(
                library,
                title,
                Math.max(1, newWidth),
                Math.max(1, newHeight),
                options,
                list,
                reader,
                focus,
                fullScreen,
                overlay,
                prompt,
                history,
                reading,
                message,
                fetch,
                links);
    }

    public UiState withList(ListPage newList) {
        return new UiState(
                library,
                title,
                width,
                height,
                options,
                newList,
                reader,
                focus,
                fullScreen,
                overlay,
                prompt,
                history,
                reading,
                message,
                fetch,
                links);
    }

    public UiState withReader(Optional<ReaderPage> newReader) {
        return new UiState(
                library,
                title,
                width,
                height,
                options,
                list,
                newReader,
                focus,
                fullScreen,
                overlay,
                prompt,
                history,
                reading,
                message,
                fetch,
                links);
    }

    public UiState withReader(ReaderPage newReader) {
        return withReader(Optional.of(newReader));
    }

    public UiState withFocus(Focus newFocus) {
        return new UiState(
                library,
                title,
                width,
                height,
                options,
                list,
                reader,
                newFocus,
                fullScreen,
                overlay,
                prompt,
                history,
                reading,
                message,
                fetch,
                links);
    }

    public UiState withFullScreen(boolean full) {
        return new UiState(
                library, title, width, height, options, list, reader, focus, full, overlay, prompt, history, reading,
                message, fetch, links);
    }

    public UiState withOverlay(Optional<Overlay> newOverlay) {
        return new UiState(
                library,
                title,
                width,
                height,
                options,
                list,
                reader,
                focus,
                fullScreen,
                newOverlay,
                prompt,
                history,
                reading,
                message,
                fetch,
                links);
    }

    public UiState withPrompt(Optional<Prompt> newPrompt) {
        return new UiState(
                library,
                title,
                width,
                height,
                options,
                list,
                reader,
                focus,
                fullScreen,
                overlay,
                newPrompt,
                history,
                reading,
                message,
                fetch,
                links);
    }

    public UiState withHistory(History newHistory) {
        return new UiState(
                library,
                title,
                width,
                height,
                options,
                list,
                reader,
                focus,
                fullScreen,
                overlay,
                prompt,
                newHistory,
                reading,
                message,
                fetch,
                links);
    }

    public UiState withRead(ArticleId id) {
        return withReading(reading.withRead(id, true));
    }

    public UiState withReading(ReadingState newReading) {
        if (newReading == reading) {
            return this;
        }
        return new UiState(
                library,
                title,
                width,
                height,
                options,
                list,
                reader,
                focus,
                fullScreen,
                overlay,
                prompt,
                history,
                newReading,
                message,
                fetch,
                links);
    }

    public UiState withMessage(String text) {
        return new UiState(
                library,
                title,
                width,
                height,
                options,
                list,
                reader,
                focus,
                fullScreen,
                overlay,
                prompt,
                history,
                reading,
                Optional.ofNullable(text),
                fetch,
                links);
    }

    public UiState withFetch(Optional<FetchProgress> progress) {
        return new UiState(
                library,
                title,
                width,
                height,
                options,
                list,
                reader,
                focus,
                fullScreen,
                overlay,
                prompt,
                history,
                reading,
                message,
                progress,
                links);
    }

    public UiState withLinks(LinkGraph newLinks) {
        return new UiState(
                library,
                title,
                width,
                height,
                options,
                list,
                reader,
                focus,
                fullScreen,
                overlay,
                prompt,
                history,
                reading,
                message,
                fetch,
                Optional.of(newLinks));
    }
}
