package dev.lede.ui;

import java.util.List;

/** The result of one update: the next state and the effects to run. */
public record Transition(UiState state, List<Effect> effects) {

    public Transition {
        effects = List.copyOf(effects);
    }

    public static Transition of(UiState state, Effect... effects) {
        return new Transition(state, List.of(effects));
    }
}
