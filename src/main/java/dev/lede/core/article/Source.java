package dev.lede.core.article;

/**
 * Where an article came from: {@code name} is the path or URL as given on the command line, or
 * {@code "-"} for stdin; {@code item} is the 1-based item number inside a feed, 0 otherwise.
 */
public record Source(String name, int item) {

    public static final String STDIN = "-";

    public static Source of(String name) {
        return new Source(name, 0);
    }

    public Source forItem(int number) {
        return new Source(name, number);
    }

    public boolean isStdin() {
        return STDIN.equals(name);
    }

    /** The export's {@code source}: the name, plus {@code #N} for a feed item. */
    public String label() {
        return item == 0 ? name : name + "#" + item;
    }
}
