package dev.lede.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An address that cannot be fetched is told apart: another kind of address, or an http(s) one that is malformed. */
class WebUrlTest {

    @Test
    void httpAndHttpsAddressesWithAHostAreFine() {
        assertEquals(Optional.empty(), WebUrl.problem("https://news.example/feed.xml"));
        assertEquals(Optional.empty(), WebUrl.problem(" HTTP://[::1]:8080/feed "));
    }

    @Test
    void anotherKindOfAddressIsNotAnHttpUrl() {
        assertEquals(Optional.of("not an http or https URL"), WebUrl.problem("ftp://example.org/feed"));
        assertEquals(Optional.of("not an http or https URL"), WebUrl.problem("news.example/feed"));
        assertEquals(Optional.of("not an http or https URL"), WebUrl.problem("not a url at all"));
    }

    @Test
    void anHttpAddressThatCannotBeReadIsMalformedAndSaysWhere() {
        assertEquals(
                Optional.of("malformed URL (expected closing bracket for IPv6 address at character 12)"),
                WebUrl.problem("http://[::1"));
        assertEquals(
                Optional.of("malformed URL (illegal character in authority at character 9)"),
                WebUrl.problem("https://a b/"));
        assertEquals(Optional.of("malformed URL (no host name)"), WebUrl.problem("http:feed"));
    }

    @Test
    void aBidiOverrideOrAnotherInvisibleCharacterMakesAnAddressMalformed() {
        // java.net.URI takes U+202E as a character of the path; printed, it would reverse the rest of the line.
        assertEquals(
                Optional.of("malformed URL (a control or invisible character, U+202E, at character 28)"),
                WebUrl.problem("https://news.example/feed?x\u202egnp.exe"));
        assertEquals(
                Optional.of("malformed URL (a control or invisible character, U+200B, at character 21)"),
                WebUrl.problem("https://news.example\u200b/feed"));
    }

    @Test
    void thePlaceCountsOnlyWhatTheLineShows() {
        // The first character a line drops is named, at its place in what the line shows, where a character
        // outside the BMP (the emoji) counts once.
        assertEquals(
                Optional.of("malformed URL (a control or invisible character, U+200B, at character 20)"),
                WebUrl.problem("http://example.com/\u200B\u2066ab c"));
        assertEquals(
                Optional.of("malformed URL (a control or invisible character, U+001B, at character 20)"),
                WebUrl.problem("http://example.com/\u001Bab c"));
        assertEquals(
                Optional.of("malformed URL (a control or invisible character, U+0085, at character 22)"),
                WebUrl.problem("http://example.com/\uD83D\uDCF0a\u0085b"));
        assertEquals(
                Optional.of("malformed URL (illegal character in path at character 22)"),
                WebUrl.problem("http://example.com/\uD83D\uDCF0a b"));
    }
}
