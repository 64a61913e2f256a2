package dev.lede.ui.keys;

/**
 * One key press in vi notation: printable keys as themselves ({@code "j"}, {@code "G"}, {@code "/"}),
 * others in angle brackets: {@code <enter> <esc> <tab> <s-tab> <bs> <up> <down> <left> <right>
 * <pgup> <pgdn> <home> <end> <f1> <space>} and control keys as {@code <c-d>}.
 */
public record Key(String name) {

    public static Key of(String name) {
        return new Key(name);
    }

    /** True for a single printable character, which prompts (search) take as text. */
    public boolean isPrintable() {
        return !name.startsWith("<") || name.equals("<");
    }
}
