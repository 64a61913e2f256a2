package dev.lede.ui;

/**
 * A place in an article that survives re-wrapping: the unit (title, metadata, body block…) and the
 * character offset inside it where a line starts. Used to keep the top line on resize and in history.
 */
public record Anchor(int unit, int offset) {

    public static final Anchor TOP = new Anchor(0, 0);
}
