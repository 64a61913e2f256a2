// Over 250 lines: the one status row of every screen: counts, prompts, fetch progress and key hints, cut to fit.
package dev.lede.ui.view;

import dev.lede.core.text.Columns;
import dev.lede.core.text.LineFit;
import dev.lede.core.text.Sanitizer;
import dev.lede.ui.ArticleLinks;
import dev.lede.ui.Fetching;
import dev.lede.ui.Focus;
import dev.lede.ui.Geometry;
import dev.lede.ui.Glyphs;
import dev.lede.ui.ListPage;
import dev.lede.ui.Overlay;
import dev.lede.ui.Prompt;
import dev.lede.ui.ReaderPage;
import dev.lede.ui.ShownText;
import dev.lede.ui.Sort;
import dev.lede.ui.UiOptions;
import dev.lede.ui.UiState;
import dev.lede.ui.Update;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Keymap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bottom row: position, scroll percentage, loading progress, problems, the last message, and key
 * hints whose keys come from the key map. While a search is typed it shows the search instead.
 */
final class StatusBar {

    /** A hint: the first key of each action, joined by "/", then what they do. */
    private record Hint(String label, Action... actions) {}

    private static final List<Hint> LIST_HINTS = List.of(
            new Hint("move", Action.NEXT_HEADLINE, Action.PREVIOUS_HEADLINE), new Hint("open", Action.OPEN),
            new Hint("search", Action.SEARCH_LIBRARY), new Hint("sort", Action.CYCLE_SORT),
            new Hint("help", Action.HELP), new Hint("quit", Action.BACK_OR_QUIT));
    private static final List<Hint> READER_HINTS = List.of(
            new Hint("scroll", Action.SCROLL_DOWN, Action.SCROLL_UP),
            new Hint("page", Action.PAGE_DOWN),
            new Hint("related", Action.FOCUS_RELATED),
            new Hint("next/prev", Action.NEXT_ARTICLE, Action.PREVIOUS_ARTICLE),
            new Hint("search", Action.SEARCH_ARTICLE),
            new Hint("back", Action.BACK),
            new Hint("help", Action.HELP));
    // The library's only article: q quits from it at once, so that is what the hint offers instead of "back".
    private static final List<Hint> ONLY_ARTICLE_HINTS = List.of(
            new Hint("scroll", Action.SCROLL_DOWN, Action.SCROLL_UP), new Hint("page", Action.PAGE_DOWN),
            new Hint("related", Action.FOCUS_RELATED), new Hint("search", Action.SEARCH_ARTICLE),
            new Hint("quit", Action.BACK_OR_QUIT), new Hint("help", Action.HELP));
    private static final List<Hint> RELATED_HINTS = List.of(
            new Hint("choose", Action.NEXT_RELATED, Action.PREVIOUS_RELATED),
                    new Hint("open", Action.OPEN_FOCUSED_RELATED),
            new Hint("return", Action.FOCUS_RELATED), new Hint("help", Action.HELP));
    private static final List<Hint> OVERLAY_HINTS = List.of(
            new Hint("scroll", Action.SCROLL_DOWN, Action.SCROLL_UP),
            new Hint("page", Action.PAGE_DOWN),
            new Hint("close", Action.BACK_OR_QUIT));

    private static final List<Hint> LINKS_HINTS = List.of(
            new Hint("choose", Action.NEXT_LINK, Action.PREVIOUS_LINK), new Hint("open", Action.OPEN_SELECTED_LINK),
            new Hint("copy", Action.COPY_SELECTED_LINK), new Hint("close", Action.BACK_OR_QUIT));

    private static final List<Hint> STORY_HINTS = List.of(
            new Hint("choose", Action.NEXT_IN_STORY, Action.PREVIOUS_IN_STORY),
            new Hint("open", Action.OPEN_FROM_STORY),
            new Hint("close", Action.BACK_OR_QUIT));

    /** A filter cut for a message keeps this much, enough to recognise the search by. */
    private static final int MIN_FILTER_COLUMNS = 16;
    /** A message keeps at least this much of itself beside the position, else it is shown alone. */
    private static final int MIN_MESSAGE_COLUMNS = 20;

