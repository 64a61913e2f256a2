package dev.lede.ui.keys;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys bound to each action. A key is looked up in the most specific context first: the related
 * list, the links list and the story fall back to the reader, and every context falls back to {@link Context#EVERYWHERE}.
 */
public final class Keymap {

    /** The default key map (README, "Keys"): vi and arrows everywhere, less for paging and search. */
    public static final Keymap DEFAULT = defaults();

    private final Map<Action, List<Key>> keys;
    private final Map<Context, Map<Key, Action>> byContext = new EnumMap<>(Context.class);

    public Keymap(Map<Action, List<Key>> keys) {
        Map<Action, List<Key>> copy = new LinkedHashMap<>();
        keys.forEach((action, bound) -> copy.put(action, List.copyOf(bound)));
        this.keys = java.util.Collections.unmodifiableMap(copy);
        for (Context context : Context.values()) {
            byContext.put(context, new LinkedHashMap<>());
        }
        this.keys.forEach((action, bound) ->
                bound.forEach(key -> byContext.get(action.context()).putIfAbsent(key, action)));
    }

    /** The action a key asks for in {@code context}, looking in the contexts it falls back to. */
    public Optional<Action> find(Context context, Key key) {
        for (Context c : chain(context)) {
            Action action = byContext.get(c).get(key);
            if (action != null) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /**
     * The action {@code key} asks for in a context outside {@code context}'s chain when it asks for none there, so
     * a key pressed in the wrong place can say where it works: the reader's places first, the list last (Enter in
     * the reader is a related headline's key before it is the list's).
     */
    public Optional<Action> elsewhere(Context context, Key key) {
        if (find(context, key).isPresent()) {
            return Optional.empty();
        }
        List<Context> here = chain(context);
        for (Context c : List.of(Context.READER, Context.RELATED, Context.LINKS, Context.STORY, Context.LIST)) {
            Action action = here.contains(c) ? null : byContext.get(c).get(key);
            if (action != null) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** The keys bound to an action, in the order they are listed. */
    public List<Key> keys(Action action) {
        return keys.getOrDefault(action, List.of());
    }

    /** Every binding, in table order. */
    public Map<Action, List<Key>> bindings() {
        return keys;
    }

    /** {@code context} and the contexts it falls back to, most specific first. */
    public static List<Context> chain(Context context) {
        List<Context> out = new ArrayList<>();
        out.add(context);
        if (context == Context.RELATED || context == Context.LINKS || context == Context.STORY) {
            out.add(Context.READER);
        }
        if (context != Context.EVERYWHERE) {
            out.add(Context.EVERYWHERE);
        }
        return out;
    }

    private static Keymap defaults() {
        Map<Action, List<Key>> map = new LinkedHashMap<>();
        bind(map, Action.BACK_OR_QUIT, "q");
        bind(map, Action.QUIT, "Q", "<c-c>");
        bind(map, Action.CANCEL, "<esc>");
        bind(map, Action.HELP, "?", "<f1>");
        bind(map, Action.REDRAW, "<c-l>");
        bind(map, Action.SWITCH_FOCUS, "<tab>");
        bind(map, Action.FULL_SCREEN, "z");
        bind(map, Action.PROBLEMS, "P");
        bind(map, Action.SUSPEND, "<c-z>");
        bind(map, Action.TOGGLE_READ, "m");
        bind(map, Action.TOGGLE_STAR, "F");
        bind(map, Action.FETCH_SUBSCRIPTIONS, "R");

        bind(map, Action.NEXT_HEADLINE, "j", "<down>", "<c-n>");
        bind(map, Action.PREVIOUS_HEADLINE, "k", "<up>", "<c-p>");
        bind(map, Action.LIST_PAGE_DOWN, "<space>", "f", "<c-f>", "<pgdn>");
        bind(map, Action.LIST_PAGE_UP, "b", "<c-b>", "<pgup>");
        bind(map, Action.LIST_HALF_PAGE_DOWN, "d", "<c-d>");
        bind(map, Action.LIST_HALF_PAGE_UP, "<c-u>");
        bind(map, Action.FIRST_HEADLINE, "g", "<home>", "<");
        bind(map, Action.LAST_HEADLINE, "G", "<end>", ">");
        bind(map, Action.OPEN, "<enter>", "l", "<right>");
        bind(map, Action.BACK_TO_ARTICLE, "h", "<left>");
        bind(map, Action.SEARCH_LIBRARY, "/");
        bind(map, Action.NEXT_MATCH_OR_UNREAD, "n");
        bind(map, Action.PREVIOUS_MATCH_OR_UNREAD, "N");
        bind(map, Action.PREVIOUS_UNREAD, "p");
        bind(map, Action.LIST_STARRED, "'");
        bind(map, Action.CYCLE_SORT, "S");
        bind(map, Action.UNREAD_ONLY, "u");
        bind(map, Action.MARK_ALL_READ, "A");

        bind(map, Action.SCROLL_DOWN, "j", "<down>", "<c-e>");
        bind(map, Action.SCROLL_UP, "k", "<up>", "<c-y>");
        bind(map, Action.PAGE_DOWN, "<space>", "f", "<pgdn>");
        bind(map, Action.PAGE_UP, "b", "<pgup>");
        bind(map, Action.HALF_PAGE_DOWN, "d", "<c-d>");
        bind(map, Action.HALF_PAGE_UP, "u", "<c-u>");
        bind(map, Action.TOP, "g", "<home>", "<");
        bind(map, Action.BOTTOM, "G", "<end>", ">");
        bind(map, Action.NEXT_ARTICLE, "J");
        bind(map, Action.PREVIOUS_ARTICLE, "K");
        bind(map, Action.SEARCH_ARTICLE, "/");
        bind(map, Action.NEXT_MATCH, "n");
        bind(map, Action.PREVIOUS_MATCH, "N");
        bind(map, Action.FOCUS_RELATED, "r");
        for (Action action : Action.values()) {
            if (action.relatedNumber() > 0) {
                bind(map, action, String.valueOf(action.relatedNumber()));
            }
        }
        bind(map, Action.BACK, "h", "<left>", "<bs>");
        bind(map, Action.HISTORY_BACK, "H");
        bind(map, Action.HISTORY_FORWARD, "L");
        bind(map, Action.OPEN_LINK, "o");
        bind(map, Action.COPY_LINK, "y");
        bind(map, Action.COPY_TEXT, "Y");
        bind(map, Action.LIST_LINKS, "U");
        bind(map, Action.SHOW_STORY, "s");

        bind(map, Action.NEXT_RELATED, "<tab>");
        bind(map, Action.PREVIOUS_RELATED, "<s-tab>");
        bind(map, Action.OPEN_FOCUSED_RELATED, "<enter>");

        bind(map, Action.NEXT_LINK, "j", "<down>", "<tab>");
        bind(map, Action.PREVIOUS_LINK, "k", "<up>", "<s-tab>");
        bind(map, Action.OPEN_SELECTED_LINK, "<enter>", "o");
        bind(map, Action.COPY_SELECTED_LINK, "y");

        bind(map, Action.NEXT_IN_STORY, "j", "<down>", "<tab>");
        bind(map, Action.PREVIOUS_IN_STORY, "k", "<up>", "<s-tab>");
        bind(map, Action.OPEN_FROM_STORY, "<enter>");
        return new Keymap(map);
    }

    private static void bind(Map<Action, List<Key>> map, Action action, String... names) {
        map.put(action, java.util.Arrays.stream(names).map(Key::of).toList());
    }
}
