package dev.lede.ui.view;

import dev.lede.ui.UiOptions;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Keymap;
import java.util.ArrayList;
import java.util.List;

/**
 * An overlay's title: what it shows, then the keys it takes. The keys come from the key map, so the
 * title never names a key that does something else, and leaves out an action bound to none.
 */
final class OverlayTitle {

    private final UiOptions options;
    private final Keymap keymap;
    private final List<String> parts = new ArrayList<>();

    OverlayTitle(UiOptions options) {
        this.options = options;
        this.keymap = options.keymap();
    }

    /** "j/k selects": the first key of {@code action} (and of {@code second}, if any), then what it does. */
    OverlayTitle key(Action action, Action second, String what) {
        if (keymap.keys(action).isEmpty()) {
            return this;
        }
        String keys = options.shown().key(keymap.keys(action).get(0));
        if (second != null && !keymap.keys(second).isEmpty()) {
            keys += "/" + options.shown().key(keymap.keys(second).get(0));
        }
        parts.add(keys + " " + what);
        return this;
    }

    OverlayTitle key(Action action, String what) {
        return key(action, null, what);
    }

    /** {@code shown}, then the keys after a dash; as the terminal shows it (ShownText), so it is cut where drawn. */
    String after(String shown) {
        return options.shown().line(parts.isEmpty() ? shown : shown + " — " + String.join(", ", parts));
    }
}
