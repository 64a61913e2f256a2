package dev.lede.ui;

import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Context;
import dev.lede.ui.keys.Key;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keys typed while an opened article is on its way wait for it, as a terminal's type-ahead does: over SSH the keys
 * after Enter often arrive in the same packet as Enter, before the article is read, and "G" or "r" there would do
 * nothing. A key that reads the article (scrolling, its related headlines, its links, its story) waits in the reader
 * page and acts once the article is here (an article that cannot be read drops them). Any other key (back, quit, Esc, a mark, "/" whose
 * prompt takes the words after it) acts at once, as before, and the keys waiting before it are dropped, since they
 * would act after it: a slow article never holds up the way out.
 */
final class TypeAhead {

    /** Reader actions that go elsewhere rather than into the article: they never wait for it. */
    private static final Set<Action> LEAVING = EnumSet.of(
            Action.BACK, Action.HISTORY_BACK, Action.HISTORY_FORWARD, Action.NEXT_ARTICLE, Action.PREVIOUS_ARTICLE);

    private TypeAhead() {}

    /** The state with {@code key} waiting for the article, when the reader waits for one and the key reads it. */
    static Optional<UiState> hold(UiState state, Key key) {
        if (state.prompt().isPresent() || state.overlay().isPresent() || state.focus() != Focus.READER) {
            return Optional.empty();
        }
        Optional<ReaderPage> reader = state.reader();
        if (reader.isEmpty()
                || reader.get().isLoaded()
                || reader.get().unavailable().isPresent()) {
            return Optional.empty();
        }
        Optional<Action> action = state.options().keymap().find(Context.READER, key);
        boolean waits = action.isPresent()
                && action.get().context() == Context.READER
                && !LEAVING.contains(action.get())
                // "/" opens its prompt at once, as before, so the words typed after it are the prompt's.
                && action.get() != Action.SEARCH_ARTICLE;
        return waits ? Optional.of(state.withReader(reader.get().withTypedAhead(key))) : Optional.empty();
    }

    /** The state without waiting keys: a key that acts at once comes after them, so they would act out of order. */
    static UiState dropped(UiState state) {
        Optional<ReaderPage> reader = state.reader();
        return reader.isEmpty() || reader.get().typedAhead().isEmpty()
                ? state
                : state.withReader(reader.get().withoutTypedAhead());
    }

    /** Once the article is here, the keys that waited for it, pressed in order. */
    static Transition replay(UiState state) {
        Optional<ReaderPage> reader = state.reader();
        if (reader.isEmpty()
                || !reader.get().isLoaded()
                || reader.get().typedAhead().isEmpty()) {
            return Transition.of(state);
        }
        UiState current = state.withReader(reader.get().withoutTypedAhead());
        List<Effect> effects = new ArrayList<>();
        Transition last = Transition.of(current);
        for (Key key : reader.get().typedAhead()) {
            last = Update.update(current, new Event.KeyPressed(key));
            current = last.state();
            effects.addAll(last.effects());
        }
        return new Transition(current, effects, last.scrolled());
    }
}
