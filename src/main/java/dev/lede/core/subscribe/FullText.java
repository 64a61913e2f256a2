package dev.lede.core.subscribe;

import java.util.Locale;
import java.util.Optional;

/** Whether lede fetches an item's page for its full text: always, never, or when the feed gave only a summary. */
public enum FullText {
    ON,
    OFF,
    AUTO;

    /** {@code on}, {@code off} or {@code auto}, any case. */
    public static Optional<FullText> of(String text) {
        for (FullText value : values()) {
            if (value.word().equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
