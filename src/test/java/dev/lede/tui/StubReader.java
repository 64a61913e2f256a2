package dev.lede.tui;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.library.Library;
import dev.lede.core.text.Columns;
import dev.lede.core.text.Graphemes;
import dev.lede.ui.Effect;
import dev.lede.ui.Event;
import dev.lede.ui.view.Frame;
import dev.lede.ui.view.FrameLine;
import dev.lede.ui.view.ScrollHint;
import dev.lede.ui.view.Span;
import dev.lede.ui.view.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tiny stand-in for dev.lede.ui (list, reader, scroll, back, quit), so the loop can be tested before
 * the real state machine lands. Not the product's behaviour: only enough to drive the terminal.
 */
final class StubReader implements PureReader<StubReader.State> {

    record State(
            Library library,
            int width,
            int height,
            int selected,
            Optional<Article> open,
            int top,
            int previousTop,
            String status) {}

    @Override
    public State initial(Library library, int width, int height) {
        return new State(library, width, height, 0, Optional.empty(), 0, 0, "");
    }

    @Override
    public Step<State> update(State s, Event event) {
        State still =
                new State(s.library(), s.width(), s.height(), s.selected(), s.open(), s.top(), s.top(), s.status());
        if (event instanceof Event.LibraryUpdated updated) {
            return step(new State(
                    updated.library(), s.width(), s.height(), s.selected(), s.open(), s.top(), s.top(), s.status()));
        }
        if (event instanceof Event.Resized resized) {
            return step(new State(
                    s.library(), resized.width(), resized.height(), s.selected(), s.open(), s.top(), -1, s.status()));
        }
        if (event instanceof Event.ArticleOpened opened) {
            return step(new State(
                    s.library(), s.width(), s.height(), s.selected(), Optional.of(opened.article()), 0, -1, ""));
        }
        if (event instanceof Event.ArticleUnavailable missing) {
            return step(new State(
                    s.library(), s.width(), s.height(), s.selected(), s.open(), s.top(), -1, missing.reason()));
        }
        if (!(event instanceof Event.KeyPressed pressed)) {
            return step(still);
        }
        String key = pressed.key().name();
        if (key.equals("Q") || key.equals("<c-c>")) {
            return new Step<>(still, List.of(new Effect.Quit()));
        }
        if (s.open().isPresent()) {
            return switch (key) {
                case "j", "<down>" ->
                    step(new State(
                            s.library(),
                            s.width(),
                            s.height(),
                            s.selected(),
                            s.open(),
                            Math.min(s.top() + 1, Math.max(0, body(s).size() - 1)),
                            s.top(),
                            s.status()));
                case "k", "<up>" ->
                    step(new State(
                            s.library(),
                            s.width(),
                            s.height(),
                            s.selected(),
                            s.open(),
                            Math.max(0, s.top() - 1),
                            s.top(),
                            s.status()));
                case "q", "h", "<bs>" ->
                    step(new State(s.library(), s.width(), s.height(), s.selected(), Optional.empty(), 0, -1, ""));
                default -> step(still);
            };
        }
        int last = Math.max(0, s.library().size() - 1);
        return switch (key) {
            case "j", "<down>" ->
                step(new State(
                        s.library(),
                        s.width(),
                        s.height(),
                        Math.min(last, s.selected() + 1),
                        s.open(),
                        0,
                        0,
                        s.status()));
            case "k", "<up>" ->
                step(new State(
                        s.library(), s.width(), s.height(), Math.max(0, s.selected() - 1), s.open(), 0, 0, s.status()));
            case "<enter>" ->
                s.library().size() == 0
                        ? step(still)
                        : new Step<>(
                                still,
                                List.of(new Effect.OpenArticle(s.library().entry(s.selected()))));
            case "q" -> new Step<>(still, List.of(new Effect.Quit()));
            case "<c-l>" -> new Step<>(still, List.of(new Effect.Redraw()));
            default -> step(still);
        };
    }

    @Override
    public Frame view(State s, int scrolled) {
        List<FrameLine> lines = new ArrayList<>();
        int paneHeight = s.height() - 2;
        Optional<ScrollHint> hint = Optional.empty();
        if (s.open().isPresent()) {
            lines.add(new FrameLine(List.of(new Span(s.open().get().headline(), Style.TITLE_BAR)), Style.TITLE_BAR));
            List<String> body = body(s);
            for (int row = 0; row < paneHeight; row++) {
                int index = s.top() + row;
                lines.add(FrameLine.of(Span.plain(index < body.size() ? body.get(index) : "")));
            }
            int distance = s.top() - s.previousTop();
            if (s.previousTop() >= 0 && distance != 0 && Math.abs(distance) < paneHeight) {
                hint = Optional.of(new ScrollHint(1, paneHeight, 0, s.width() - 1, distance));
            }
        } else {
            lines.add(new FrameLine(
                    List.of(new Span("lede: " + s.library().size() + " articles", Style.TITLE_BAR)), Style.TITLE_BAR));
            for (int row = 0; row < paneHeight; row++) {
                if (row < s.library().size()) {
                    Style style = row == s.selected() ? Style.SELECTED : Style.NORMAL;
                    lines.add(new FrameLine(
                            List.of(new Span(s.library().entry(row).headline(), style)), style));
                } else {
                    lines.add(FrameLine.of());
                }
            }
        }
        lines.add(new FrameLine(
                List.of(new Span(s.status().isEmpty() ? "q back  Q quit" : s.status(), Style.STATUS_BAR)),
                Style.STATUS_BAR));
        return new Frame(s.width(), s.height(), lines, hint);
    }

    private static Step<State> step(State state) {
        return new Step<>(state, List.of());
    }

    // Greedy wrap by display columns, cutting only between grapheme clusters.
    private static List<String> body(State s) {
        List<String> lines = new ArrayList<>();
        for (Block block : s.open().orElseThrow().body()) {
            StringBuilder line = new StringBuilder();
            int columns = 0;
            for (String cluster : Graphemes.split(block.text())) {
                int width = Columns.clusterWidth(cluster);
                if (columns + width > s.width()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    columns = 0;
                }
                line.append(cluster);
                columns += width;
            }
            lines.add(line.toString());
            lines.add("");
        }
        return lines;
    }
}
