package dev.lede.ui.view;

import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Keymap;
import java.util.Optional;

/** The key a text names for an action: its first key in the key map in force, so a text never names a wrong key. */
final class KeyLabel {

    private KeyLabel() {}

    /** The action's first key, as the help screen writes it; empty when the action has no key. */
    static Optional<String> of(Keymap keymap, Action action) {
        return keymap.keys(action).stream().findFirst().map(key -> key.label());
    }

    /** {@code "P lists them"}-style phrases: the key, a space and {@code what}, or empty when it has no key. */
    static Optional<String> phrase(Keymap keymap, Action action, String what) {
        return of(keymap, action).map(key -> key + " " + what);
    }
}
