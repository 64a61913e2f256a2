package dev.lede.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HyperlinkTest {

    @Test
    void aWebLinkOfPrintableAsciiBecomesAnOsc8Sequence() {
        assertEquals("https://a.example/x?y=1&z=%20", Hyperlink.target(" https://a.example/x?y=1&z=%20 "));
        assertEquals("mailto:desk@a.example", Hyperlink.target("mailto:desk@a.example"));
        assertEquals("\u001b]8;;https://a.example/\u001b\\", Hyperlink.open("https://a.example/"));
        assertEquals("\u001b]8;;\u001b\\", Hyperlink.close());
        assertEquals(
                "\u001b]8;;https://a.example/\u001b\\[1]\u001b]8;;\u001b\\",
                Hyperlink.wrap("[1]", "https://a.example/"));
        assertEquals("[1]", Hyperlink.wrap("[1]", null));
    }

    @Test
    void anythingThatCouldEndOrInjectASequenceIsNoHyperlink() {
        for (String hostile : new String[] {
            "https://a.example/\u001b]0;pwned\u0007",
            "https://a.example/\u001b\\",
            "https://a.example/\u0007",
            "https://a.example/\u009c",
            "https://a.example/\u009d8;;x",
            "https://a.example/\u202e",
            "https://a.example/a b",
            "https://a.example/\u00e9",
            "https://例え.example/",
            "https://a.example/\u200b",
            "https://a.example/\u007f",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,x",
            "",
            null,
            "https://a.example/" + "x".repeat(Hyperlink.MAX_LENGTH)
        }) {
            assertNull(Hyperlink.target(hostile), String.valueOf(hostile));
        }
    }
}
