package dev.lede.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ArticleIdTest {

    // How ids were made before lede had its own SHA-256: saved reading state refers to these.
    private static String earlierId(String content) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 12);
    }

    @Test
    void idsAreTheFirstTwelveHexDigitsOfTheContentsSha256AsBefore() throws NoSuchAlgorithmException {
        String[] contents = {
            "",
            "x",
            "Tidal barrier opens early\n\nThe council in Marrowby said…",
            "Zürich café reopens 👍🏽 — “again”",
            "a".repeat(55),
            "b".repeat(64),
            "c".repeat(5000)
        };
        for (String content : contents) {
            assertEquals(earlierId(content), ArticleId.forContent(content).value(), content);
        }
    }

    @Test
    void aKnownIdStaysTheSame() {
        assertEquals("ba7816bf8f01", ArticleId.forContent("abc").value());
    }

    @Test
    void equalIdsAreEqualAndHashAlike() {
        ArticleId one = new ArticleId("0123456789ab");
        ArticleId same = new ArticleId("0123456789ab");
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, new ArticleId("0123456789ac"));
        assertNotEquals(one, "0123456789ab");
        assertEquals("0123456789ab", one.toString());
    }

    @Test
    void anEmptyIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleId(""));
    }

    @Test
    void partsGiveTheIdOfTheirJoinedText() {
        java.util.List<String> parts =
                java.util.List.of("Zürich café reopens\n", "", "\n\n", "👍🏽 — “again”", "\ud83d");
        assertEquals(ArticleId.forContent(String.join("", parts)), ArticleId.forContent(parts));
    }

    @Test
    void bodyPartsJoinAsBodyTextDoes() {
        // A leading empty block gets no separator after it in bodyText: the parts must agree.
        java.util.List<Block> body = java.util.List.of(
                new Block.Paragraph(""),
                new Block.Paragraph("One."),
                new Block.Paragraph(""),
                new Block.Paragraph("Two."));
        assertEquals("H\n" + Article.bodyText(body), String.join("", Article.bodyParts("H\n", body)));
        assertEquals("H\n", String.join("", Article.bodyParts("H\n", java.util.List.of())));
    }

    @Test
    void partsGiveTheIdOfTheirJoinedTextWhateverTheirSurrogates() {
        // Lone surrogates encode as '?', pairs as four bytes, also a pair split between two parts.
        char[] alphabet = {'a', ' ', '\n', 'é', '—', '中', '\ud83d', '\ude00', '\udbff', '\udfff'};
        java.util.Random random = new java.util.Random(12);
        for (int round = 0; round < 2_000; round++) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            for (int p = random.nextInt(6); p >= 0; p--) {
                char[] text = new char[random.nextInt(12)];
                for (int i = 0; i < text.length; i++) {
                    text[i] = alphabet[random.nextInt(alphabet.length)];
                }
                parts.add(new String(text));
            }
            assertEquals(ArticleId.forContent(String.join("", parts)), ArticleId.forContent(parts), parts.toString());
        }
    }
}
