package dev.lede.ui;

import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Context;
import dev.lede.ui.keys.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A number typed before a key, as in less and vi: {@code 3o} opens link [3], {@code 3y} copies it. In
 * the reader the digits also open related headline N; they wait for a following {@code o} or {@code y}
 * only in an article that has a link of that number, and for another digit only where the related
 * headlines and the articles linking here run to a number it starts ({@code 1} of 28: 12 may follow), each
 * time for {@link #WAIT_MILLIS}: when the time runs out ({@link Event.CountExpired}) or another key comes
 * (Enter: at once), the related headline of the number typed opens. In the links list ({@code U}) a number
 * selects that link.
 */
final class CountUpdate {

    /** How long a digit waits for {@code o} or {@code y}: longer than a typist's gap, short enough to feel at once. */
    static final int WAIT_MILLIS = 600;

    private static final int MAX_DIGITS = 4;

    private CountUpdate() {}

    /** A digit that starts a number where one is possible; empty when the key is not one. */
    static Optional<Transition> start(UiState state, Key key, Context context) {
        char digit = digit(key);
        if (digit == 0 || !counts(state, key, context)) {
            return Optional.empty();
        }
        if (state.overlay().isPresent()) {
            return state.overlay().get() instanceof Overlay.Links links
                    ? Optional.of(LinkUpdate.typed(state, links, digit))
                    : Optional.empty();
        }
        if (state.reader().isEmpty() || digit == '0' || context != Context.READER && context != Context.RELATED) {
            return Optional.empty();
        }
        ReaderPage reader = state.reader().get();
        int number = digit - '0';
        boolean link = context == Context.READER && highestLink(reader) >= number;
        if (!link && !longerJump(reader, number)) {
            return Optional.empty(); // neither a link nor a longer related number: the digit acts at once
        }
        Prompt count = new Prompt(
                Prompt.Target.COUNT, String.valueOf(digit), reader.entry().id(), reader.top());
        return Optional.of(Transition.of(state.withPrompt(Optional.of(count)), new Effect.CountTimer(WAIT_MILLIS)));
    }

    /** A key while a number is pending in the reader. */
    static Transition key(UiState state, Prompt count, Key key) {
        char digit = digit(key);
        if (digit != 0 && count.text().length() < MAX_DIGITS) {
            Prompt longer = count.withText(count.text() + digit);
            ReaderPage reader = state.reader().orElse(null);
            if (reader != null && highestLink(reader) == 0 && !longerJump(reader, Integer.parseInt(longer.text()))) {
                // No link to wait for and no longer number to come: 12 of 12 opens at once.
                return resolve(state.withPrompt(Optional.empty()), longer);
            }
            return Transition.of(state.withPrompt(Optional.of(longer)), new Effect.CountTimer(WAIT_MILLIS));
        }
        UiState closed = state.withPrompt(Optional.empty());
        int number = Integer.parseInt(count.text());
        if (state.options().keymap().find(Context.RELATED, key).orElse(null) == Action.OPEN_FOCUSED_RELATED) {
            return resolve(closed, count); // Enter ends the number: its related headline opens now
        }
        Optional<Action> action = state.options().keymap().find(Context.READER, key);
        if (action.isPresent()) {
            switch (action.get()) {
                case OPEN_LINK:
                    return LinkUpdate.numbered(closed, true, number);
                case COPY_LINK:
                    return LinkUpdate.numbered(closed, false, number);
                case CANCEL:
                    return Transition.of(closed);
                case QUIT:
                    return Transition.of(closed, new Effect.Quit());
                default:
                    break;
            }
        }
        // Anything else: the number does what its first digit does alone, then the key does its own.
        Transition resolved = resolve(closed, count);
        Transition then = Update.key(resolved.state(), key);
        List<Effect> effects = new ArrayList<>(resolved.effects());
        effects.addAll(then.effects());
        return new Transition(then.state(), effects, then.scrolled());
    }

    /** No key came in time: the number opens its related headline, as the digit alone always did. */
    static Transition expired(UiState state) {
        Optional<Prompt> prompt = state.prompt().filter(p -> p.target() == Prompt.Target.COUNT);
        if (prompt.isEmpty()) {
            return Transition.of(state); // answered already by a key
        }
        return resolve(state.withPrompt(Optional.empty()), prompt.get());
    }

    private static Transition resolve(UiState state, Prompt count) {
        boolean related = state.options()
                .keymap()
                .find(Context.READER, Key.of(count.text().substring(0, 1)))
                .map(action -> action.relatedNumber() > 0)
                .orElse(false);
        if (!related
                || state.reader().isEmpty()
                || !state.reader().get().entry().id().equals(count.selectedBefore())) {
            return Transition.of(state);
        }
        return Navigation.openRelated(state, Integer.parseInt(count.text()) - 1);
    }

    /** The highest link number {@code [n]} of the open article; 0 when it has none or is not read yet. */
    private static int highestLink(ReaderPage reader) {
        return reader.article().map(ArticleLinks::highest).orElse(0);
    }

    /**
     * Whether {@code number} is the start of a longer one among the article's related headlines and the
     * articles linking to it: 1 and 2 of 28 are, 3 is not. A digit there waits for the next, or 12 would
     * open 1 and then 2 of the article 1 leads to.
     */
    private static boolean longerJump(ReaderPage reader, int number) {
        int jumps = reader.layout().map(ReaderLayout::jumpCount).orElse(0);
        return number > 0 && (long) number * 10 <= jumps;
    }

    /** A digit counts where the key map leaves it free or uses it for a related headline. */
    private static boolean counts(UiState state, Key key, Context context) {
        return state.options()
                .keymap()
                .find(context, key)
                .map(action -> action.relatedNumber() > 0)
                .orElse(true);
    }

    private static char digit(Key key) {
        String name = key.name();
        return name.length() == 1 && name.charAt(0) >= '0' && name.charAt(0) <= '9' ? name.charAt(0) : 0;
    }
}
