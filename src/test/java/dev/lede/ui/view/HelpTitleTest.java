package dev.lede.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.ui.UiOptions;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Key;
import dev.lede.ui.keys.Keymap;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The help screen's title names the keys that close it as the key map binds them. */
class HelpTitleTest {

    private static String title(Keymap keymap) {
        return HelpView.lines(UiOptions.defaults().withKeymap(keymap), 80)
                .get(0)
                .plainText()
                .strip();
    }

    private static Keymap rebound(Action action, String... keys) {
        Map<Action, List<Key>> bindings = new EnumMap<>(Action.class);
        bindings.putAll(Keymap.DEFAULT.bindings());
        bindings.put(action, Arrays.stream(keys).map(Key::of).toList());
        return new Keymap(bindings);
    }

    @Test
    void namesTheBoundKeys() {
        assertEquals("Keys — q or Esc closes this", title(Keymap.DEFAULT));
        assertEquals("Keys — x or Esc closes this", title(rebound(Action.BACK_OR_QUIT, "x")));
        assertEquals("Keys — q closes this", title(rebound(Action.CANCEL)));
        assertEquals("Keys", title(rebound(rebound(Action.CANCEL), Action.BACK_OR_QUIT)));
    }

    private static Keymap rebound(Keymap keymap, Action action) {
        Map<Action, List<Key>> bindings = new EnumMap<>(Action.class);
        bindings.putAll(keymap.bindings());
        bindings.put(action, List.of());
        return new Keymap(bindings);
    }
}
