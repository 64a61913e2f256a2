package dev.lede.ui.config;

import java.util.Arrays;
import java.util.Optional;

/** {@code set color}: how many colours to draw with, or {@code auto} to go by TERM, COLORTERM and NO_COLOR. */
public enum ColorChoice {
    AUTO("auto"),
    NONE("none"),
    ANSI_16("16"),
    INDEXED_256("256"),
    TRUE_COLOR("truecolor");

    private final String word;

    ColorChoice(String word) {
        this.word = word;
    }

    /** The word the configuration file writes. */
    public String word() {
        return word;
    }

    static Optional<ColorChoice> of(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }
}
