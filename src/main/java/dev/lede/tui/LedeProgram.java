package dev.lede.tui;

import dev.lede.core.library.Library;
import dev.lede.ui.Event;
import dev.lede.ui.Transition;
import dev.lede.ui.UiState;
import dev.lede.ui.Update;
import dev.lede.ui.UiOptions;
import dev.lede.ui.view.Frame;
import dev.lede.ui.view.Views;

/** The real reader for {@link TerminalApp}: dev.lede.ui's state, update function and views. */
public final class LedeProgram implements Program<UiState> {

    private final String title;
    private final UiOptions options;

    public LedeProgram(String title, UiOptions options) {
        this.title = title;
        this.options = options;
    }

    @Override
    public UiState initial(Library library, int width, int height) {
        return UiState.initial(library, title, width, height, options);
    }

    @Override
    public Step<UiState> update(UiState state, Event event) {
        Transition transition = Update.update(state, event);
        return new Step<>(transition.state(), transition.effects());
    }

    @Override
    public Frame view(UiState state) {
        return Views.frame(state);
    }
}
