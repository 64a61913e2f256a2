package dev.lede.core.parse;

import dev.lede.core.text.Sanitizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The optional {@code Key: value} block at the top of a plain-text article (README, "Formats"). It exists
 * only when the first non-blank line has a known key; it runs to the first blank line (or the first
 * line that is not a known header). The first value given for a field wins; every {@code URL:} (or
 * {@code Link:}) value is one of the article's addresses.
 *
 * @param urls      every non-empty URL value, in order (the first is {@code fields}' URL)
 * @param bodyStart index of the first line after the block (0 when there is no block)
 */
public record HeaderBlock(Map<Field, String> fields, List<String> urls, int bodyStart) {

    /** What a header key fills. */
    public enum Field {
        HEADLINE,
        BYLINE,
        PUBLISHED,
        SITE,
        URL,
        TAGS,
        ID
    }

    private static final Map<String, Field> KEYS = Map.ofEntries(
            Map.entry("title", Field.HEADLINE),
            Map.entry("headline", Field.HEADLINE),
            Map.entry("author", Field.BYLINE),
            Map.entry("by", Field.BYLINE),
            Map.entry("byline", Field.BYLINE),
            Map.entry("date", Field.PUBLISHED),
            Map.entry("published", Field.PUBLISHED),
            Map.entry("source", Field.SITE),
            Map.entry("site", Field.SITE),
            Map.entry("url", Field.URL),
            Map.entry("link", Field.URL),
            Map.entry("tags", Field.TAGS),
            Map.entry("id", Field.ID));

    public HeaderBlock {
        fields = Map.copyOf(fields);
        urls = List.copyOf(urls);
    }

    public static final HeaderBlock NONE = new HeaderBlock(Map.of(), List.of(), 0);

    public Optional<String> find(Field field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** Reads the block at the top of {@code lines}, or {@link #NONE}. */
    public static HeaderBlock read(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i == lines.size() || entryOf(lines.get(i)).isEmpty()) {
            return NONE;
        }
        Map<Field, String> fields = new HashMap<>();
        List<String> urls = new ArrayList<>();
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            Optional<Map.Entry<Field, String>> entry = entryOf(lines.get(i));
            if (entry.isEmpty()) {
                break;
            }
            if (!entry.get().getValue().isEmpty()) {
                fields.putIfAbsent(entry.get().getKey(), entry.get().getValue());
                if (entry.get().getKey() == Field.URL) {
                    urls.add(entry.get().getValue());
                }
            }
        }
        return new HeaderBlock(fields, urls, i);
    }

    private static Optional<Map.Entry<Field, String>> entryOf(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        Field field = KEYS.get(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
        if (field == null
                || line.substring(0, colon).length()
                        != line.substring(0, colon).stripLeading().length()) {
            return Optional.empty();
        }
        String value = Sanitizer.sanitizeLine(line.substring(colon + 1)).strip();
        return Optional.of(Map.entry(field, value));
    }
}
