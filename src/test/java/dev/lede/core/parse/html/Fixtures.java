package dev.lede.core.parse.html;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the HTML fixtures under src/test/resources/fixtures/html and parses them. */
final class Fixtures {

    static final String BASE = "https://news.example/section/page.html";

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/html/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Parsed parse(byte[] bytes, String contentType) {
        return new HtmlArticleParser().parse(new Input(new Source(BASE, 0), bytes, contentType));
    }

    static Article article(String name) {
        return parse(bytes(name), null).articles().get(0);
    }
}
