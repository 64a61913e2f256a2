package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrowserTest {

    private static final String URL = "https://maresby.example/news/ferry";

    @Test
    void browserWinsAndTakesTheLinkAtPercentS() {
        assertEquals(
                Optional.of(List.of("firefox", "--new-tab", URL)),
                Browser.command(Map.of("BROWSER", "firefox --new-tab %s:chromium", "DISPLAY", ":0"), URL));
        assertEquals(Optional.of(List.of("open-link", URL)), Browser.command(Map.of("BROWSER", "open-link"), URL));
    }

    @Test
    void xdgOpenOnlyWithADisplay() {
        assertEquals(Optional.of(List.of("xdg-open", URL)), Browser.command(Map.of("DISPLAY", ":0"), URL));
        assertEquals(
                Optional.of(List.of("xdg-open", URL)), Browser.command(Map.of("WAYLAND_DISPLAY", "wayland-0"), URL));
    }

    @Test
    void overSshThereIsNoBrowser() {
        assertEquals(Optional.empty(), Browser.command(Map.of("SSH_CONNECTION", "10.0.0.2 5 10.0.0.1 22"), URL));
        assertEquals(Optional.empty(), Browser.command(Map.of("BROWSER", "  "), URL));
    }
}
