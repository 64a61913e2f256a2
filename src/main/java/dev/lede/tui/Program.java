package dev.lede.tui;

import dev.lede.core.library.Library;
import dev.lede.ui.Event;
import dev.lede.ui.Transition;
import dev.lede.ui.UiState;
import dev.lede.ui.view.Frame;

/**
 * The pure reader the loop drives: an initial state, the update function and the view. The app binds
 * it to {@code dev.lede.ui} (UiState.initial, Update.update, Views.frame); tests bind small stand-ins.
 */
public interface Program {

    UiState initial(Library library, int width, int height);

    Transition update(UiState state, Event event);

    Frame view(UiState state);
}
