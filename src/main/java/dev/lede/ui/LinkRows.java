package dev.lede.ui;

import dev.lede.core.article.Article;
import dev.lede.core.text.Columns;
import dev.lede.core.text.Sanitizer;
import dev.lede.core.text.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * The links overlay ({@code U}) laid out in rows, without its looks: under the title and a blank row, each
 * entry of {@link ArticleLinks#of} with its label, its text wrapped and its URL shown whole, cut between
 * characters when longer than the row. The update scrolls by these rows; the view draws exactly these.
 */
public record LinkRows(List<Entry> entries) {

    /** The title and the blank row above the entries. */
    public static final int TITLE_ROWS = OverlayRows.HEADER_ROWS;

    /**
     * One entry's rows: its text lines (none for the article's own link or a link without text), then its
     * URL's pieces; the label stands on the first row, {@link #indent} on the others.
     */
    public record Entry(ArticleLinks.Entry link, String label, List<String> text, List<String> url) {

        public Entry {
            text = List.copyOf(text);
            url = List.copyOf(url);
        }

        public String indent() {
            return " ".repeat(Columns.width(label));
        }

        public int rows() {
            return text.size() + url.size();
        }
    }

    public LinkRows {
        entries = List.copyOf(entries);
    }

    public static LinkRows of(Article article, int width) {
        List<Entry> entries = new ArrayList<>();
        for (ArticleLinks.Entry link : ArticleLinks.of(article)) {
            String label = link.isArticle() ? " article  " : " [" + link.number() + "] ";
            int room = Math.max(1, width - Columns.width(label) - 1);
            List<String> text = new ArrayList<>();
            String clean = Sanitizer.sanitizeLine(link.text());
            if (!link.isArticle() && !clean.isBlank()) {
                for (Wrap.Line line : Wrap.text(clean, Wrap.Role.PARAGRAPH, 0, room)) {
                    text.add(line.text());
                }
            }
            entries.add(new Entry(link, label, text, Wrap.whole(Sanitizer.sanitizeLine(link.url()), room)));
        }
        return new LinkRows(entries);
    }

    /** Rows in all, the title's included. */
    public int count() {
        int rows = TITLE_ROWS;
        for (Entry entry : entries) {
            rows += entry.rows();
        }
        return rows;
    }

    /** The first and last row of entry {@code index} (0, 0 for none), to keep the selection in view. */
    public int[] rowsOf(int index) {
        if (index < 0 || index >= entries.size()) {
            return new int[] {0, 0};
        }
        int first = TITLE_ROWS;
        for (int i = 0; i < index; i++) {
            first += entries.get(i).rows();
        }
        return new int[] {first, first + entries.get(index).rows() - 1};
    }
}
