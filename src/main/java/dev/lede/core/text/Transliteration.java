package dev.lede.core.text;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

/**
 * Replaces what a non-UTF-8 terminal cannot show by the nearest ASCII (docs/terminal.md): curly
 * quotes become straight, dashes {@code -}, the ellipsis {@code ...}, an accented letter the letter
 * without its accent; anything else the charset cannot encode becomes {@code ?}. Text the charset can encode is left alone.
 */
public final class Transliteration {

    private static final Map<Integer, String> ASCII = Map.ofEntries(
            Map.entry(0x2018, "'"),
            Map.entry(0x2019, "'"),
            Map.entry(0x201A, "'"),
            Map.entry(0x201B, "'"),
            Map.entry(0x2032, "'"),
            Map.entry(0x2039, "<"),
            Map.entry(0x203A, ">"),
            Map.entry(0x201C, "\""),
            Map.entry(0x201D, "\""),
            Map.entry(0x201E, "\""),
            Map.entry(0x201F, "\""),
            Map.entry(0x2033, "\""),
            Map.entry(0x00AB, "<<"),
            Map.entry(0x00BB, ">>"),
            Map.entry(0x2010, "-"),
            Map.entry(0x2011, "-"),
            Map.entry(0x2012, "-"),
            Map.entry(0x2013, "-"),
            Map.entry(0x2014, "-"),
            Map.entry(0x2015, "-"),
            Map.entry(0x2212, "-"),
            Map.entry(0x00AD, ""),
            Map.entry(0x2026, "..."),
            Map.entry(0x2022, "*"),
            Map.entry(0x00B7, "."),
            Map.entry(0x2027, "."),
            Map.entry(0x00A0, " "),
            Map.entry(0x202F, " "),
            Map.entry(0x2007, " "),
            Map.entry(0x2009, " "),
            Map.entry(0x200A, " "),
            Map.entry(0x2002, " "),
            Map.entry(0x2003, " "),
            Map.entry(0x3000, "  "),
            Map.entry(0x2122, "(TM)"),
            Map.entry(0x00A9, "(c)"),
            Map.entry(0x00AE, "(R)"),
            // Money, fractions and maths as glibc's locale transliteration tables write them (translit_neutral,
            // translit_compat), so "£5" reads as iconv's //TRANSLIT would print it, not as "?5".
            Map.entry(0x20AC, "EUR"),
            Map.entry(0x00A3, "GBP"),
            Map.entry(0x00A5, "JPY"),
            Map.entry(0x00A2, "c"),
            Map.entry(0x20B9, "INR"),
            Map.entry(0x20A9, "KRW"),
            Map.entry(0x20AA, "ILS"),
            Map.entry(0x20B1, "PHP"),
            Map.entry(0x20BA, "TL"),
            Map.entry(0x20BD, "RUB"),
            Map.entry(0x00BD, " 1/2"),
            Map.entry(0x00BC, " 1/4"),
            Map.entry(0x00BE, " 3/4"),
            Map.entry(0x00B9, "1"),
            Map.entry(0x00B2, "2"),
            Map.entry(0x00B3, "3"),
            Map.entry(0x00B1, "+-"),
            Map.entry(0x00F7, "/"),
            Map.entry(0x2264, "<="),
            Map.entry(0x2265, ">="),
            Map.entry(0x2260, "!="),
            Map.entry(0x2116, "No"),
            Map.entry(0x2192, "->"),
            Map.entry(0x2190, "<-"),
            Map.entry(0x2194, "<->"),
            Map.entry(0x00D7, "x"),
            Map.entry(0x2044, "/"),
            Map.entry(0x2500, "-"),
            Map.entry(0x2502, "|"),
            Map.entry(0x250C, "+"),
            Map.entry(0x2510, "+"),
            Map.entry(0x2514, "+"),
            Map.entry(0x2518, "+"),
            Map.entry(0x253C, "+"),
            Map.entry(0x25B2, "^"),
            Map.entry(0x25BC, "v"),
            Map.entry(0x25B6, ">"),
            Map.entry(0x25C0, "<"));

    private Transliteration() {}

    /** Whether {@code charset} encodes every character (a UTF), so that no text needs transliterating for it. */
    public static boolean keepsEverything(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-");
    }

    /** {@code text} with every code point that {@code charset} cannot encode transliterated or replaced by '?'. */
    public static String forCharset(String text, Charset charset) {
        if (keepsEverything(charset)) {
            return text;
        }
        CharsetEncoder encoder = charset.newEncoder();
        if (encoder.canEncode(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        // Cluster by cluster: a sequence drawn as one character (an emoji family joined by ZWJ, a flag, a skin
        // tone) takes the columns of that one character, not one "??" per emoji in it.
        for (int start = 0; start < text.length(); ) {
            int end = Graphemes.nextBoundary(text, start);
            int before = out.length();
            text.substring(start, end).codePoints().forEach(cp -> out.append(forCodePoint(cp, encoder)));
            if (end - start > Character.charCount(text.codePointAt(start)) && onlyUnknown(out, before)) {
                // Nothing of it could be written: '?' in the columns the layout reserved for the one character.
                out.setLength(before);
                out.append("?".repeat(Columns.clusterWidth(text, start, end)));
            }
            start = end;
        }
        return out.toString();
    }

    private static boolean onlyUnknown(StringBuilder out, int from) {
        for (int i = from; i < out.length(); i++) {
            if (out.charAt(i) != '?') {
                return false;
            }
        }
        return out.length() > from;
    }

    /** One code point as {@code encoder} can write it: itself, its transliteration, its letter, or '?'s. */
    private static String forCodePoint(int cp, CharsetEncoder encoder) {
        String one = new String(Character.toChars(cp));
        if (encoder.canEncode(one)) {
            return one;
        }
        String ascii = ASCII.get(cp);
        if (ascii != null) {
            return ascii;
        }
        String base = withoutMarks(one);
        if (!base.isEmpty() && encoder.canEncode(base) && Columns.width(base) == Columns.width(cp)) {
            return base; // ë as e: the letter a reader expects, in the same column
        }
        return Columns.width(cp) == 2 ? "??" : Columns.width(cp) == 1 ? "?" : ""; // the columns the layout reserved
    }

    /** The letter without its accents (NFD, combining marks dropped); empty when nothing is left. */
    private static String withoutMarks(String character) {
        return Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
