package dev.lede.io.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.library.UnspacedSearchCases;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library index answers {@link UnspacedSearchCases} as the in-memory search does: the reader's and the ranked search. */
class IndexUnspacedSearchTest {

    private static final FileTime AN_HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

    @TempDir
    Path temp;

    private LibraryIndex index;
    private final Map<String, String> names = new HashMap<>();

    @BeforeEach
    void setUp() throws IOException {
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());
        index = LibraryIndex.open(LibraryIndex.defaultFile(environment).orElseThrow(), environment, warning -> {})
                .orElseThrow();
        try (IndexBatch batch = index.batch()) {
            for (Map.Entry<String, String> article : UnspacedSearchCases.ARTICLES.entrySet()) {
                Path path = Files.createDirectories(temp.resolve("news")).resolve(article.getKey() + ".txt");
                Files.writeString(path, article.getValue());
                Files.setLastModifiedTime(path, AN_HOUR_AGO);
                Parsed parsed = new Parsers(InputFormat.AUTO)
                        .parse(Input.of(Source.of(path.toString()), Files.readAllBytes(path)));
                names.put(parsed.articles().get(0).id().value(), article.getKey());
                batch.put(path.toString(), FileStamp.of(path), path.toString(), parsed, Article::lede);
            }
            batch.commit();
        }
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private List<String> typed(String query) {
        return index.searchIds(query, 100).stream()
                .map(id -> names.get(id.value()))
                .collect(Collectors.toList());
    }

    private List<String> ranked(String query) {
        return index.search(IndexScope.of(List.of(temp.resolve("news"))), query, 100).stream()
                .map(hit -> names.get(hit.id().value()))
                .collect(Collectors.toList());
    }

    @Test
    void theReadersSearchFindsEveryCaseAsTheInMemoryOneDoes() {
        UnspacedSearchCases.CASES.forEach((query, expected) -> assertEquals(expected, Set.copyOf(typed(query)), query));
    }

    @Test
    void theRankedSearchFindsEveryCaseToo() {
        UnspacedSearchCases.CASES.forEach(
                (query, expected) -> assertEquals(expected, Set.copyOf(ranked(query)), query));
    }

    @Test
    void aHeadlineHoldingTheRunComesFirst() {
        assertEquals(List.of("ja-headline", "ja-body"), typed("計画"));
        assertEquals(List.of("ja-headline", "ja-body"), ranked("計画"));
    }

    @Test
    void aQueryIsSpelledAsTheIndexHoldsItsText() {
        assertEquals("\" 計  画 \"", FtsQuery.of("計画"));
        assertEquals("\"tokyo\" \" 予 \"", FtsQuery.of("tokyo 予"));
        assertEquals("\"harbour\" OR \"rocket\"", FtsQuery.anyOf("harbour OR rocket"));
    }
}
