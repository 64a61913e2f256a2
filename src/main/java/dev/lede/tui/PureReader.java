package dev.lede.tui;

import dev.lede.core.library.Library;
import dev.lede.ui.Event;
import dev.lede.ui.Transition;
import dev.lede.ui.UiState;
import dev.lede.ui.view.Frame;

/**
 * The pure reader the loop drives: an initial state, the update function and the view. {@link LedeProgram}
 * binds it to {@code dev.lede.ui} (UiState.initial, Update.update, Views.frame); the loop's tests wrap
 * that to make it fail.
 */
public interface PureReader {

    UiState initial(Library library, int width, int height);

    Transition update(UiState state, Event event);

    /** The frame of {@code state}; {@code scrolled} is the last transition's {@link Transition#scrolled}. */
    Frame view(UiState state, int scrolled);
}
