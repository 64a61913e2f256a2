package dev.lede.core.parse.html;

import dev.lede.core.article.RelatedHeadline;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Related headlines: links inside sections marked as related, more, read-next or recommended (by
 * class, id, aria-label or a heading's text) whose text looks like a headline. Each keeps its URL.
 */
final class RelatedLinks {

    private static final Pattern MARKED = Pattern.compile(
            "related|read[\\s_-]?next|recommend|more[\\s_-]?(?:stories|news|articles|from|like)|further[\\s_-]?reading"
            + "|also[\\s_-]?read|see[\\s_-]?also|you[\\s_-]?may[\\s_-]?(?:also[\\s_-]?)?like|most[\\s_-]?(?:read|popular)"
            + "|up[\\s_-]?next|what[\\s_-]?to[\\s_-]?read",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile(
            "^(related|more|read (next|more)|recommended|see also|you (may|might) (also )?like|further reading|"
            + "also read|up next|what to read next|most (read|popular)|trending)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!;:…][\"'”’»)\\]]*$");
    private static final Set<String> NOT_HEADLINES = Set.of("read more", "more", "see all", "view all", "comments",
            "share", "next", "previous", "continue reading", "subscribe", "sign up", "log in", "home");
    private static final int MIN_CHARS = 15;
    private static final int MAX_CHARS = 160;
    private static final int MAX_WORDS = 30;

    private RelatedLinks() {
    }

    /** Related headlines of {@code doc}, in page order, without duplicates or links back to {@code selfUrl}. */
    static List<RelatedHeadline> find(Document doc, String selfUrl) {
        Set<Element> sections = new LinkedHashSet<>();
        for (Element e : doc.getAllElements()) {
            String hints = e.className() + " " + e.id() + " " + e.attr("aria-label") + " " + e.attr("data-component");
            if (MARKED.matcher(hints).find()) {
                sections.add(e);
            }
        }
        for (Element h : doc.select("h2, h3, h4, h5, h6, [role=heading]")) {
            if (HEADING.matcher(HtmlText.line(h.text())).find() && HtmlText.line(h.text()).length() < 60
                    && h.parent() != null) {
                sections.add(h.parent());
            }
        }
        List<RelatedHeadline> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element section : outermost(sections)) {
            for (Element a : section.getElementsByTag("a")) {
                String url = LinkTargets.absolute(a);
                String headline = headlineText(a);
                if (url == null || headline == null || url.equals(selfUrl)
                        || !seen.add(url) || !seen.add("\n" + headline.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                out.add(new RelatedHeadline(headline, url));
            }
        }
        return out;
    }

    /** Drops sections inside other chosen sections, so their links are read once. */
    private static List<Element> outermost(Set<Element> sections) {
        List<Element> out = new ArrayList<>();
        for (Element s : sections) {
            boolean nested = false;
            for (Element p = s.parent(); p != null && !nested; p = p.parent()) {
                nested = sections.contains(p);
            }
            if (!nested) {
                out.add(s);
            }
        }
        return out;
    }

    /** The link's text when it reads like a headline: a few words, not a sentence, not a label. */
    static String headlineText(Element a) {
        Element heading = a.selectFirst("h1, h2, h3, h4, h5, h6");
        String text = HtmlText.line(heading != null ? heading.text() : a.text());
        if (text.isEmpty() && a.hasAttr("title")) {
            text = HtmlText.line(a.attr("title"));
        }
        int words = HtmlText.words(text);
        if (text.length() < MIN_CHARS || text.length() > MAX_CHARS || words < 3 || words > MAX_WORDS
                || NOT_HEADLINES.contains(text.toLowerCase(Locale.ROOT))
                || SENTENCE_END.matcher(text).find() && words > 12) {
            return null;
        }
        return text;
    }
}
