package dev.lede.core.parse.feed;

import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the feed fixtures under src/test/resources/fixtures/feeds. */
final class Fixtures {

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as an input whose source is its file name. */
    static Input input(String name) {
        return Input.of(Source.of(name), bytes(name));
    }
}
