package dev.lede.core.export;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.StorySummary;
import java.util.List;
import java.util.function.Function;

/**
 * One line of {@code lede export}: an article as a JSON object with the fields the README's "Formats" lists, in
 * that order. {@code resolve} gives the id a related headline points at, or null.
 */
public final class ExportRecord {

    private ExportRecord() {}

    public static String toJson(Article article, Function<RelatedHeadline, ArticleId> resolve, List<Problem> problems) {
        return toJson(article, resolve, problems, false, false);
    }

    /**
     * Where an article stands among the library's links: the articles whose related headlines lead to it,
     * and its story's earliest article (itself when it stands alone).
     */
    public record Links(List<ArticleId> linkedFrom, ArticleId story) {

        public Links {
            linkedFrom = List.copyOf(linkedFrom);
        }

        /** An article nothing links to, in a story of its own. */
        public static Links alone(ArticleId id) {
            return new Links(List.of(), id);
        }
    }

    /** With the reading state: {@code read} and {@code starred} close the object. */
    public static String toJson(
            Article article,
            Function<RelatedHeadline, ArticleId> resolve,
            List<Problem> problems,
            boolean read,
            boolean starred) {
        return toJson(article, resolve, Links.alone(article.id()), problems, read, starred);
    }

    /** With the article's links in the library: {@code linked_from} and {@code story} follow {@code related}. */
    public static String toJson(
            Article article,
            Function<RelatedHeadline, ArticleId> resolve,
            Links links,
            List<Problem> problems,
            boolean read,
            boolean starred) {
        return toJson(article, article.source().label(), resolve, links, problems, read, starred);
    }

    /** As above, the article's source named {@code source} (the samples' name when their files do not last). */
    public static String toJson(
            Article article,
            String source,
            Function<RelatedHeadline, ArticleId> resolve,
            Links links,
            List<Problem> problems,
            boolean read,
            boolean starred) {
        StringBuilder out = new StringBuilder(256 + article.headline().length() * 4);
        out.append("{\"id\":");
        Json.string(out, article.id().value());
        field(out, "source", source);
        field(out, "format", article.format().id());
        field(out, "title", orNull(article.headline()));
        field(out, "byline", orNull(article.byline()));
        // as the source stated it, offset included, so the calendar day is the page's own (docs/formats.md, "`lede
        // export`")
        field(out, "published", orNull(article.published()));
        field(out, "url", orNull(article.url()));
        out.append(",\"addresses\":[");
        for (int i = 0; i < article.addresses().size(); i++) {
            out.append(i == 0 ? "" : ",");
            Json.string(out, article.addresses().get(i));
        }
        out.append(']');
        field(out, "site", orNull(article.site()));
        // text only: a program reads the pictures from "images", the reader shows them in place (docs/formats.md,
        // "Pictures, by who reads the output")
        field(out, "body", article.text());
        out.append(",\"images\":[");
        List<Block.Image> pictures = article.pictures();
        for (int i = 0; i < pictures.size(); i++) {
            out.append(i == 0 ? "{\"alt\":" : ",{\"alt\":");
            Json.string(out, orNull(pictures.get(i).alt()));
            field(out, "url", orNull(pictures.get(i).url()));
            out.append('}');
        }
        out.append(']');
        out.append(",\"related\":[");
        List<RelatedHeadline> related = article.related();
        for (int i = 0; i < related.size(); i++) {
            RelatedHeadline headline = related.get(i);
            ArticleId target = resolve.apply(headline);
            out.append(i == 0 ? "{\"headline\":" : ",{\"headline\":");
            Json.string(out, headline.headline());
            field(out, "url", orNull(headline.url()));
            field(out, "target", target == null ? null : target.value());
            out.append('}');
        }
        out.append("],\"linked_from\":[");
        for (int i = 0; i < links.linkedFrom().size(); i++) {
            out.append(i == 0 ? "" : ",");
            Json.string(out, links.linkedFrom().get(i).value());
        }
        out.append(']');
        field(out, "story", links.story().value());
        out.append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Json.string(out, problems.get(i).message());
        }
        out.append("],\"read\":")
                .append(read)
                .append(",\"starred\":")
                .append(starred)
                .append('}');
        return out.toString();
    }

    /** One line of {@code lede list --json}. */
    public static String listJson(int number, ArticleId id, String source, String title) {
        StringBuilder out = new StringBuilder(128);
        out.append("{\"n\":").append(number).append(",\"id\":");
        Json.string(out, id.value());
        field(out, "source", source);
        field(out, "title", orNull(title));
        return out.append('}').toString();
    }

    /** One line of {@code lede list --json} with {@code related}: the numbers its related headlines resolve to. */
    public static String listJson(int number, ArticleId id, String source, String title, int[] related) {
        StringBuilder out = new StringBuilder(listJson(number, id, source, title));
        out.setLength(out.length() - 1); // reopen the object
        out.append(",\"related\":[");
        for (int i = 0; i < related.length; i++) {
            out.append(i == 0 ? "" : ",").append(related[i]);
        }
        return out.append("]}").toString();
    }

    /**
     * One line of {@code lede stories --json}: the story's id ({@code "story"}, as each of its articles' export
     * record has it), size, first and last day (null when none is dated), how many articles are dated, the earliest
     * headline ({@code "title"}) and the articles' ids in the timeline's order.
     */
    public static String storyJson(StorySummary story) {
        StringBuilder out = new StringBuilder(96 + 16 * story.articles().size());
        out.append("{\"story\":");
        Json.string(out, story.id() == null ? null : story.id().value());
        out.append(",\"size\":").append(story.size());
        field(out, "first", story.firstDay());
        field(out, "last", story.lastDay());
        out.append(",\"dated\":").append(story.dated());
        field(out, "title", orNull(story.headline()));
        out.append(",\"articles\":[");
        for (int i = 0; i < story.articles().size(); i++) {
            ArticleId id = story.articles().get(i);
            out.append(i == 0 ? "" : ",");
            Json.string(out, id == null ? null : id.value());
        }
        return out.append("]}").toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(",\"").append(name).append("\":");
        Json.string(out, value);
    }

    /** Unknown values are null, never the empty string (README, "Formats"). */
    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
