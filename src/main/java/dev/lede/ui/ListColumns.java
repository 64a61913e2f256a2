package dev.lede.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * Which columns the headline list shows right of the headline ({@code set columns}): the article's
 * source (the folder its file is in: a subscription's name in the fetched library) and its date. They
 * go on a narrow list, the date first, so the headline keeps {@value #MIN_HEADLINE} columns.
 *
 * @param auto   both only when the library's articles come from more than one folder (the fetched library,
 *               one folder a subscription); a single folder keeps the whole width for its headlines
 * @param source the source column is wanted
 * @param date   the date column is wanted
 */
public record ListColumns(boolean auto, boolean source, boolean date) {

    public static final ListColumns AUTO = new ListColumns(true, true, true);
    public static final ListColumns NONE = new ListColumns(false, false, false);
    public static final int MIN_HEADLINE = 28;
    public static final int SOURCE_WIDTH = 12;
    /** {@code 12 Dec 2026}. */
    public static final int DATE_WIDTH = 11;

    /** {@code auto}, {@code none}, or {@code source}, {@code date} joined by commas. */
    public static Optional<ListColumns> of(String value) {
        String words = value.strip().toLowerCase(Locale.ROOT);
        if (words.equals("auto")) {
            return Optional.of(AUTO);
        }
        if (words.equals("none")) {
            return Optional.of(NONE);
        }
        boolean source = false;
        boolean date = false;
        for (String word : words.split(",", -1)) {
            switch (word.strip()) {
                case "source" -> source = true;
                case "date" -> date = true;
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new ListColumns(false, source, date));
    }

    /**
     * The columns shown in a list {@code width} columns wide, over a library with more than one folder or not:
     * the date goes first on a narrow list, since the source says more when the folders differ.
     */
    public ListColumns fitted(int width, boolean manyFolders) {
        boolean wanted = !auto || manyFolders;
        boolean showSource = wanted && source && width - (SOURCE_WIDTH + 1) >= MIN_HEADLINE + 2;
        int left = width - (showSource ? SOURCE_WIDTH + 1 : 0);
        boolean showDate = wanted && date && left - (DATE_WIDTH + 1) >= MIN_HEADLINE + 2;
        return new ListColumns(false, showSource, showDate);
    }
}
