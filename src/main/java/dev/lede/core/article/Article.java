package dev.lede.core.article;

import java.util.ArrayList;
import java.util.List;

/**
 * One article as read from any input: headline, optional metadata, body blocks, related headlines,
 * numbered links and the problems found while reading it. Unknown values are {@code null}.
 *
 * @param published ISO 8601 instant ({@code 2025-03-10T14:00:00Z}) or date ({@code 2025-03-10}), or null
 * @param url       the address the article names as its own (canonical, {@code og:url}, feed link, {@code URL:}), or null
 * @param addresses every address the article is known by, {@code url} first, each once: a page's canonical and
 *                  {@code og:url}, a feed item's link, every {@code URL:} line, where it was fetched from and where
 *                  the redirects ended; related links resolve by any of them (docs/architecture.md)
 */
public record Article(
        ArticleId id,
        Source source,
        Format format,
        String headline,
        String byline,
        String published,
        String url,
        String site,
        List<Block> body,
        List<RelatedHeadline> related,
        List<Link> links,
        List<Problem> problems,
        List<String> addresses) {

    public Article {
        body = List.copyOf(body);
        related = List.copyOf(related);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
        addresses = addresses(url, addresses);
    }

    /** An article whose only address is {@code url} (none when it is null). */
    public Article(
            ArticleId id,
            Source source,
            Format format,
            String headline,
            String byline,
            String published,
            String url,
            String site,
            List<Block> body,
            List<RelatedHeadline> related,
            List<Link> links,
            List<Problem> problems) {
        this(id, source, format, headline, byline, published, url, site, body, related, links, problems, List.of());
    }

    /** This article, known by {@code more} addresses as well (those it has already, blank ones and nulls aside). */
    public Article withAddresses(List<String> more) {
        List<String> all = new ArrayList<>(addresses);
        all.addAll(more);
        return new Article(
                id, source, format, headline, byline, published, url, site, body, related, links, problems, all);
    }

    /** This article with {@code published} as its date (null for none). */
    public Article withPublished(String published) {
        return new Article(
                id, source, format, headline, byline, published, url, site, body, related, links, problems, addresses);
    }

    /** {@code url} and then {@code others}, stripped, each once, without blanks. */
    private static List<String> addresses(String url, List<String> others) {
        List<String> all = new ArrayList<>(others.size() + 1);
        for (int i = -1; i < others.size(); i++) {
            String address = i < 0 ? url : others.get(i);
            String stripped = address == null ? "" : address.strip();
            if (!stripped.isEmpty() && !all.contains(stripped)) {
                all.add(stripped);
            }
        }
        return List.copyOf(all);
    }

    /** The first paragraph-like block, which is what the library keeps in memory beside the headline. */
    public String lede() {
        for (Block block : body) {
            if (block instanceof Block.Paragraph p) {
                return p.text();
            }
        }
        return body.isEmpty() ? "" : body.get(0).text();
    }

    /**
     * Block texts joined by a blank line, without link numbers, pictures as {@code [image: alt]} lines: what
     * the reader shows, searched and hashed into ids (so it stays as it is).
     */
    public String bodyText() {
        return bodyText(body);
    }

    /** The article's text alone: {@link #bodyText()} without its pictures, the export's {@code body}. */
    public String text() {
        return bodyText(body.stream()
                .filter(block -> !(Block.own(block) instanceof Block.Image))
                .toList());
    }

    /** The pictures of the body, in order: the export's {@code images}. */
    public List<Block.Image> pictures() {
        List<Block.Image> pictures = new ArrayList<>();
        for (Block block : body) {
            if (Block.own(block) instanceof Block.Image image) { // a picture in a quotation too
                pictures.add(image);
            }
        }
        return pictures;
    }

    /** Block texts joined by a blank line, for parsers that need it before the article exists (its id). */
    public static String bodyText(List<Block> body) {
        int length = 0;
        for (Block block : body) {
            length += block.text().length() + 2;
        }
        // Sized once: grown from 16 chars, the builder made several copies of each body (docs/performance.md, "Where a
        // first run
        // goes").
        StringBuilder out = new StringBuilder(length);
        for (Block block : body) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(block.text());
        }
        return out.toString();
    }

    /** {@code prefix} and the pieces {@link #bodyText(List)} joins, in order: its text is theirs joined. */
    public static List<String> bodyParts(String prefix, List<Block> body) {
        List<String> parts = new ArrayList<>(2 * body.size() + 1);
        parts.add(prefix);
        boolean empty = true;
        for (Block block : body) {
            String text = block.text();
            if (!empty) {
                parts.add("\n\n");
            }
            parts.add(text);
            empty &= text.isEmpty();
        }
        return parts;
    }
}
