// Over 250 lines: every rule of what a line of text may hold, in one place, so screen and messages agree.
package dev.lede.core.text;

import java.text.Normalizer;

/**
 * Makes any string safe to draw and to store (docs/terminal.md, "Hostile text"): removes C0 controls
 * but TAB and LF, DEL, C1 controls, bidi overrides and isolates, directional marks, ZWSP, the BOM and
 * the other invisible format controls ({@link #removedFromLine}); replaces lone surrogates; turns CR, CRLF and the Unicode line/paragraph separators into LF; and returns NFC.
 * ZWJ and ZWNJ stay: emoji sequences and several scripts need them for shaping.
 *
 * <p>Called on every drawn and every parsed string, so the common case (nothing to change) makes one
 * pass over the chars and returns the same instance.
 */
public final class Sanitizer {

    /** Below this every character is NFC-stable on its own and nothing composes with it. */
    private static final char FIRST_COMBINING = '\u0300';

    private static final char BEL = 0x07;
    private static final char ESC = 0x1B;
    private static final char C1_DCS = 0x90;
    private static final char C1_SOS = 0x98;
    private static final char C1_CSI = 0x9B;
    private static final char C1_ST = 0x9C;
    private static final char C1_OSC = 0x9D;
    private static final char C1_PM = 0x9E;
    private static final char C1_APC = 0x9F;

