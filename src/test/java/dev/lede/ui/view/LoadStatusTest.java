package dev.lede.ui.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.ui.Fixtures;
import dev.lede.ui.UiOptions;
import dev.lede.ui.UiState;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Key;
import dev.lede.ui.keys.Keymap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status line and the problems list say what loading could not read, with the keys in force. */
class LoadStatusTest {

    private static UiState state(LibraryBuilder builder, Keymap keymap, int width) {
        return UiState.initial(
                builder.snapshot(), "feeds/", width, 24, UiOptions.defaults().withKeymap(keymap));
    }

    private static String statusLine(UiState state) {
        List<String> rows = Views.frame(state).toPlainText().lines().toList();
        return rows.get(rows.size() - 1);
    }

    private static Keymap rebound(Action action, String... keys) {
        Map<Action, List<Key>> bindings = new EnumMap<>(Action.class);
        bindings.putAll(Keymap.DEFAULT.bindings());
        bindings.put(action, java.util.Arrays.stream(keys).map(Key::of).toList());
        return new Keymap(bindings);
    }

    private static LibraryBuilder oneOfEach() {
        LibraryBuilder builder = new LibraryBuilder();
        builder.add(Fixtures.feature());
        builder.addProblem(new Problem("feeds/photo.bin", "binary file; skipped"));
        return builder;
    }

    @Test
    void theHintNamesTheProblemsKeyOfTheKeyMap() {
        assertTrue(
                statusLine(state(oneOfEach(), Keymap.DEFAULT, 100)).contains("1 skipped — P lists them"),
                statusLine(state(oneOfEach(), Keymap.DEFAULT, 100)));
        String rebound = statusLine(state(oneOfEach(), rebound(Action.PROBLEMS, "X"), 100));
        assertTrue(rebound.contains("1 skipped — X lists them"), rebound);
        String unbound = statusLine(state(oneOfEach(), rebound(Action.PROBLEMS), 100));
        assertTrue(unbound.contains("1 skipped") && !unbound.contains("lists them"), unbound);
    }

    @Test
    void aFetchInProgressIsNamedWithTheKeyThatCancelsIt() {
        LibraryBuilder builder = new LibraryBuilder().fetchStarted("http://127.0.0.1:8123/feed.xml");
        builder.add(Fixtures.feature());
        String status = statusLine(state(builder, Keymap.DEFAULT, 100));
        assertTrue(status.contains("fetching 127.0.0.1:8123… Esc cancels"), status);
        assertFalse(status.contains("loading…"), status);
        builder.fetchStarted("https://example.org/other");
        String two = statusLine(state(builder, rebound(Action.CANCEL, "<c-g>"), 100));
        assertTrue(two.contains("fetching 127.0.0.1:8123 and 1 more… Ctrl-G cancels"), two);
    }
}