    private StatusBar() {}

    static FrameLine line(UiState state) {
        Glyphs glyphs = state.options().glyphs();
        String separator = separator(state);
        Row row = new Row(state.width(), glyphs.cut());
        row.text(" ", Style.STATUS_BAR);
        if (state.prompt().isPresent() && state.prompt().get().target() == Prompt.Target.COUNT) {
            boolean links = state.reader()
                    .flatMap(ReaderPage::article)
                    .map(article -> ArticleLinks.highest(article) > 0)
                    .orElse(false);
            row.cut(count(state.prompt().get().text(), links, state.options()), Style.STATUS_BAR);
            return row.line(Style.STATUS_BAR);
        }
        if (state.prompt().isPresent()) {
            Prompt prompt = state.prompt().get();
            String where = prompt.target() == Prompt.Target.LIBRARY ? "search all: " : "search article: ";
            row.text(where, Style.STATUS_BAR);
            // The query stays in sight (its end, where the typing is); the hints beside it give way first.
            String query = "/" + prompt.text() + glyphs.promptCursor();
            String hints = "  Enter keep  Esc cancel";
            boolean hintsFit = Columns.width(query) + Columns.width(hints) < row.remaining();
            row.text(LineFit.cutStart(query, row.remaining(), glyphs.cut()), Style.BOLD);
            if (hintsFit) {
                row.text(hints, Style.KEY_HINT);
            }
            return row.line(Style.STATUS_BAR);
        }
        List<String> parts = new ArrayList<>();
        Keymap keymap = state.options().keymap();
        List<String> fetching = state.library().fetching();
        if (!fetching.isEmpty()) {
            parts.add("fetching " + Fetching.describe(fetching) + "…"
                    + KeyLabel.phrase(state.options(), Action.CANCEL, "cancels")
                            .map(cancel -> " " + cancel)
                            .orElse(""));
        } else if (!state.library().isComplete()) {
            parts.add("loading…"); // the position above counts what has loaded so far
        }
        state.fetch().ifPresent(fetch -> parts.add(fetch.describe()));
        String summary = LoadSummary.brief(state.library().counts());
        if (!summary.isEmpty()) {
            parts.add(summary
                    + KeyLabel.phrase(state.options(), Action.PROBLEMS, "lists them")
                            .map(list -> " — " + list)
                            .orElse(""));
        }
        state.message().ifPresent(message -> parts.add(Sanitizer.sanitizeLine(message)));
        // Measured as drawn: where the terminal's charset has no "…" or "↓", their stand-ins are wider.
        ShownText shown = state.options().shown();
        parts.replaceAll(shown::line);
        // A message is what was just said, so a long search's quoted text gives way to it ("not matched yet").
        int room = state.message().isEmpty()
                ? Integer.MAX_VALUE
                : row.remaining() - Columns.width(String.join(separator, parts)) - Columns.width(separator);
        parts.add(0, shown.line(position(state, room)));
        String said = String.join(separator, parts);
        if (state.message().isPresent()) {
            // On a narrow screen the position and the rest give way to the message, said once: at 20 columns
            // "1/44  ·  reading 4…" had left nothing of "not found: harbour" or "marked unread".
            String message = shown.line(Sanitizer.sanitizeLine(state.message().get()));
            int messageRoom = row.remaining() - (Columns.width(said) - Columns.width(message));
            if (messageRoom < Math.min(Columns.width(message), MIN_MESSAGE_COLUMNS)) {
                said = message;
            }
        }
        row.cut(said, Style.STATUS_BAR);
        if (state.message().isEmpty()) {
            // Whole hints only, as many as fit: a hint cut short ("h ba…") names no action.
            String hints = fitting(hints(state), row.remaining() - Columns.width(separator));
            if (!hints.isEmpty()) {
                row.text(separator, Style.STATUS_BAR);
                row.cut(hints, Style.KEY_HINT);
            }
        }
        return row.line(Style.STATUS_BAR);
    }

