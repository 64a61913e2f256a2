package dev.lede.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.library.Library;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Keymap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every action in the table does something through its first key, in a state where it applies. */
class EveryActionTest {

    private static final String[] LIST = {"j", "j", "j"};
    private static final String[] READER = {"<enter>", "j", "j"};
    private static final String[] SEARCHED = {"<enter>", "/", "h", "e", "r", "o", "n", "<enter>"};
    private static final String[] RELATED = {"<enter>", "r"};
    private static final String[] LINKS = {"<enter>", "U"};
    private static final String[] STORY = {"<enter>", "s"};

    private final List<Article> articles = Keys.all(40);
    private final Library library = Fixtures.library(40);

    private static Map<Action, String[]> scenarios() {
        Map<Action, String[]> map = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            map.put(
                    action,
                    switch (action.context()) {
                        case LIST, EVERYWHERE -> LIST;
                        case READER -> READER;
                        case RELATED -> RELATED;
                        case LINKS -> LINKS;
                        case STORY -> STORY;
                    });
        }
        map.put(Action.CANCEL, new String[] {"/", "f", "e", "r", "<enter>"});
        map.put(Action.SWITCH_FOCUS, READER);
        map.put(Action.FULL_SCREEN, READER);
        map.put(Action.PREVIOUS_ARTICLE, new String[] {"j", "<enter>"});
        map.put(Action.NEXT_MATCH, SEARCHED);
        map.put(Action.PREVIOUS_MATCH, SEARCHED);
        map.put(Action.HISTORY_BACK, new String[] {"<enter>", "r", "1"});
        map.put(Action.HISTORY_FORWARD, new String[] {"<enter>", "r", "1", "H"});
        map.put(Action.PREVIOUS_LINK, new String[] {"<enter>", "U", "j"});
        map.put(Action.PREVIOUS_IN_STORY, new String[] {"<enter>", "s", "j"});
        return map;
    }

    @Test
    void everyActionChangesTheStateOrAsksForAnEffect() {
        Keymap keymap = Keymap.DEFAULT;
        scenarios().forEach((action, prepare) -> {
            UiState prepared = Keys.reading(Keys.start(library, 80, 24), articles, prepare);
            String key = keymap.keys(action).get(0).name();
            assertNotNull(key);
            Transition t = Keys.press(prepared, key);
            boolean acted = !t.effects().isEmpty() || !t.state().equals(prepared);
            assertTrue(acted, action + " (" + key + ") did nothing after " + String.join(" ", prepare));
            assertFalse(t.state().message().map(m -> m.contains("Exception")).orElse(false));
        });
    }
}
