package dev.lede.core.parse;

/** The format a user may force with {@code --format}; {@link #AUTO} sniffs the content. */
public enum InputFormat {
    AUTO,
    TEXT,
    HTML,
    FEED
}
