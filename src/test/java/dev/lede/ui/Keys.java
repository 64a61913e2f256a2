package dev.lede.ui;

import dev.lede.core.article.Article;
import dev.lede.core.library.Library;
import dev.lede.core.library.LinkGraph;
import dev.lede.ui.keys.Key;
import java.util.ArrayList;
import java.util.List;

/** Drives the state machine in tests: key presses, and the tui's answer to OpenArticle. */
final class Keys {

    private Keys() {}

    /** Presses each key in turn; returns the last transition. */
    static Transition press(UiState state, String... keys) {
        Transition last = Transition.of(state);
        for (String key : keys) {
            last = Update.update(last.state(), new Event.KeyPressed(Key.of(key)));
        }
        return last;
    }

    static UiState pressed(UiState state, String... keys) {
        return press(state, keys).state();
    }

    /** Presses the keys and answers every OpenArticle from {@code articles}, as the tui would. */
    static UiState reading(UiState state, List<Article> articles, String... keys) {
        UiState current = state;
        for (String key : keys) {
            Transition t = Update.update(current, new Event.KeyPressed(Key.of(key)));
            current = answer(t, articles);
        }
        return current;
    }

    static UiState answer(Transition t, List<Article> articles) {
        UiState current = t.state();
        for (Effect effect : t.effects()) {
            if (effect instanceof Effect.BuildLinks build) {
                current = Update.update(current, new Event.LinksBuilt(LinkGraph.of(build.library())))
                        .state();
            }
            if (effect instanceof Effect.OpenArticle open) {
                Article article = articles.stream()
                        .filter(a -> a.id().equals(open.entry().id()))
                        .findFirst()
                        .orElseThrow();
                current = Update.update(current, new Event.ArticleOpened(open.entry(), article))
                        .state();
            }
        }
        return current;
    }

    /** The effects but SaveState, which most tests do not care about. */
    static List<Effect> work(Transition t) {
        return t.effects().stream()
                .filter(e -> !(e instanceof Effect.SaveState))
                .toList();
    }

    static List<Article> all(int more) {
        List<Article> out = new ArrayList<>(List.of(Fixtures.feature(), Fixtures.sequel()));
        out.addAll(Fixtures.numbered(more));
        return out;
    }

    /** The reader's first state with the library's links worked out, as the tui soon answers. */
    static UiState start(Library library, int width, int height) {
        return UiState.initial(library, "feeds/", width, height).withLinks(LinkGraph.of(library));
    }
}
