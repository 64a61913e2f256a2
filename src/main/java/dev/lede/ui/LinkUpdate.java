package dev.lede.ui;

import dev.lede.core.article.Article;
import dev.lede.ui.keys.Action;
import java.util.Optional;

/** The open article's links: open in a browser, copy the link or the text, list them all. */
final class LinkUpdate {

    private LinkUpdate() {
    }

    static Transition act(UiState state, ReaderPage reader, Action action) {
        Optional<Article> article = reader.article();
        if (article.isEmpty()) {
            return Transition.of(state.withMessage(reader.unavailable().isPresent() ? "this article cannot be shown" : "still loading"));
        }
        return switch (action) {
            case OPEN_LINK -> link(article.get())
                    .map(url -> Transition.of(state, new Effect.OpenLink(url)))
                    .orElseGet(() -> Transition.of(state.withMessage(noLink(article.get()))));
            case COPY_LINK -> link(article.get())
                    .map(url -> Transition.of(state, new Effect.CopyToClipboard(url, "link")))
                    .orElseGet(() -> Transition.of(state.withMessage(noLink(article.get()))));
            case COPY_TEXT -> Transition.of(state, new Effect.CopyToClipboard(text(article.get()), "article text"));
            case LIST_LINKS -> article.get().url() == null && article.get().links().isEmpty()
                    ? Transition.of(state.withMessage("this article has no links"))
                    : Transition.of(state.withOverlay(Optional.of(new Overlay.Links(0))));
            default -> Transition.of(state);
        };
    }

    /** The article's own link: where it was published. */
    private static Optional<String> link(Article article) {
        return WebLink.clean(article.url());
    }

    private static String noLink(Article article) {
        return article.url() == null ? "this article has no link" : "this article's link is not a web link";
    }

    private static String text(Article article) {
        String body = article.bodyText();
        String headline = article.headline();
        // A plain-text article's headline is often its first sentence: copy it once.
        boolean inBody = headline == null || headline.isBlank() || body.startsWith(headline.strip());
        return inBody ? body : headline + "\n\n" + body;
    }
}
