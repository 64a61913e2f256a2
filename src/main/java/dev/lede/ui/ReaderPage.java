package dev.lede.ui;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.library.LibraryEntry;
import dev.lede.ui.keys.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reader: the entry being read, its article and layout once they have arrived, the first line on
 * screen, the search in it, and the focused related headline.
 *
 * @param pending          where to put the top line when the article arrives (history restores)
 * @param relatedFocus     the focused related headline (0-based), or -1 when the related list has no focus
 * @param topBeforeRelated where the reader was before {@code r}, to go back there on a second {@code r}
 * @param jumped           true when reached from another article by a related jump, so {@code h} goes back to it
 * @param unavailable      why the article could not be read, when it could not
 * @param typedAhead       the keys typed while the article was on its way, to act on once it is here ({@link TypeAhead})
 */
public record ReaderPage(
        LibraryEntry entry,
        Optional<Article> article,
        Optional<ReaderLayout> layout,
        int top,
        Anchor pending,
        Optional<ArticleSearch> search,
        int relatedFocus,
        int topBeforeRelated,
        boolean jumped,
        Optional<String> unavailable,
        List<Key> typedAhead) {

    /** At most this many keys wait for an article: a held-down key must not pile up without end. */
    static final int MOST_TYPED_AHEAD = 64;

    /** A reader waiting for {@code entry}'s article, to be shown at {@code anchor}. */
    public static ReaderPage loading(LibraryEntry entry, Anchor anchor, boolean jumped) {
        return new ReaderPage(
                entry,
                Optional.empty(),
                Optional.empty(),
                0,
                anchor,
                Optional.empty(),
                -1,
                -1,
                jumped,
                Optional.empty(),
                List.of());
    }

    public boolean isLoaded() {
        return layout.isPresent();
    }

    public int lineCount() {
        return layout.map(ReaderLayout::size).orElse(0);
    }

    /** The place of the top line, as history keeps it. */
    public Anchor anchor() {
        return layout.map(l -> l.anchorAt(top)).orElse(pending);
    }

    /** The greatest top line that still fills {@code rows} rows. */
    public int maxTop(int rows) {
        return Math.max(0, lineCount() - Math.max(1, rows));
    }

    public ReaderPage withTop(int newTop, int rows) {
        int clamped = Math.max(0, Math.min(newTop, maxTop(rows)));
        return new ReaderPage(
                entry,
                article,
                layout,
                clamped,
                pending,
                search,
                relatedFocus,
                topBeforeRelated,
                jumped,
                unavailable,
                typedAhead);
    }

    public ReaderPage withArticle(Article newArticle, ReaderLayout newLayout, int rows) {
        int newTop = newLayout.lineOf(pending);
        return new ReaderPage(
                        entry,
                        Optional.of(newArticle),
                        Optional.of(newLayout),
                        0,
                        pending,
                        Optional.empty(),
                        -1,
                        -1,
                        jumped,
                        Optional.empty(),
                        typedAhead)
                .withTop(newTop, rows);
    }

    /**
     * The same article laid out again (another width, or articles linking to it found), with the top line
     * kept in view, the search's current match kept and the focused related headline or Linked from article
     * still the one focused.
     */
    public ReaderPage relaidOut(ReaderLayout newLayout, int rows) {
        return relaidOut(entry, article, newLayout, rows);
    }

    /** The article's new text, its file rewritten under the same id, laid out as {@link #relaidOut} keeps it. */
    public ReaderPage withNewText(LibraryEntry newEntry, Article newArticle, ReaderLayout newLayout, int rows) {
        return relaidOut(newEntry, Optional.of(newArticle), newLayout, rows);
    }

    private ReaderPage relaidOut(
            LibraryEntry newEntry, Optional<Article> newArticle, ReaderLayout newLayout, int rows) {
        Anchor keep = anchor();
        // The same text holds the same matches in the same order: the one stepped to stays current.
        Optional<ArticleSearch> newSearch = search.map(s -> {
            ArticleSearch again = ArticleSearch.of(newLayout, s.query());
            return again.withCurrent(Math.min(s.current(), again.matches().size() - 1));
        });
        return new ReaderPage(
                        newEntry,
                        newArticle,
                        Optional.of(newLayout),
                        0,
                        keep,
                        newSearch,
                        focusIn(newLayout),
                        topBeforeRelated,
                        jumped,
                        unavailable,
                        typedAhead)
                .withTop(newLayout.lineOf(keep), rows);
    }

    /**
     * The focus in {@code newLayout}: a Linked from article keeps it where it is listed now; one that no longer
     * links here leaves it on the last one there is. A focus past the list had shown no row focused, and Enter
     * had said "related headlines go from 1 to 3".
     */
    private int focusIn(ReaderLayout newLayout) {
        if (relatedFocus < 0 || layout.isEmpty()) {
            return relatedFocus;
        }
        ReaderLayout old = layout.get();
        int linked = relatedFocus - old.relatedCount();
        if (linked >= 0 && linked < old.linkedFrom().size()) {
            ArticleId id = old.linkedFrom().get(linked).id();
            List<LibraryEntry> now = newLayout.linkedFrom();
            for (int i = 0; i < now.size(); i++) {
                if (now.get(i).id().equals(id)) {
                    return newLayout.relatedCount() + i;
                }
            }
        }
        return Math.min(relatedFocus, newLayout.jumpCount() - 1);
    }

    /** The same page, scrolled the least that brings the focused related headline into {@code rows} rows. */
    public ReaderPage withRelatedFocusInView(int rows) {
        if (relatedFocus < 0 || layout.isEmpty()) {
            return this;
        }
        int line = layout.get().relatedLine(relatedFocus);
        if (line >= top && line < top + rows) {
            return this;
        }
        return withTop(line < top ? line : line - rows + 1, rows);
    }

    public ReaderPage withSearch(Optional<ArticleSearch> newSearch) {
        return new ReaderPage(
                entry,
                article,
                layout,
                top,
                pending,
                newSearch,
                relatedFocus,
                topBeforeRelated,
                jumped,
                unavailable,
                typedAhead);
    }

    public ReaderPage withRelatedFocus(int focus, int before) {
        return new ReaderPage(
                entry, article, layout, top, pending, search, focus, before, jumped, unavailable, typedAhead);
    }

    public ReaderPage withUnavailable(String reason) {
        return new ReaderPage(
                entry,
                article,
                layout,
                top,
                pending,
                search,
                relatedFocus,
                topBeforeRelated,
                jumped,
                Optional.of(reason),
                List.of()); // the keys were for an article that will not come
    }

    /** The page with {@code key} waiting for the article too (none past {@link #MOST_TYPED_AHEAD}). */
    public ReaderPage withTypedAhead(Key key) {
        if (typedAhead.size() >= MOST_TYPED_AHEAD) {
            return this;
        }
        List<Key> keys = new ArrayList<>(typedAhead);
        keys.add(key);
        return withKeys(List.copyOf(keys));
    }

    public ReaderPage withoutTypedAhead() {
        return withKeys(List.of());
    }

    private ReaderPage withKeys(List<Key> keys) {
        return new ReaderPage(
                entry,
                article,
                layout,
                top,
                pending,
                search,
                relatedFocus,
                topBeforeRelated,
                jumped,
                unavailable,
                keys);
    }

    /** How far through the article the bottom of the screen is, 0–100. */
    public int percent(int rows) {
        int lines = lineCount();
        if (lines == 0 || lines <= rows) {
            return 100;
        }
        return Math.min(100, (int) ((long) (top + rows) * 100 / lines));
    }
}
