package dev.lede.ui;

import dev.lede.core.article.Article;
import dev.lede.ui.keys.Action;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The open article's links: open one in a browser or copy it (the article's own link, link [N] after a
 * number, or the one selected in the links list), copy the text, list them all.
 */
final class LinkUpdate {

    /** Digits of a link number kept while typing one in the links list. */
    private static final int MAX_DIGITS = 4;

    private LinkUpdate() {}

    static Transition act(UiState state, ReaderPage reader, Action action) {
        Optional<Article> article = reader.article();
        if (article.isEmpty()) {
            return Transition.of(state.withMessage(
                    reader.unavailable().isPresent() ? "this article cannot be shown" : "still loading"));
        }
        return switch (action) {
            case OPEN_LINK, COPY_LINK ->
                use(
                        state,
                        action == Action.OPEN_LINK,
                        article.get().url(),
                        "link",
                        article.get().url() == null
                                ? "this article has no link"
                                : "this article's link is not a web link");
            case COPY_TEXT -> Transition.of(state, new Effect.CopyToClipboard(text(article.get()), "article text"));
            case LIST_LINKS ->
                ArticleLinks.of(article.get()).isEmpty()
                        ? Transition.of(state.withMessage("this article has no links"))
                        : Transition.of(state.withOverlay(Optional.of(new Overlay.Links(0, 0, ""))));
            default -> Transition.of(state);
        };
    }

    /** {@code 3o}, {@code 3y}: opens or copies link [number] of the open article. */
    static Transition numbered(UiState state, boolean open, int number) {
        Optional<Article> article = state.reader().flatMap(ReaderPage::article);
        Optional<ArticleLinks.Entry> entry = article.flatMap(a -> ArticleLinks.numbered(a, number));
        if (entry.isEmpty()) {
            int highest = article.map(ArticleLinks::highest).orElse(0);
            return Transition.of(state.withMessage(
                    highest == 0
                            ? "this article has no numbered links"
                            : "no link [" + number + "]: links go from 1 to " + highest));
        }
        return use(state, open, entry.get().url(), "link [" + number + "]", "link [" + number + "] is not a web link");
    }

    /**
     * An action while the links list is open: moving the selection, opening or copying the selected
     * link. Empty for actions the list leaves to the overlay (scrolling, closing).
     */
    static Optional<Transition> inOverlay(UiState state, Overlay.Links overlay, Action action) {
        List<ArticleLinks.Entry> entries = state.reader()
                .flatMap(ReaderPage::article)
                .map(ArticleLinks::of)
                .orElse(List.of());
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        int last = entries.size() - 1;
        OptionalInt selected = Overlay.selectionAfter(
                action, Action.NEXT_LINK, Action.PREVIOUS_LINK, overlay.selected(), entries.size());
        if (selected.isPresent()) {
            return Optional.of(Transition.of(select(state, overlay, selected.getAsInt(), "")));
        }
        if (action == Action.OPEN_SELECTED_LINK || action == Action.COPY_SELECTED_LINK) {
            ArticleLinks.Entry entry = entries.get(Math.max(0, Math.min(overlay.selected(), last)));
            String what = entry.isArticle() ? "link" : "link [" + entry.number() + "]";
            UiState cleared = state.withOverlay(Optional.of(overlay.withSelected(overlay.selected(), "")));
            return Optional.of(
                    use(cleared, action == Action.OPEN_SELECTED_LINK, entry.url(), what, what + " is not a web link"));
        }
        return Optional.empty();
    }

    /** A digit typed in the links list: selects the link whose number has been typed so far. */
    static Transition typed(UiState state, Overlay.Links overlay, char digit) {
        List<ArticleLinks.Entry> entries = state.reader()
                .flatMap(ReaderPage::article)
                .map(ArticleLinks::of)
                .orElse(List.of());
        String typed = overlay.typed() + digit;
        if (typed.length() > MAX_DIGITS || find(entries, typed) < 0) {
            typed = String.valueOf(digit); // "1" "5" with no link [15]: start again at [5]
        }
        int found = find(entries, typed);
        if (found < 0) {
            return Transition.of(state.withOverlay(Optional.of(overlay.withSelected(overlay.selected(), "")))
                    .withMessage("no link [" + typed + "]"));
        }
        return Transition.of(select(state, overlay, found, typed).withMessage("link [" + typed + "]"));
    }

    private static int find(List<ArticleLinks.Entry> entries, String typed) {
        int number = Integer.parseInt(typed);
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).isArticle() && entries.get(i).number() == number) {
                return i;
            }
        }
        return -1;
    }

    /** The selected link in view again, after a resize. */
    static UiState selectionInView(UiState state, Overlay.Links overlay) {
        return select(state, overlay, overlay.selected(), overlay.typed());
    }

    /**
     * Selects entry {@code index} and scrolls the list so that all of it is in view; the title above the
     * entries stays put ({@link OverlayRows#HEADER_ROWS}), so {@code top} counts the rows below it.
     */
    private static UiState select(UiState state, Overlay.Links overlay, int index, String typed) {
        Overlay.Links chosen = overlay.withSelected(index, typed);
        int[] rows = OverlayRows.links(state).map(links -> links.rowsOf(index)).orElse(new int[] {0, 0});
        int first = rows[0] - OverlayRows.HEADER_ROWS;
        int last = rows[1] - OverlayRows.HEADER_ROWS;
        int page = state.geometry().page();
        int visible = Math.max(1, page - OverlayRows.headerShown(page));
        int top = overlay.top();
        if (last >= top + visible) {
            top = last - visible + 1;
        }
        if (first < top) {
            top = first;
        }
        return state.withOverlay(Optional.of(chosen.scrolledTo(Math.max(0, top))));
    }

    /** Opens or copies {@code url} when it is a web link; says why not otherwise. */
    private static Transition use(UiState state, boolean open, String url, String what, String notWeb) {
        Optional<String> link = WebLink.clean(url);
        if (link.isEmpty()) {
            return Transition.of(state.withMessage(notWeb));
        }
        return Transition.of(
                state, open ? new Effect.OpenLink(link.get(), what) : new Effect.CopyToClipboard(link.get(), what));
    }

    private static String text(Article article) {
        String body = article.bodyText();
        String headline = article.headline();
        // A plain-text article's headline is often its first sentence: copy it once.
        boolean inBody = headline == null || headline.isBlank() || body.startsWith(headline.strip());
        return inBody ? body : headline + "\n\n" + body;
    }
}
