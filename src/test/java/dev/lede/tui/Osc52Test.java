package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class Osc52Test {

    @Test
    void theSequenceIsEscBracket52SemicolonCBase64Bel() {
        Osc52.Sequence sequence = Osc52.copy("https://maresby.example/news/ferry");
        assertEquals(
                "\u001b]52;c;aHR0cHM6Ly9tYXJlc2J5LmV4YW1wbGUvbmV3cy9mZXJyeQ==\u0007",
                new String(sequence.bytes(), StandardCharsets.US_ASCII));
        assertFalse(sequence.cut());
    }

    @Test
    void textIsSentAsUtf8() {
        Osc52.Sequence sequence = Osc52.copy("Kärnten — 渡し船");
        String base64 = new String(sequence.bytes(), StandardCharsets.US_ASCII)
                .substring(7)
                .replace("\u0007", "");
        assertEquals("Kärnten — 渡し船", new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
    }

    @Test
    void longTextIsCutToTheCapAtACharacterBoundary() {
        String text = "é".repeat(60_000); // 120,000 bytes
        Osc52.Sequence sequence = Osc52.copy(text);
        assertTrue(sequence.cut());
        String base64 = new String(sequence.bytes(), StandardCharsets.US_ASCII)
                .substring(7)
                .replace("\u0007", "");
        assertTrue(base64.length() <= Osc52.MAX_BASE64, "length " + base64.length());
        String decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        assertFalse(decoded.contains("\uFFFD"));
        assertEquals(sequence.textBytes() / 2, decoded.length());
    }
}
