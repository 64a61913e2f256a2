package dev.lede.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every bundled sample article in {@code feeds/} gives exactly the related lines the fixture table lists. */
class BundledSamplesParseTest {

    private static Map<String, List<String>> expectedRelated() throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        try (InputStream in = BundledSamplesParseTest.class.getResourceAsStream("/fixtures/samples-related.tsv")) {
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!row.isBlank()) {
                    String[] cells = row.split("\t");
                    expected.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells[1]);
                }
            }
        }
        return expected;
    }

    @Test
    void everySampleGivesItsListedRelatedHeadlinesInOrder() throws IOException {
        Path feeds = Paths.get("").toAbsolutePath().resolve("feeds");
        Map<String, List<String>> expected = expectedRelated();
        assertFalse(expected.isEmpty());
        List<String> wrong = new ArrayList<>();
        try (var files = Files.list(feeds)) {
            for (Path file : files.sorted().toList()) {
                Parsed parsed = new PlainTextParser()
                        .parse(Input.of(Source.of(file.getFileName().toString()), Files.readAllBytes(file)));
                Article article = parsed.articles().get(0);
                List<String> related = article.related().stream()
                        .map(r -> r.url() == null ? r.headline() : r.headline() + " <" + r.url() + ">")
                        .toList();
                List<String> want = expected.getOrDefault(file.getFileName().toString(), List.of());
                if (!want.equals(related)) {
                    wrong.add(file.getFileName() + ": expected " + want + " but got " + related);
                }
                assertTrue(article.body().size() >= 1, file.toString());
                assertEquals(List.of(), parsed.problems(), file.toString());
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }
}
