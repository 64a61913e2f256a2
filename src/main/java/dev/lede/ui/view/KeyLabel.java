package dev.lede.ui.view;

import dev.lede.ui.UiOptions;
import dev.lede.ui.keys.Action;
import java.util.Optional;

/** The key a text names for an action: its first key in the key map in force, so a text never names a wrong key. */
final class KeyLabel {

    private KeyLabel() {}

    /** The action's first key, as the help screen writes it (as the terminal shows it); empty when it has no key. */
    static Optional<String> of(UiOptions options, Action action) {
        return options.keymap().keys(action).stream().findFirst().map(options.shown()::key);
    }

    /** {@code "P lists them"}-style phrases: the key, a space and {@code what}, or empty when it has no key. */
    static Optional<String> phrase(UiOptions options, Action action, String what) {
        return of(options, action).map(key -> key + " " + what);
    }
}
