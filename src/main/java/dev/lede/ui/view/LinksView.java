package dev.lede.ui.view;

import dev.lede.core.article.Article;
import dev.lede.core.article.Link;
import dev.lede.core.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;

/** The links overlay ({@code U}): the article's own link, then each numbered link with its text. */
final class LinksView {

    private LinksView() {
    }

    static List<FrameLine> lines(Article article, int width) {
        List<FrameLine> lines = new ArrayList<>();
        int count = article.links().size() + (article.url() == null ? 0 : 1);
        String title = " " + count + (count == 1 ? " link" : " links") + " — y copies the article's link, q or Esc closes this";
        lines.add(new Row(width).cut(title, Style.BOLD).line(Style.NORMAL));
        lines.add(new Row(width).line(Style.NORMAL));
        if (article.url() != null) {
            lines.add(new Row(width).text(" article  ", Style.DIM).cut(Sanitizer.sanitizeLine(article.url()), Style.LINK)
                    .line(Style.NORMAL));
        }
        for (Link link : article.links()) {
            String label = " [" + link.number() + "] " + Sanitizer.sanitizeLine(link.text() == null ? "" : link.text()) + "  ";
            lines.add(new Row(width).cut(label, Style.NORMAL).cut(Sanitizer.sanitizeLine(String.valueOf(link.url())), Style.LINK)
                    .line(Style.NORMAL));
        }
        return lines;
    }
}
