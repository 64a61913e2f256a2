package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@code lede stories} says of one story: how many articles, the calendar days they span, how many of them
 * are dated, the earliest article's headline, and its articles' ids in the timeline's order (oldest first, as
 * {@code s} shows them; the first is the story's id, {@code lede export}'s {@code "story"}).
 *
 * @param firstDay the earliest day an article of the story states, null when none states one
 * @param lastDay  the latest such day, null when none
 * @param dated    how many of its articles state a date
 */
public record StorySummary(String firstDay, String lastDay, int dated, String headline, List<ArticleId> articles) {

    public StorySummary {
        articles = Collections.unmodifiableList(new ArrayList<>(articles));
    }

    /** How many articles the story holds. */
    public int size() {
        return articles.size();
    }

    /** The story's id: its earliest article's, as {@code lede export} writes it in each article's {@code "story"}. */
    public ArticleId id() {
        return articles.get(0);
    }

    /** The summary of a story given oldest first, as {@link LinkGraph#stories()} gives each. */
    public static StorySummary of(List<LibraryEntry> story) {
        Span span = new Span();
        List<ArticleId> ids = new ArrayList<>(story.size());
        for (LibraryEntry entry : story) {
            span.add(entry.published());
            ids.add(entry.id());
        }
        return span.summary(story.get(0).headline(), ids);
    }

    /** The days seen so far of one story's articles: the first and the last in text order, and how many. */
    static final class Span {
        private String first;
        private String last;
        private int dated;

        void add(String published) {
            String day = day(published);
            if (day != null) {
                dated++;
                first = first == null || day.compareTo(first) < 0 ? day : first;
                last = last == null || day.compareTo(last) > 0 ? day : last;
            }
        }

        StorySummary summary(String headline, List<ArticleId> articles) {
            return new StorySummary(first, last, dated, headline, articles);
        }

        /** The calendar day of an ISO 8601 date or instant, as the source stated it. */
        private static String day(String published) {
            return published == null || published.length() < 10 ? published : published.substring(0, 10);
        }
    }
}
