package dev.lede.tui.wire;

import java.nio.charset.Charset;

/** Drawn text as bytes for the terminal, for the renderer and the terminal alike: no control ever passes. */
public final class TextBytes {

    private TextBytes() {}

    /** The bytes for drawn text: exactly the encoded characters, controls dropped, broken surrogates U+FFFD. */
    public static byte[] encode(String text, Charset charset) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
                clean.append('\uFFFD');
            } else if (!isControl(cp)) {
                clean.appendCodePoint(cp);
            }
        }
        return clean.toString().getBytes(charset);
    }

    /** C0 and C1 controls and DEL: never drawn as text. */
    public static boolean isControl(int cp) {
        return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0);
    }
}
