package dev.lede.core.parse.feed;

import org.jsoup.Jsoup;

/** Plain text of a short HTML string, such as a title given as escaped HTML. */
final class ShortHtmlText {

    private ShortHtmlText() {}

    static String toText(String html) {
        return html == null ? null : Jsoup.parseBodyFragment(html).text();
    }
}
