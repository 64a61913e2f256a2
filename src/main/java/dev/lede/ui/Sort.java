package dev.lede.ui;

/** The orders the headline list can be shown in; {@code S} cycles through them. */
public enum Sort {
    FILE_ORDER("file order"),
    NEWEST("newest"),
    TITLE("title");

    private final String label;

    Sort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Sort next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
