package dev.lede.core.parse.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Renders an HTML fragment that is already the content (a feed item's body, say) with the same block
 * renderer as pages, after removing what is never content (scripts, styles, hidden elements). No
 * scoring: the fragment's author chose what belongs in it.
 */
public final class HtmlFragment {

    private HtmlFragment() {}

    /** The blocks and numbered links of {@code html}; relative links resolve against {@code baseUri}. */
    public static HtmlBlocks.Rendered render(String html, String baseUri) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html, baseUri == null ? "" : baseUri);
        ContentCleaner.prepare(doc);
        return HtmlBlocks.render(doc.body());
    }
}
