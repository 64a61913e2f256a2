package dev.lede.ui;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.Library;
import dev.lede.core.library.LinkGraph;
import dev.lede.core.state.ReadingState;
import java.util.Optional;
import java.util.function.Consumer;

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
 * @param unkept   why the reading state will not be kept after this run (a state folder that cannot be read or
 *                 written), until it has been said: with the first change of the state, not only after quitting
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
        Optional<LinkGraph> links,
        Optional<String> unkept) {

    public UiState {
        title = title == null ? "" : title;
        reading = reading == null ? ReadingState.EMPTY : reading;
        fetch = fetch == null ? Optional.empty() : fetch;
        links = links == null ? Optional.empty() : links;
        unkept = unkept == null ? Optional.empty() : unkept;
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
        return Math.max(0, library.size() - library.countOf(reading.read()));
    }

    public UiState withLibrary(Library newLibrary, ListPage newList) {
        return changed(copy -> {
            copy.library = newLibrary;
            copy.list = newList;
        });
    }

    public UiState withSize(int newWidth, int newHeight) {
        return changed(copy -> {
            copy.width = Math.max(1, newWidth);
            copy.height = Math.max(1, newHeight);
        });
    }

    public UiState withList(ListPage newList) {
        return changed(copy -> copy.list = newList);
    }

    public UiState withReader(Optional<ReaderPage> newReader) {
        return changed(copy -> copy.reader = newReader);
    }

    public UiState withReader(ReaderPage newReader) {
        return withReader(Optional.of(newReader));
    }

    public UiState withFocus(Focus newFocus) {
        return changed(copy -> copy.focus = newFocus);
    }

    public UiState withFullScreen(boolean full) {
        return changed(copy -> copy.fullScreen = full);
    }

    public UiState withOverlay(Optional<Overlay> newOverlay) {
        return changed(copy -> copy.overlay = newOverlay);
    }

    public UiState withPrompt(Optional<Prompt> newPrompt) {
        return changed(copy -> copy.prompt = newPrompt);
    }

    public UiState withHistory(History newHistory) {
        return changed(copy -> copy.history = newHistory);
    }

    public UiState withRead(ArticleId id) {
        return withReading(reading.withRead(id, true));
    }

    public UiState withReading(ReadingState newReading) {
        if (newReading == reading) {
            return this;
        }
        return changed(copy -> copy.reading = newReading);
    }

    public UiState withMessage(String text) {
        return changed(copy -> copy.message = Optional.ofNullable(text));
    }

    public UiState withFetch(Optional<FetchProgress> progress) {
        return changed(copy -> copy.fetch = progress);
    }

    public UiState withLinks(LinkGraph newLinks) {
        return changed(copy -> copy.links = Optional.of(newLinks));
    }

    /** Why the reading state will not be kept ({@link #unkept}); null once it has been said. */
    public UiState withUnkept(String why) {
        return changed(copy -> copy.unkept = Optional.ofNullable(why));
    }

    /** This state with the fields {@code change} sets, and every other the same: the one copy of the fields. */
    private UiState changed(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.state();
    }

    /** A state's fields, open to change for one with-method; never leaves this record. */
    private static final class Copy {
        Library library;
        String title;
        int width;
        int height;
        UiOptions options;
        ListPage list;
        Optional<ReaderPage> reader;
        Focus focus;
        boolean fullScreen;
        Optional<Overlay> overlay;
        Optional<Prompt> prompt;
        History history;
        ReadingState reading;
        Optional<String> message;
        Optional<FetchProgress> fetch;
        Optional<LinkGraph> links;
        Optional<String> unkept;

        Copy(UiState state) {
            library = state.library;
            title = state.title;
            width = state.width;
            height = state.height;
            options = state.options;
            list = state.list;
            reader = state.reader;
            focus = state.focus;
            fullScreen = state.fullScreen;
            overlay = state.overlay;
            prompt = state.prompt;
            history = state.history;
            reading = state.reading;
            message = state.message;
            fetch = state.fetch;
            links = state.links;
            unkept = state.unkept;
        }

        UiState state() {
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
                    links,
                    unkept);
        }
    }
}
