package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Keys are read as UTF-8 under the C locale, where a byte over 0x7f means nothing else (README, "Terminals"). */
class KeyCharsetTest {

    @Test
    void theCLocaleReadsKeysAsUtf8() {
        assertEquals(StandardCharsets.UTF_8, LedeTerminal.keyCharset(StandardCharsets.US_ASCII));
        assertEquals(StandardCharsets.UTF_8, LedeTerminal.keyCharset(Charset.forName("ANSI_X3.4-1968")));
    }

    @Test
    void anyOtherLocaleReadsKeysInItsOwnCharset() {
        assertEquals(StandardCharsets.UTF_8, LedeTerminal.keyCharset(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.ISO_8859_1, LedeTerminal.keyCharset(StandardCharsets.ISO_8859_1));
        assertEquals(Charset.forName("EUC-JP"), LedeTerminal.keyCharset(Charset.forName("EUC-JP")));
    }
}
