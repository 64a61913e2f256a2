package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlKeyTest {

    @Test
    void oneArticleLinkedInDifferentWaysIsOneKey() {
        String key = UrlKey.of("https://news.example/2025/ferry").orElseThrow();
        for (String same : new String[] {
            "http://news.example/2025/ferry",
            "https://NEWS.Example/2025/ferry/",
            "https://www.news.example/2025/ferry",
            "https://news.example:443/2025/ferry#comments",
            "https://news.example/2025/ferry?utm_source=rss&utm_medium=feed",
            " https://news.example/2025/ferry "
        }) {
            assertEquals(key, UrlKey.of(same).orElseThrow(), same);
        }
    }

    @Test
    void thePathAndTheOtherParametersStillTell() {
        String key = UrlKey.of("https://news.example/2025/ferry").orElseThrow();
        assertNotEquals(key, UrlKey.of("https://news.example/2025/Ferry").orElseThrow(), "paths keep their case");
        assertNotEquals(key, UrlKey.of("https://news.example/2025/ferry?id=2").orElseThrow());
        assertEquals(
                UrlKey.of("https://news.example/a?id=2").orElseThrow(),
                UrlKey.of("https://news.example/a?utm_campaign=x&id=2").orElseThrow());
    }

    @Test
    void whatIsNoWebAddressHasNoKey() {
        assertEquals(Optional.empty(), UrlKey.of(null));
        assertEquals(Optional.empty(), UrlKey.of("/news/ferry"));
        assertEquals(Optional.empty(), UrlKey.of("mailto:desk@news.example"));
        assertEquals(Optional.empty(), UrlKey.of("ftp://news.example/file"));
        assertEquals(Optional.empty(), UrlKey.of("https://"));
    }
}
