package dev.lede.tui;

import dev.lede.core.library.Library;
import dev.lede.core.state.ReadingState;
import dev.lede.ui.Event;
import dev.lede.ui.Transition;
import dev.lede.ui.UiOptions;
import dev.lede.ui.UiState;
import dev.lede.ui.Update;
import dev.lede.ui.view.Frame;
import dev.lede.ui.view.Views;

/** The real reader for {@link TerminalApp}: dev.lede.ui's state, update function and views. */
public final class LedeProgram implements PureReader {

    private final String title;
    private final UiOptions options;
    private final ReadingState reading;
    private final String firstMessage;
    private final String unkept;

    public LedeProgram(String title, UiOptions options) {
        this(title, options, ReadingState.EMPTY, null, null);
    }

    /**
     * @param reading      what earlier runs read, starred and left where
     * @param firstMessage a note for the status line at start (a state or config problem), or null
     * @param unkept       why the reading state will not be kept after this run, or null ({@link UiState#unkept})
     */
    public LedeProgram(String title, UiOptions options, ReadingState reading, String firstMessage, String unkept) {
        this.title = title;
        this.options = options;
        this.reading = reading;
        this.firstMessage = firstMessage;
        this.unkept = unkept;
    }

    @Override
    public UiState initial(Library library, int width, int height) {
        UiState initial =
                UiState.initial(library, title, width, height, options, reading).withUnkept(unkept);
        return firstMessage == null ? initial : initial.withMessage(firstMessage);
    }

    @Override
    public Transition update(UiState state, Event event) {
        return Update.update(state, event);
    }

    @Override
    public Frame view(UiState state, int scrolled) {
        return Views.frame(state, scrolled);
    }
}
