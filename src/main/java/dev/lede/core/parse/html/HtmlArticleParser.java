package dev.lede.core.parse.html;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.parse.ArticleParser;
import dev.lede.core.parse.HeadlineShape;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.PlausibleDates;
import dev.lede.core.text.ShortText;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page as one article: metadata from JSON-LD, meta tags and markup; the main
 * content only, found by scoring; related headlines from related-story sections. Never throws:
 * trouble is reported as a {@link Problem}.
 */
public final class HtmlArticleParser implements ArticleParser {

    /** Far above real articles (the largest page of the Readability corpus has under 10,000). */
    private static final int MAX_SCORED_ELEMENTS = 30_000;
    /** The markup is a shell when the script's state holds more than this many times its words. */
    private static final int STATE_SHARE = 3;

    @Override
    public Parsed parse(Input input) {
        try {
            return read(input);
        } catch (RuntimeException | StackOverflowError e) {
            // A last guard: a page must never take the program down, whatever jsoup or we missed.
            return Parsed.skipped(new Problem(
                    input.source().label(),
                    "could not read HTML (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private Parsed read(Input input) {
        List<Problem> problems = new ArrayList<>();
        String name = input.source().label();
        HtmlCharset.Decoded decoded = HtmlCharset.decode(input.bytes(), input.contentType());
        if (decoded.problem() != null) {
            problems.add(new Problem(name, decoded.problem()));
        }
        Document doc = Jsoup.parse(decoded.text(), input.baseUrl());
        StreamedContent.place(doc);
        HtmlMetadata meta = HtmlMetadata.read(doc, PlausibleDates.of(input));
        if (doc.location().isEmpty() && meta.url() != null && meta.url().startsWith("http")) {
            doc.setBaseUri(meta.url());
        }
        List<RelatedHeadline> related = RelatedLinks.find(doc, meta.url());

        Element content;
        if (doc.getAllElements().size() > MAX_SCORED_ELEMENTS) {
            // Scoring edits the tree, and jsoup re-indexes siblings on each edit; on a huge tree that is
            // quadratic. Such pages (or attacks) are read whole instead.
            content = doc.body();
        } else {
            ContentCleaner.prepare(doc);
            content = ContentScorer.mainContent(doc, meta.headline());
            // A site's signature is no person's name: lines that begin with it are not an author's card.
            BoilerplateBlocks.strip(content, meta.signedBySite() ? null : meta.byline(), meta.headline(), meta.site());
        }
        HtmlBlocks.Rendered rendered = renderedOrState(HtmlBlocks.render(content), meta.state(), doc.location());
        List<Block> body = dropLeadingHeadline(rendered.blocks(), meta.headline());

        String headline = meta.headline() != null ? meta.headline() : firstText(body);
        if (body.isEmpty()) {
            problems.add(new Problem(name, "no readable text found in the page"));
        }
        if (headline == null) {
            headline = name;
        }
        Article article = new Article(
                ArticleId.forContent(Article.bodyParts(headline + "\n", body)),
                input.source(),
                Format.HTML,
                headline,
                meta.byline(),
                meta.published(),
                url(meta, input),
                meta.site(),
                body,
                related,
                rendered.links(),
                problems,
                addresses(meta, input));
        return new Parsed(List.of(article), problems);
    }

    /**
     * Whether {@code page}'s byline is its site's signature, which a page naming no author has (HtmlMetadata), rather
     * than a person's name: a feed's item whose text comes from the page takes no byline from it, its site being the
     * feed's title.
     */
    public static boolean signedBySite(Article page) {
        return page.byline() != null && page.byline().equals(BylineChoice.clean(page.site()));
    }

    /**
     * The markup's text, unless the script's state holds the story and the markup under a third of its words: a
     * page its script renders in the browser, whose saved markup is a shell (a loading line, the site's menus).
     */
    private static HtmlBlocks.Rendered renderedOrState(HtmlBlocks.Rendered markup, EmbeddedState state, String base) {
        if (state.bodyHtml() == null) {
            return markup;
        }
        HtmlBlocks.Rendered fromState = HtmlBlocks.render(
                Jsoup.parseBodyFragment(state.bodyHtml(), base).body());
        return words(markup.blocks()) * STATE_SHARE < words(fromState.blocks()) ? fromState : markup;
    }

    private static int words(List<Block> blocks) {
        int words = 0;
        for (Block b : blocks) {
            words += HtmlText.words(HtmlText.line(b.text()));
        }
        return words;
    }

    /** The page's canonical URL; else, for a page fetched from a URL, that URL. */
    private static String url(HtmlMetadata meta, Input input) {
        if (meta.url() != null) {
            return meta.url();
        }
        String base = baseUrl(input.source().name());
        return base.isEmpty() ? null : base;
    }

    /** A URL source is its own base; a file's relative links resolve against the page's canonical URL, if any. */
    private static String baseUrl(String sourceName) {
        return sourceName.startsWith("http://") || sourceName.startsWith("https://") ? sourceName : "";
    }

    /** Every address the page states as its own, then where it was fetched from and where the redirects ended. */
    private static List<String> addresses(HtmlMetadata meta, Input input) {
        List<String> addresses = new ArrayList<>(meta.addresses());
        addresses.addAll(input.fetchedAddresses());
        return addresses;
    }

    private static List<Block> dropLeadingHeadline(List<Block> blocks, String headline) {
        if (headline == null
                || blocks.isEmpty()
                || !(blocks.get(0) instanceof Block.Heading h)
                || !h.text().equalsIgnoreCase(headline)) {
            return blocks;
        }
        return blocks.subList(1, blocks.size());
    }

    private static String firstText(List<Block> body) {
        for (Block b : body) {
            String line = HtmlText.line(b.text());
            if (!line.isEmpty()) {
                return ShortText.cut(line, HeadlineShape.MAX_CHARS);
            }
        }
        return null;
    }
}
