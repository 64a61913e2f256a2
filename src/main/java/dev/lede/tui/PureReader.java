package dev.lede.tui;

import dev.lede.core.library.Library;
import dev.lede.ui.Effect;
import dev.lede.ui.Event;
import dev.lede.ui.view.Frame;
import java.util.List;

/**
 * The pure reader the loop drives: an initial state, the update function and the view. The app binds
 * it to {@code dev.lede.ui} (UiState.initial, Update.update, Views.frame); tests bind small stand-ins.
 *
 * @param <S> the state type
 */
public interface PureReader<S> {

    S initial(Library library, int width, int height);

    Step<S> update(S state, Event event);

    /** The frame of {@code state}; {@code scrolled} is the last step's {@link Step#scrolled} (a paint hint). */
    Frame view(S state, int scrolled);

    /** The next state, the effects to run and a paint hint (the tui-side view of {@link dev.lede.ui.Transition}). */
    record Step<S>(S state, List<Effect> effects, int scrolled) {

        public Step {
            effects = List.copyOf(effects);
        }

        public Step(S state, List<Effect> effects) {
            this(state, effects, 0);
        }
    }
}
