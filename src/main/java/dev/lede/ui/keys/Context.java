package dev.lede.ui.keys;

/** Where a key binding applies; also the group an action is listed under in help and the README. */
public enum Context {
    EVERYWHERE("Everywhere"),
    LIST("Headline list"),
    READER("Reader"),
    RELATED("Related headlines (after r)"),
    LINKS("Links (after U)"),
    STORY("Story (after s)");

    private final String title;

    Context(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
