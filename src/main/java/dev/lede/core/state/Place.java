package dev.lede.core.state;

/**
 * Where reading stopped in an article, in terms that survive re-wrapping: the unit (title, metadata,
 * body block…) and the character offset inside it where the top line starts.
 */
public record Place(int unit, int offset) {

    public static final Place TOP = new Place(0, 0);

    public Place {
        unit = Math.max(0, unit);
        offset = Math.max(0, offset);
    }
}
