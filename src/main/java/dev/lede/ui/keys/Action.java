package dev.lede.ui.keys;

import java.util.Locale;

/**
 * Everything a key can ask for, one table: an id (for configuration later), the help text shown by
 * {@code ?} and the README, and the context it belongs to. Update switches on actions, never on keys.
 */
public enum Action {
    BACK_OR_QUIT("back one level; quit at the top or from the only article", Context.EVERYWHERE),
    QUIT("quit now (terminal restored)", Context.EVERYWHERE),
    CANCEL("cancel a prompt, clear a search, close an overlay; else stop the fetches in progress", Context.EVERYWHERE),
    HELP("help: every key, grouped", Context.EVERYWHERE),
    REDRAW("redraw", Context.EVERYWHERE),
    SWITCH_FOCUS("switch focus list ↔ reader (side-by-side layout)", Context.EVERYWHERE),
    FULL_SCREEN("reader full screen ↔ split", Context.EVERYWHERE),
    PROBLEMS("list the inputs skipped, read with warnings or merged", Context.EVERYWHERE),
    SUSPEND("suspend to the shell", Context.EVERYWHERE),
    TOGGLE_READ("mark the selected or open article read / unread", Context.EVERYWHERE),
    TOGGLE_STAR("star / unstar the selected or open article", Context.EVERYWHERE),
    FETCH_SUBSCRIPTIONS("fetch the subscriptions in the background", Context.EVERYWHERE),

    NEXT_HEADLINE("next headline", Context.LIST),
    PREVIOUS_HEADLINE("previous headline", Context.LIST),
    LIST_PAGE_DOWN("page down", Context.LIST),
    LIST_PAGE_UP("page up", Context.LIST),
    LIST_HALF_PAGE_DOWN("half page down", Context.LIST),
    LIST_HALF_PAGE_UP("half page up", Context.LIST),
    FIRST_HEADLINE("first headline", Context.LIST),
    LAST_HEADLINE("last headline", Context.LIST),
    OPEN("open in the reader", Context.LIST),
    BACK_TO_ARTICLE(
            "back to the article read last (after a related headline's search: the one it came from)", Context.LIST),
    SEARCH_LIBRARY("search headlines and bodies, incremental; Enter keeps the filter, Esc clears", Context.LIST),
    NEXT_MATCH_OR_UNREAD("next match while a search is active; otherwise next unread", Context.LIST),
    PREVIOUS_MATCH_OR_UNREAD("previous match while a search is active; otherwise previous unread", Context.LIST),
    PREVIOUS_UNREAD("previous unread headline", Context.LIST),
    LIST_STARRED("show only the starred articles (again: all)", Context.LIST),
    CYCLE_SORT("cycle sort: file order, newest, title", Context.LIST),
    UNREAD_ONLY("show only the unread articles (again: all)", Context.LIST),
    MARK_ALL_READ("mark every article in view (after the filters) read", Context.LIST),

    SCROLL_DOWN("scroll down one line", Context.READER),
    SCROLL_UP("scroll up one line", Context.READER),
    PAGE_DOWN("page down (at the end: next article)", Context.READER),
    PAGE_UP("page up", Context.READER),
    HALF_PAGE_DOWN("half page down", Context.READER),
    HALF_PAGE_UP("half page up", Context.READER),
    TOP("top", Context.READER),
    BOTTOM("bottom", Context.READER),
    NEXT_ARTICLE("next article", Context.READER),
    PREVIOUS_ARTICLE("previous article", Context.READER),
    SEARCH_ARTICLE("search in the article; matches highlighted", Context.READER),
    NEXT_MATCH("next match", Context.READER),
    PREVIOUS_MATCH("previous match", Context.READER),
    FOCUS_RELATED("focus the related headlines (again: back to where you were)", Context.READER),
    OPEN_RELATED_1(
            "open related headline N, the Linked from articles numbered on after them (1 2 opens 12)", Context.READER),
    OPEN_RELATED_2(
            "open related headline N, the Linked from articles numbered on after them (1 2 opens 12)", Context.READER),
    OPEN_RELATED_3(
            "open related headline N, the Linked from articles numbered on after them (1 2 opens 12)", Context.READER),
    OPEN_RELATED_4(
            "open related headline N, the Linked from articles numbered on after them (1 2 opens 12)", Context.READER),
    OPEN_RELATED_5(
            "open related headline N, the Linked from articles numbered on after them (1 2 opens 12)", Context.READER),
    OPEN_RELATED_6(
            "open related headline N, the Linked from articles numbered on after them (1 2 opens 12)", Context.READER),
    OPEN_RELATED_7(
            "open related headline N, the Linked from articles numbered on after them (1 2 opens 12)", Context.READER),
    OPEN_RELATED_8(
            "open related headline N, the Linked from articles numbered on after them (1 2 opens 12)", Context.READER),
    OPEN_RELATED_9(
            "open related headline N, the Linked from articles numbered on after them (1 2 opens 12)", Context.READER),
    BACK("back: out of an overlay, else to the article you jumped from, else to the list", Context.READER),
    HISTORY_BACK("history back, at the scroll position it was left at", Context.READER),
    HISTORY_FORWARD("history forward", Context.READER),
    OPEN_LINK(
            "open the article's link with $BROWSER (after a number, link [N]: 3o); with no browser (SSH) copy it instead",
            Context.READER),
    COPY_LINK("copy the article's link to the clipboard (OSC 52) (after a number, link [N]: 3y)", Context.READER),
    COPY_TEXT("copy the article's text to the clipboard (OSC 52)", Context.READER),
    LIST_LINKS("list the article's links, to pick one to open or copy", Context.READER),
    SHOW_STORY("the article's story: the articles its related links connect it to, oldest first", Context.READER),

    NEXT_RELATED("next related headline", Context.RELATED),
    PREVIOUS_RELATED("previous related headline", Context.RELATED),
    OPEN_FOCUSED_RELATED("open it; one not in the library opens a library search for it", Context.RELATED),

    NEXT_LINK("select the next link (or type a link's number)", Context.LINKS),
    PREVIOUS_LINK("select the previous link", Context.LINKS),
    OPEN_SELECTED_LINK("open the selected link with $BROWSER; with no browser (SSH) copy it instead", Context.LINKS),
    COPY_SELECTED_LINK("copy the selected link to the clipboard (OSC 52)", Context.LINKS),

    NEXT_IN_STORY("select the next (later) article of the story", Context.STORY),
    PREVIOUS_IN_STORY("select the previous (earlier) article of the story", Context.STORY),
    OPEN_FROM_STORY("open the selected article", Context.STORY);

    private final String help;
    private final Context context;

    Action(String help, Context context) {
        this.help = help;
        this.context = context;
    }

    /** The stable name of the action, as a configuration file will write it: {@code next-headline}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String help() {
        return help;
    }

    public Context context() {
        return context;
    }

    /** For {@code OPEN_RELATED_N}: N (1–9); 0 for every other action. */
    public int relatedNumber() {
        return name().startsWith("OPEN_RELATED_") ? name().charAt(name().length() - 1) - '0' : 0;
    }
}
