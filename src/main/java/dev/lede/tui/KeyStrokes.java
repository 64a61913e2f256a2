package dev.lede.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.ui.keys.Key;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns Lanterna key strokes into {@link Key}s in vi notation ({@code j}, {@code <c-d>},
 * {@code <enter>}, {@code <s-tab>}, {@code <pgdn>}); strokes that are not keys (mouse, cursor reports,
 * paste markers, EOF) give nothing. One instance per input: a character outside the basic plane (🚀, 𠮷)
 * arrives as two strokes, its surrogate halves, and is one key.
 */
public final class KeyStrokes {

    /** The first half of a character whose second half is still to come, or 0. */
    private char high;

    /** The key this stroke completes, if any: a stroke alone, or the second half of a surrogate pair. */
    public Optional<Key> next(KeyStroke stroke) {
        char pending = high;
        high = 0;
        if (stroke.getKeyType() == KeyType.Character && !stroke.isCtrlDown() && !stroke.isAltDown()) {
            char c = stroke.getCharacter();
            if (Character.isHighSurrogate(c)) {
                high = c;
                return Optional.empty();
            }
            if (Character.isLowSurrogate(c) && pending != 0) {
                return Optional.of(Key.of(new String(new char[] {pending, c})));
            }
        }
        return toKey(stroke);
    }

    public static Optional<Key> toKey(KeyStroke stroke) {
        String name = switch (stroke.getKeyType()) {
            case Character -> character(stroke);
            case Enter -> "<enter>";
            case Escape -> "<esc>";
            case Tab -> stroke.isShiftDown() ? "<s-tab>" : "<tab>";
            case ReverseTab -> "<s-tab>";
            case Backspace -> "<bs>";
            case Delete -> "<del>";
            case Insert -> "<ins>";
            case ArrowUp -> modified(stroke, "up");
            case ArrowDown -> modified(stroke, "down");
            case ArrowLeft -> modified(stroke, "left");
            case ArrowRight -> modified(stroke, "right");
            case PageUp -> modified(stroke, "pgup");
            case PageDown -> modified(stroke, "pgdn");
            case Home -> modified(stroke, "home");
            case End -> modified(stroke, "end");
            case F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18, F19 ->
                modified(stroke, stroke.getKeyType().name().toLowerCase(Locale.ROOT));
            default -> null;
        };
        return Optional.ofNullable(name).map(Key::of);
    }

    private static String character(KeyStroke stroke) {
        char c = stroke.getCharacter();
        if (Character.isSurrogate(c)) {
            return null; // half of a non-BMP character: no key means it
        }
        if (stroke.isCtrlDown() && !stroke.isAltDown()) {
            switch (Character.toLowerCase(c)) {
                case 'm', 'j' -> {
                    return "<enter>"; // CR or LF reported as Ctrl-M / Ctrl-J
                }
                case 'h' -> {
                    return "<bs>";
                }
                case 'i' -> {
                    return "<tab>";
                }
                case '[' -> {
                    return "<esc>";
                }
                case ' ' -> {
                    return "<c-space>";
                }
                default -> {
                    return "<c-" + Character.toLowerCase(c) + ">";
                }
            }
        }
        String plain = c == ' ' ? "space" : String.valueOf(c);
        if (stroke.isAltDown()) {
            return "<" + (stroke.isCtrlDown() ? "c-" : "") + "a-" + plain + ">";
        }
        return c == ' ' ? "<space>" : plain;
    }

    private static String modified(com.googlecode.lanterna.input.KeyStroke stroke, String name) {
        String prefix = (stroke.isCtrlDown() ? "c-" : "")
                + (stroke.isAltDown() ? "a-" : "")
                + (stroke.isShiftDown() ? "s-" : "");
        return "<" + prefix + name + ">";
    }
}
