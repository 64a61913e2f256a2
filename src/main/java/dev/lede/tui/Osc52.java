package dev.lede.tui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The OSC 52 "set clipboard" sequence, {@code ESC ] 52 ; c ; <base64> BEL}: the terminal (or tmux, or
 * the terminal at the far end of SSH) puts the text on the system clipboard. Text longer than the cap is
 * cut at a character boundary, since many terminals drop an over-long sequence whole.
 */
final class Osc52 {

    /** Base64 characters at most, about 75 KB of text. */
    static final int MAX_BASE64 = 100_000;

    /** The sequence and whether the text had to be cut to fit. */
    record Sequence(byte[] bytes, boolean cut, int textBytes) {}

    private Osc52() {}

    static Sequence copy(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int limit = MAX_BASE64 / 4 * 3;
        int length = utf8.length;
        if (length > limit) {
            length = limit;
            while (length > 0 && (utf8[length] & 0xC0) == 0x80) {
                length--; // never split a UTF-8 sequence
            }
        }
        byte[] kept = length == utf8.length ? utf8 : java.util.Arrays.copyOf(utf8, length);
        String base64 = Base64.getEncoder().encodeToString(kept);
        byte[] out = ("\u001b]52;c;" + base64 + "\u0007").getBytes(StandardCharsets.US_ASCII);
        return new Sequence(out, length < utf8.length, length);
    }
}
