package dev.lede.ui;

import java.util.List;

/**
 * The result of one update: the next state, the effects to run, and a hint for painting it.
 *
 * @param scrolled lines the reader's pane moved by when nothing else changed (0 otherwise): the view turns it
 *                 into a {@link dev.lede.ui.view.ScrollHint}, so the terminal scrolls instead of repainting.
 *                 Kept out of the state, so that two states are equal whatever the last key scrolled.
 */
public record Transition(UiState state, List<Effect> effects, int scrolled) {

    public Transition {
        effects = List.copyOf(effects);
    }

    public Transition(UiState state, List<Effect> effects) {
        this(state, effects, 0);
    }

    public static Transition of(UiState state, Effect... effects) {
        return new Transition(state, List.of(effects));
    }

    /** The reader's pane moved by {@code lines} and nothing else changed. */
    public static Transition scrolled(UiState state, int lines) {
        return new Transition(state, List.of(), lines);
    }
}
