package dev.lede.ui;

import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Context;
import dev.lede.ui.keys.Key;
import java.util.List;
import java.util.Optional;

/**
 * Typing a search: printable keys add to it, Backspace removes a character, Ctrl-W a word and Ctrl-U
 * everything typed (as in a shell's line), Enter keeps the result, Esc puts everything back. Both searches are incremental: the list or the article follows each key.
 */
final class PromptUpdate {

    private PromptUpdate() {}

    static Transition key(UiState state, Key key) {
        Prompt prompt = state.prompt().get();
        switch (key.name()) {
            case "<esc>":
                return Transition.of(cancel(state, prompt));
            case "<enter>":
                return Transition.of(commit(state, prompt));
            case "<c-c>":
                return Transition.of(state, new Effect.Quit());
            case "<bs>":
                if (prompt.text().isEmpty()) {
                    return Transition.of(cancel(state, prompt));
                }
                String text = prompt.text();
                return Transition.of(typed(
                        state, prompt.withText(text.substring(0, text.offsetByCodePoints(text.length(), -1)))));
            case "<c-u>":
                return Transition.of(typed(state, prompt.withText("")));
            case "<c-w>":
                return Transition.of(typed(state, prompt.withText(withoutLastWord(prompt.text()))));
            default:
                break;
        }
        if (key.isPrintable() || key.name().equals("<space>")) {
            return Transition.of(typed(state, prompt.withText(prompt.text() + key.typed())));
        }
        return new Transition(state, everywhere(state, key));
    }

    /**
     * A key that types nothing and that the key map gives to quitting, suspending or redrawing does that here too,
     * as the help says of those keys ("Everywhere"): Ctrl-Z and Ctrl-L did nothing while a search was being typed.
     */
    private static List<Effect> everywhere(UiState state, Key key) {
        Optional<Action> action = state.options().keymap().find(Context.EVERYWHERE, key);
        if (action.isEmpty()) {
            return List.of();
        }
        return switch (action.get()) {
            case QUIT -> List.of(new Effect.Quit());
            case SUSPEND -> List.of(new Effect.Suspend());
            case REDRAW -> List.of(new Effect.Redraw());
            default -> List.of();
        };
    }

    /** The text without its last word and the spaces after it, as Ctrl-W erases in a shell's line. */
    static String withoutLastWord(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && !Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static UiState typed(UiState state, Prompt prompt) {
        UiState next = state.withPrompt(Optional.of(prompt));
        if (prompt.target() == Prompt.Target.LIBRARY) {
            return ListUpdate.filter(next, prompt.text());
        }
        return ReaderUpdate.searchArticle(next, prompt.text(), prompt.topBefore());
    }

    private static UiState cancel(UiState state, Prompt prompt) {
        UiState closed = state.withPrompt(Optional.empty());
        if (prompt.target() == Prompt.Target.LIBRARY) {
            return ListUpdate.clearFilter(closed, prompt.selectedBefore());
        }
        return closed.reader()
                .map(reader -> closed.withReader(reader.withSearch(Optional.empty())
                        .withTop(prompt.topBefore(), closed.geometry().page())))
                .orElse(closed);
    }

    private static UiState commit(UiState state, Prompt prompt) {
        UiState closed = state.withPrompt(Optional.empty());
        if (prompt.text().isBlank()) {
            return cancel(state, prompt);
        }
        if (prompt.target() == Prompt.Target.LIBRARY) {
            if (closed.list().order().isSearching()) {
                return closed; // the status line says "searching…" until the count is known
            }
            int found = closed.list().order().size();
            return closed.withMessage(
                    found == 0
                            ? "no headline or body matches " + prompt.text()
                            : closed.list().order().isFirstMatchesOnly()
                                    ? "the first " + found + " matches — n/N step, Esc shows all"
                                    : found + (found == 1 ? " match" : " matches") + " — n/N step, Esc shows all");
        }
        int found = closed.reader()
                .flatMap(ReaderPage::search)
                .map(s -> s.matches().size())
                .orElse(0);
        return closed.withMessage(
                found == 0
                        ? "not found: " + prompt.text()
                        : found + (found == 1 ? " match" : " matches") + " — n/N step, Esc clears");
    }
}
