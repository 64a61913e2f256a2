package dev.lede.core.parse.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** Where a link goes, as an absolute URL; null for links that lead nowhere a reader can follow. */
final class LinkTargets {

    private LinkTargets() {}

    static String absolute(Element a) {
        String raw = a.attr("href").strip();
        String lower = raw.toLowerCase(Locale.ROOT);
        if (raw.isEmpty() || raw.startsWith("#") || lower.startsWith("javascript:") || lower.startsWith("data:")) {
            return null;
        }
        String abs = a.absUrl("href");
        return HtmlText.lineOrNull(abs.isEmpty() ? raw : abs);
    }
}
