package dev.lede.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeymapTest {

    private final Keymap keymap = Keymap.DEFAULT;

    @Test
    void noKeyIsBoundTwiceInOneContext() {
        Map<Context, Map<Key, Action>> seen = new HashMap<>();
        keymap.bindings().forEach((action, keys) -> {
            for (Key key : keys) {
                Action before = seen.computeIfAbsent(action.context(), c -> new HashMap<>())
                        .put(key, action);
                assertEquals(
                        null,
                        before,
                        key.name() + " is bound to both " + before + " and " + action + " in " + action.context());
            }
        });
    }

    @Test
    void listAndReaderKeysNeverHideAKeyThatWorksEverywhere() {
        Set<Key> everywhere = new HashSet<>();
        keymap.bindings().forEach((action, keys) -> {
            if (action.context() == Context.EVERYWHERE) {
                everywhere.addAll(keys);
            }
        });
        keymap.bindings().forEach((action, keys) -> {
            if (action.context() == Context.LIST || action.context() == Context.READER) {
                keys.forEach(key ->
                        assertFalse(everywhere.contains(key), key.name() + " of " + action + " hides a global key"));
            }
        });
    }

    @Test
    void everyActionHasAKeyAndAUniqueId() {
        Set<String> ids = new HashSet<>();
        for (Action action : Action.values()) {
            assertFalse(keymap.keys(action).isEmpty(), action + " has no key");
            assertTrue(ids.add(action.id()), "duplicate id " + action.id());
        }
        assertEquals("next-headline", Action.NEXT_HEADLINE.id());
    }

    @Test
    void theRelatedListFallsBackToTheReaderThenEverywhere() {
        assertEquals(Optional.of(Action.NEXT_RELATED), keymap.find(Context.RELATED, Key.of("<tab>")));
        assertEquals(Optional.of(Action.SWITCH_FOCUS), keymap.find(Context.READER, Key.of("<tab>")));
        assertEquals(Optional.of(Action.SCROLL_DOWN), keymap.find(Context.RELATED, Key.of("j")));
        assertEquals(Optional.of(Action.QUIT), keymap.find(Context.RELATED, Key.of("<c-c>")));
        assertEquals(Optional.of(Action.NEXT_HEADLINE), keymap.find(Context.LIST, Key.of("j")));
        assertEquals(Optional.empty(), keymap.find(Context.LIST, Key.of("J")));
        assertEquals(Optional.of(Action.OPEN_RELATED_3), keymap.find(Context.READER, Key.of("3")));
    }

    @Test
    void aKeyOfAnotherPlaceIsFoundThereTheReadersPlacesFirst() {
        assertEquals(Optional.of(Action.SHOW_STORY), keymap.elsewhere(Context.LIST, Key.of("s")));
        assertEquals(Optional.of(Action.OPEN_FOCUSED_RELATED), keymap.elsewhere(Context.READER, Key.of("<enter>")));
        assertEquals(Optional.of(Action.CYCLE_SORT), keymap.elsewhere(Context.READER, Key.of("S")));
        assertEquals(Optional.empty(), keymap.elsewhere(Context.LIST, Key.of("j")), "j works here");
        assertEquals(Optional.empty(), keymap.elsewhere(Context.LIST, Key.of("x")), "x is bound nowhere");
    }

    @Test
    void keysAreLabelledForPeople() {
        assertEquals("Ctrl-D", Key.of("<c-d>").label());
        assertEquals("↓", Key.of("<down>").label());
        assertEquals("Shift-Tab", Key.of("<s-tab>").label());
        assertEquals("G", Key.of("G").label());
        assertEquals("F9", Key.of("<f9>").label());
        assertEquals("Alt-x", Key.of("<a-x>").label());
        assertEquals("Ctrl-Alt-Space", Key.of("<c-a-space>").label());
        assertEquals("Ctrl-↑", Key.of("<c-up>").label());
        assertEquals("Delete", Key.of("<del>").label());
    }

    @Test
    void theMarkdownTableListsEveryGroupAndMergesTheNumberKeys() {
        String markdown = new KeyTable(keymap).markdown();
        assertTrue(
                markdown.startsWith(
                        "### Everywhere\n| Keys | Action |\n|---|---|\n| `q` | back one level; quit at the top or from the only article |\n"),
                markdown);
        assertTrue(markdown.contains("| `j` `↓` `Ctrl-N` | next headline |"));
        assertTrue(
                markdown.contains(
                        "| `1` `2` `3` `4` `5` `6` `7` `8` `9` | open related headline N, the Linked from articles numbered on after them (1 2 opens 12) |"));
        assertTrue(markdown.contains("### Related headlines (after r)"));
        for (Action action : Action.values()) {
            assertTrue(markdown.contains(action.help().replace("|", "\\|")), action + " is in the table");
        }
    }

    @Test
    void rowsComeInTableOrder() {
        List<KeyTable.Row> rows = new KeyTable(keymap).rows(Context.LIST);
        assertEquals("next headline", rows.get(0).help());
        assertEquals(List.of("A"), rows.get(rows.size() - 1).keys());
    }
}