    /** A number typed in the reader, and what the keys after it do with it (keys from the key map). */
    private static String count(String number, boolean links, UiOptions options) {
        List<String> parts = new ArrayList<>();
        if (links) {
            KeyLabel.phrase(options, Action.OPEN_LINK, "opens link [" + number + "]")
                    .ifPresent(parts::add);
            KeyLabel.phrase(options, Action.COPY_LINK, "copies it").ifPresent(parts::add);
        }
        // An article without links waits only for another digit: the number is a related headline's.
        parts.add(
                parts.isEmpty()
                        ? "related headline " + number + ", or type the next digit"
                        : "else related headline " + number);
        return options.shown().line(number + " — " + String.join(", ", parts));
    }

    /** Where the cursor is, what the list is narrowed to (cut when it is longer than {@code room}) and the sort. */
    private static String position(UiState state, int room) {
        ListPage list = state.list();
        int count = list.order().size();
        String at = (count == 0 ? 0 : list.selected() + 1) + "/" + count;
        String filter = list.order().isFiltered()
                ? " " + Sanitizer.sanitizeLine(list.order().describeFilter())
                : "";
        String rest = positionRest(state, list);
        int filterRoom = room - Columns.width(at) - Columns.width(rest);
        if (Columns.width(filter) > filterRoom) {
            filter = LineFit.cut(
                    filter,
                    Math.max(filterRoom, MIN_FILTER_COLUMNS),
                    state.options().glyphs().cut());
        }
        return at + filter + rest;
    }

    private static String positionRest(UiState state, ListPage list) {
        String at = "";
        if (list.order().sort() != Sort.FILE_ORDER) {
            at += " by " + list.order().sort().label();
        }
        Geometry geometry = state.geometry();
        boolean readerShown = state.reader().isPresent() && (geometry.split() || state.focus() == Focus.READER);
        if (state.overlay().isPresent() && state.overlay().get() instanceof Overlay.Story story) {
            // The position above is the list's; the timeline's own is the one being chosen in.
            at += separator(state) + "story " + (story.selected() + 1) + "/"
                    + story.entries().size();
        }
        if (readerShown && state.overlay().isEmpty()) {
            ReaderPage reader = state.reader().get();
            if (reader.isLoaded()) {
                at += separator(state) + "reading " + reader.percent(geometry.page()) + "%";
            }
        }
        return at;
    }

    private static String separator(UiState state) {
        return "  " + state.options().glyphs().separator() + "  ";
    }

    /** The first hints that fit in {@code columns}, two spaces apart. */
    private static String fitting(List<String> hints, int columns) {
        StringBuilder shown = new StringBuilder();
        for (String hint : hints) {
            String next = shown.length() == 0 ? hint : shown + "  " + hint;
            if (Columns.width(next) > columns) {
                break;
            }
            shown.setLength(0);
            shown.append(next);
        }
        return shown.toString();
    }

    private static List<String> hints(UiState state) {
        Keymap keymap = state.options().keymap();
        List<Hint> hints;
        if (state.overlay().isPresent()) {
            dev.lede.ui.Overlay overlay = state.overlay().get();
            hints = overlay instanceof dev.lede.ui.Overlay.Links
                    ? LINKS_HINTS
                    : overlay instanceof dev.lede.ui.Overlay.Story ? STORY_HINTS : OVERLAY_HINTS;
        } else if (state.focus() == Focus.READER && state.reader().isPresent()) {
            hints = state.reader().get().relatedFocus() >= 0
                    ? RELATED_HINTS
                    : Update.isOnlyArticle(state.library()) ? ONLY_ARTICLE_HINTS : READER_HINTS;
        } else {
            hints = LIST_HINTS;
        }
        return hints.stream()
                .filter(hint -> !keymap.keys(hint.actions()[0]).isEmpty())
                .map(hint -> java.util.Arrays.stream(hint.actions())
                                .map(action -> keymap.keys(action).isEmpty()
                                        ? ""
                                        : state.options()
                                                .shown()
                                                .key(keymap.keys(action).get(0)))
                                .collect(Collectors.joining("/"))
                        + " " + hint.label())
                .toList();
    }
}
