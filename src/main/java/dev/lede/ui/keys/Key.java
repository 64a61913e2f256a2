package dev.lede.ui.keys;

import java.util.Map;
import java.util.Objects;

/**
 * One key press in vi notation: printable keys as themselves ({@code "j"}, {@code "G"}, {@code "/"}),
 * others in angle brackets: {@code <enter> <esc> <tab> <s-tab> <bs> <up> <down> <left> <right>
 * <pgup> <pgdn> <home> <end> <f1> <space>} and control keys as {@code <c-d>}.
 */
public record Key(String name) {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("<enter>", "Enter"),
            Map.entry("<esc>", "Esc"),
            Map.entry("<tab>", "Tab"),
            Map.entry("<s-tab>", "Shift-Tab"),
            Map.entry("<bs>", "Backspace"),
            Map.entry("<up>", "↑"),
            Map.entry("<down>", "↓"),
            Map.entry("<left>", "←"),
            Map.entry("<right>", "→"),
            Map.entry("<pgup>", "PgUp"),
            Map.entry("<pgdn>", "PgDn"),
            Map.entry("<home>", "Home"),
            Map.entry("<end>", "End"),
            Map.entry("<space>", "Space"));

    /** The arrow keys' names where their marks cannot be shown: words, as PgUp and Home are (↑ had been a '?'). */
    private static final Map<String, String> ASCII_ARROWS = Map.of(
            "<up>", "Up",
            "<down>", "Down",
            "<left>", "Left",
            "<right>", "Right");

    public static Key of(String name) {
        return new Key(name);
    }

    // Written out: a record's generated ones bootstrap method handles on first use: +70 ms CPU in a cold Java 17 JVM
    // (C1, serial GC; A/B of the two forms, 8 interleaved runs, lambdas already in use), about a tenth of the
    // reader's first frame, and the key map is built (hashing every key) before it.
    @Override
    public boolean equals(Object other) {
        return other instanceof Key that && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }

    /** True for a single printable character, which prompts (search) take as text. */
    public boolean isPrintable() {
        return !name.startsWith("<") || name.equals("<");
    }

    /** The text a printable key types: its character, or a space for {@code <space>}. */
    public String typed() {
        return name.equals("<space>") ? " " : name;
    }

    /** How the key is written for people: {@code Ctrl-D}, {@code Enter}, {@code ↓}, {@code Alt-x}, {@code F9}, {@code j}. */
    public String label() {
        return label(true);
    }

    /**
     * {@link #label()}, with the arrow keys written {@code Up}, {@code Down}, {@code Left}, {@code Right} unless
     * {@code arrows}: for a terminal that cannot show their marks.
     */
    public String label(boolean arrows) {
        String known = label(name, arrows);
        if (known != null || !name.startsWith("<") || !name.endsWith(">") || name.length() < 3) {
            return known != null ? known : name;
        }
        String inner = name.substring(1, name.length() - 1);
        StringBuilder out = new StringBuilder();
        boolean ctrl = false;
        while (inner.length() > 2 && inner.charAt(1) == '-' && "cas".indexOf(inner.charAt(0)) >= 0) {
            char modifier = inner.charAt(0);
            ctrl |= modifier == 'c';
            out.append(modifier == 'c' ? "Ctrl-" : modifier == 'a' ? "Alt-" : "Shift-");
            inner = inner.substring(2);
        }
        String base = label("<" + inner + ">", arrows);
        if (base == null) {
            base = switch (inner) {
                case "del" -> "Delete";
                case "ins" -> "Insert";
                default ->
                    inner.matches("f[0-9]{1,2}")
                            ? "F" + inner.substring(1)
                            : ctrl && inner.length() == 1 ? inner.toUpperCase(java.util.Locale.ROOT) : inner;
            };
        }
        return out.append(base).toString();
    }

    private static String label(String name, boolean arrows) {
        return arrows ? LABELS.get(name) : ASCII_ARROWS.getOrDefault(name, LABELS.get(name));
    }
}
