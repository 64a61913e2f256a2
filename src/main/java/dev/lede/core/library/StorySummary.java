package dev.lede.core.library;

import java.util.List;

/**
 * What {@code lede stories} says of one story: how many articles, the calendar days they span and the
 * earliest article's headline.
 *
 * @param firstDay the earliest day an article of the story states, null when none states one
 * @param lastDay  the latest such day, null when none
 */
public record StorySummary(int size, String firstDay, String lastDay, String headline) {

    /** The summary of a story given oldest first, as {@link LinkGraph#stories()} gives each. */
    public static StorySummary of(List<LibraryEntry> story) {
        Span span = new Span();
        for (LibraryEntry entry : story) {
            span.add(entry.published());
        }
        return span.summary(story.size(), story.get(0).headline());
    }

    /** The days seen so far of one story's articles: the first and the last in text order. */
    static final class Span {
        private String first;
        private String last;

        void add(String published) {
            String day = day(published);
            if (day != null) {
                first = first == null || day.compareTo(first) < 0 ? day : first;
                last = last == null || day.compareTo(last) > 0 ? day : last;
            }
        }

        StorySummary summary(int size, String headline) {
            return new StorySummary(size, first, last, headline);
        }

        /** The calendar day of an ISO 8601 date or instant, as the source stated it. */
        private static String day(String published) {
            return published == null || published.length() < 10 ? published : published.substring(0, 10);
        }
    }
}
