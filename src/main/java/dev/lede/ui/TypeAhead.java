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
 * nothing. A key that reads the article (scrolling, searching in it, its related headlines, its links) waits in
 * the reader page and acts once the article is here, and so does every key after it, in order ("/" and the words
 * to find); a first key that does not read it (back, history, next article, Esc, a mark) acts at once, and so do
 * quitting, suspending and redrawing behind waiting keys, which are then dropped. An article that cannot be read
 * drops them too.
 */
final class TypeAhead {

    /** Reader actions that go elsewhere rather than into the article: they never wait for it. */
    private static final Set<Action> LEAVING = EnumSet.of(
            Action.BACK, Action.HISTORY_BACK, Action.HISTORY_FORWARD, Action.NEXT_ARTICLE, Action.PREVIOUS_ARTICLE);

    /** What acts at once even behind waiting keys: the way out when an article never comes. */
    private static final Set<Action> AT_ONCE = EnumSet.of(Action.QUIT, Action.SUSPEND, Action.REDRAW);

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
        boolean waits = reader.get().typedAhead().isEmpty()
                // The first waits when it reads the article.
                ? action.isPresent() && action.get().context() == Context.READER && !LEAVING.contains(action.get())
                // Once one waits, the keys after it wait too, in order ("/" then the words to find, or "r" then
                // Tab): only quitting, suspending and redrawing act at once.
                : action.isEmpty() || !AT_ONCE.contains(action.get());
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