    private Sanitizer() {}

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
        // One copy to an array: indexing it is about twice as fast as charAt under the C1-only JIT the
        // launcher uses, and every parsed string passes through here.
        char[] chars = text.toCharArray();
        boolean mayNeedNfc = false;
        int length = text.length();
        int i = 0;
        for (; i < length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII: the common case, nothing to do
            }
            if (isPairAt(chars, i)) {
                mayNeedNfc = true;
                i++;
                continue;
            }
            if (needsWork(c, oneLine)) {
                break;
            }
            if (c >= FIRST_COMBINING && !isNfcInert(c)) {
                mayNeedNfc = true;
            }
        }
        if (i == length) {
            return mayNeedNfc ? nfc(text) : text;
        }
        StringBuilder out = new StringBuilder(length);
        out.append(chars, 0, i);
        for (; i < length; i++) {
            char c = chars[i];
            if (isPairAt(chars, i)) {
                out.append(c).append(chars[++i]);
                continue;
            }
            if (!needsWork(c, oneLine)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\r' -> {
                    if (i + 1 < length && chars[i + 1] == '\n') {
                        i++;
                    }
                    out.append(oneLine ? ' ' : '\n');
                }
                case '\n', '\u2028', '\u2029' -> out.append(oneLine ? ' ' : '\n');
                case '\t' -> out.append(' ');
                case ESC, C1_CSI, C1_OSC, C1_DCS, C1_SOS, C1_PM, C1_APC -> i = endOfEscape(text, i);
                default -> {
                    // dropped: control, format character or lone surrogate
                }
            }
        }
        // Run NFC after removal, so a mark that sat behind a removed control still composes.
        return nfc(out.toString());
    }

    /**
     * Index of the last char of the escape sequence starting at {@code start} (ECMA-48 §5.4, §8.3.89):
     * the whole sequence goes, not only its ESC, or "]0;title" would be left on screen as text. A
     * control string without its terminator ends at the line end, so it cannot swallow an article.
     */
    private static int endOfEscape(String text, int start) {
        char first = text.charAt(start);
        int i = start + 1;
        if (first == ESC) {
            if (i >= text.length()) {
                return start;
            }
            char next = text.charAt(i);
            if (next == '[') {
                return endOfControlSequence(text, i + 1);
            }
            if (next == ']' || next == 'P' || next == 'X' || next == '^' || next == '_') {
                return endOfControlString(text, i + 1);
            }
            while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2F) {
                i++; // intermediates, as in ESC ( B
            }
            return i < text.length() && text.charAt(i) > 0x2F && text.charAt(i) < 0x7F ? i : i - 1;
        }
        return first == C1_CSI ? endOfControlSequence(text, i) : endOfControlString(text, i);
    }

    private static int endOfControlSequence(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x3F) {
            i++; // parameters and intermediates
        }
        return i < text.length() && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7E ? i : i - 1;
    }

    private static int endOfControlString(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == BEL || c == C1_ST) {
                return i;
            }
            if (c == ESC && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                return i + 1;
            }
            if (c == '\n' || c == '\r') {
                return i - 1;
            }
        }
        return text.length() - 1;
    }

    private static boolean needsWork(char c, boolean oneLine) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' || oneLine;
        }
        return removedFromLine(c) || Character.isSurrogate(c);
    }

    /**
     * A name as a message shows it: each character a line drops ({@link #removedFromLine}) written out instead,
     * C0 controls and DEL in caret notation as {@code cat -v} writes them ({@code ^[} for ESC, {@code ^J} for a
     * line feed, {@code ^?}), the others as {@code <U+202E>}. A file named with an escape sequence is still named
     * by what its name holds (removing the sequence left "lede: : no such file"), and nothing in it reaches the
     * terminal as a control.
     */
    public static String visibleLine(String text) {
        if (text == null || firstRemovedFromLine(text) < 0) {
            return sanitizeLine(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!removedFromLine(c)) {
                out.append(c);
            } else if (c < 0x20) {
                out.append('^').append((char) (c + 0x40));
            } else if (c == 0x7F) {
                out.append("^?");
            } else {
                out.append(String.format("<U+%04X>", (int) c));
            }
        }
        return sanitizeLine(out.toString());
    }

    /** Where {@code text} first holds a character no line of text keeps ({@link #removedFromLine}), else -1. */
    public static int firstRemovedFromLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (removedFromLine(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code c} never stays in a line of text: C0 controls (TAB and LF too), DEL, C1 controls, bidi
     * controls and marks, ZWSP, the line and paragraph separators, the BOM, the invisible format controls
     * (U+2060–U+206F: word joiner, invisible operators, isolates, deprecated controls) and the interlinear
     * annotation controls. The painter drops the same, so what is drawn is what was measured.
     */
    public static boolean removedFromLine(int c) {
        if (c < 0x20) {
            return true;
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F) {
            return true; // DEL and C1
        }
        if (c < 0x200B) {
            return c == 0x061C; // Arabic letter mark, a bidi control
        }
        return c == 0x200B
                || c == 0x200E
                || c == 0x200F
                || c == 0xFEFF
                || c >= 0x2028 && c <= 0x202E // line and paragraph separators, bidi embeddings and overrides
                || c >= 0x2060 && c <= 0x206F // invisible format controls and isolates
                || c >= 0xFFF9 && c <= 0xFFFB; // interlinear annotation controls
    }

    /**
     * Typographic punctuation common in news text (dashes, curly quotes, bullet, ellipsis, per mille,
     * angle quotes, the euro sign, the four arrows) and the box-drawing and geometric-shape characters
     * the reader draws with: NFC-stable and never composed with a neighbour, so text holding only these
     * beyond U+0300 needs no NFC check (which loads the normaliser's data).
     */
    public static boolean isNfcInert(char c) {
        return c >= '\u2010' && c <= '\u2027'
                || c == '\u2030'
                || c == '\u2039'
                || c == '\u203A'
                || c == '\u20AC'
                || c >= '\u2190' && c <= '\u2193'
                || c >= '\u2500' && c <= '\u25FF';
    }

    /**
     * {@code text} in NFC. Text whose characters are all below U+0300 or {@linkplain #isNfcInert inert}
     * is returned as it is, without loading the normaliser's data.
     */
    public static String toNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_COMBINING && !isNfcInert(c)) {
                return nfc(text);
            }
        }
        return text;
    }

    private static boolean isPairAt(char[] chars, int i) {
        return Character.isHighSurrogate(chars[i]) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1]);
    }

    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
