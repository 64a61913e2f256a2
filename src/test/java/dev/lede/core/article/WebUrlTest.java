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
    void thePlaceCountsOnlyWhatTheLineShowsAndNamesAnOffenderItDoesNotShow() {
        // Shown as "http://example.com/a b" (a line never holds a ZWSP or a bidi isolate): the space is the 21st.
        assertEquals(
                Optional.of("malformed URL (illegal character in path at character 21)"),
                WebUrl.problem("http://example.com/\u200B\u2066a b"));
        assertEquals(
                Optional.of("malformed URL (illegal character in path at character 20, an invisible U+001B)"),
                WebUrl.problem("http://example.com/\u001Bab c"));
        assertEquals(
                Optional.of("malformed URL (illegal character in path at character 22, an invisible U+0085)"),
                WebUrl.problem("http://example.com/\uD83D\uDCF0a\u0085b"));
    }
}
