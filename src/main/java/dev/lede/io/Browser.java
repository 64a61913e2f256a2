package dev.lede.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a link in the user's browser: {@code $BROWSER} (the first of a colon-separated list, with
 * {@code %s} standing for the link), else {@code xdg-open} but only when a display is there to show
 * it. Over SSH there is neither, and the caller copies the link instead.
 */
public final class Browser {

    private Browser() {}

    /** The command that would open {@code url}, or empty when there is no browser to use. */
    public static Optional<List<String>> command(Map<String, String> environment, String url) {
        String browser = environment.getOrDefault("BROWSER", "").strip();
        if (!browser.isEmpty()) {
            String first = browser.split(":", -1)[0].strip();
            List<String> words = new ArrayList<>(Arrays.asList(first.split("\\s+")));
            if (!first.isEmpty()) {
                boolean placed = false;
                for (int i = 0; i < words.size(); i++) {
                    if (words.get(i).contains("%s")) {
                        words.set(i, words.get(i).replace("%s", url));
                        placed = true;
                    }
                }
                if (!placed) {
                    words.add(url);
                }
                return Optional.of(List.copyOf(words));
            }
        }
        if (!environment.getOrDefault("DISPLAY", "").isEmpty()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isEmpty()) {
            return Optional.of(List.of("xdg-open", url));
        }
        return Optional.empty();
    }

    /** Starts the command detached from the terminal (its output would draw over the reader). */
    public static void launch(List<String> command) throws IOException {
        new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
