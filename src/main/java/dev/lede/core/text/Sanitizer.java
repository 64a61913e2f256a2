package dev.lede.core.text;

import java.text.Normalizer;

/**
 * Makes any string safe to draw and to store (TERMINAL.md point 4, FORMATS.md §1): removes C0 controls
 * but TAB and LF, DEL, C1 controls, bidi overrides and isolates, directional marks, ZWSP, the BOM and
 * other invisible format controls,
 * lone surrogates; turns CR, CRLF and the Unicode line/paragraph separators into LF; and returns NFC.
 * ZWJ and ZWNJ stay: emoji sequences and several scripts need them for shaping.
 *
 * <p>Called on every drawn and every parsed string, so the common case (nothing to change) makes one
 * pass over the chars and returns the same instance.
 */
public final class Sanitizer {

    /** Below this every character is NFC-stable on its own and nothing composes with it. */
    private static final char FIRST_COMBINING = '\u0300';

    private Sanitizer() {
    }

    /** Multi-line text: keeps LF and TAB, turns CR/CRLF/U+2028/U+2029 into LF. */
    public static String sanitize(String text) {
        return clean(text, false);
    }

    /**
     * Text drawn on one row (headlines, file names, error messages): also turns LF, CR and TAB into a
     * space, so the result never holds a control character of any kind.
     */
    public static String sanitizeLine(String text) {
        return clean(text, true);
    }

    private static String clean(String text, boolean oneLine) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        boolean mayNeedNfc = false;
        int length = text.length();
        int i = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (isPairAt(text, i)) {
                mayNeedNfc = true;
                i++;
                continue;
            }
            if (needsWork(c, oneLine)) {
                break;
            }
            if (c >= FIRST_COMBINING) {
                mayNeedNfc = true;
            }
        }
        if (i == length) {
            return mayNeedNfc ? nfc(text) : text;
        }
        StringBuilder out = new StringBuilder(length);
        out.append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (isPairAt(text, i)) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            if (!needsWork(c, oneLine)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\r' -> {
                    if (i + 1 < length && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.append(oneLine ? ' ' : '\n');
                }
                case '\n', '\u2028', '\u2029' -> out.append(oneLine ? ' ' : '\n');
                case '\t' -> out.append(' ');
                default -> {
                    // dropped: control, format character or lone surrogate
                }
            }
        }
        // Run NFC after removal, so a mark that sat behind a removed control still composes.
        return nfc(out.toString());
    }

    private static boolean needsWork(char c, boolean oneLine) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' || oneLine;
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F) {
            return true; // DEL and C1
        }
        if (c < 0x200B) {
            return c == '\u061C'; // Arabic letter mark, a bidi control
        }
        return switch (c) {
            case '\u200B', '\u200E', '\u200F', '\u2028', '\u2029', '\uFEFF' -> true;
            default -> c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u206F' // isolates, then deprecated format controls
                    || c >= '\uFFF9' && c <= '\uFFFB' // interlinear annotation controls
                    || Character.isSurrogate(c);
        };
    }

    private static boolean isPairAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
