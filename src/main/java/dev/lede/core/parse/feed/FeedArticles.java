package dev.lede.core.parse.feed;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Link;
import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.parse.PlausibleDates;
import dev.lede.core.parse.html.AuthorNames;
import dev.lede.core.parse.html.HtmlBlocks;
import dev.lede.core.parse.html.HtmlFragment;
import dev.lede.core.text.ShortText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns a {@link FeedEntry} into an {@link Article}: renders the body, reads the date, names the site. */
final class FeedArticles {

    private static final String UNTITLED = "(untitled)";
    private static final int DERIVED_HEADLINE_MAX = 120;

    private FeedArticles() {}

    /**
     * @param dates the dates the item may have: the first of its dates that is one dates it
     * @param order which of day and month the feed writes first in numeric dates
     */
    static Article toArticle(
            FeedEntry entry, Source source, Format format, String site, PlausibleDates dates, DayMonthOrder order) {
        List<Block> body;
        List<Link> links;
        if (entry.content() == null || entry.content().isBlank()) {
            body = List.of();
            links = List.of();
        } else if (entry.isHtml()) {
            HtmlBlocks.Rendered rendered = HtmlFragment.render(entry.content(), entry.baseUri());
            body = rendered.blocks();
            links = rendered.links();
        } else {
            body = new ArrayList<>();
            for (String paragraph : FeedText.paragraphs(entry.content())) {
                body.add(new Block.Paragraph(paragraph));
            }
            links = List.of();
        }

        List<Problem> problems = new ArrayList<>();
        String published = null;
        String unreadable = null;
        for (String text : entry.dates()) {
            Optional<String> iso = FeedDates.toIso(text, order);
            if (iso.isEmpty()) {
                unreadable = unreadable == null ? text : unreadable;
            } else if (dates.iso(iso.get())) {
                // A day after the one the feed was read on is a scheduled event's, a year before 1990 a placeholder
                // ("0001-01-01"): the next date says more.
                published = iso.get();
                break;
            }
        }
        if (published == null && unreadable != null) {
            problems.add(new Problem(source.label(), "unreadable date \"" + FeedText.oneLine(unreadable) + "\""));
        }

        String link = FeedText.oneLine(entry.link());
        String headline = headline(FeedText.oneLine(entry.title()), body, link);
        // Same join as Article.bodyText(): the id covers what the reader shows.
        String bodyText = body.stream().map(Block::text).collect(Collectors.joining("\n\n"));
        ArticleId id = ArticleId.forContent(headline + "\n" + (link == null ? "" : link) + "\n" + bodyText);
        return new Article(
                id,
                source,
                format,
                headline,
                AuthorNames.clean(FeedText.oneLine(entry.author())),
                published,
                link,
                site,
                body,
                List.of(),
                links,
                problems,
                entry.addresses());
    }

    /** The title; an untitled item (allowed in RSS 2.0) is named by its first words, else its link. */
    private static String headline(String title, List<Block> body, String link) {
        if (title != null) {
            return title;
        }
        for (Block block : body) {
            String text = block.text();
            if (!text.isBlank() && !(Block.own(block) instanceof Block.Image)) {
                return ShortText.cut(text, DERIVED_HEADLINE_MAX);
            }
        }
        return link != null ? link : UNTITLED;
    }
}
