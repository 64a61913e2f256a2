package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsers;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The in-memory search (stdin, {@code --no-state}) answers {@link UnspacedSearchCases} as the index does. */
class LibraryUnspacedSearchTest {

    private final Map<String, String> names = new HashMap<>();

    private Library library() {
        LibraryBuilder builder = new LibraryBuilder();
        UnspacedSearchCases.ARTICLES.forEach((name, text) -> {
            var parsed = new Parsers(InputFormat.AUTO)
                    .parse(Input.of(Source.of(name + ".txt"), text.getBytes(StandardCharsets.UTF_8)));
            names.put(parsed.articles().get(0).id().value(), name);
            builder.add(parsed);
        });
        return builder.finish();
    }

    private List<String> found(Library library, String query) {
        return library.search(query).stream()
                .map(entry -> names.get(entry.id().value()))
                .collect(Collectors.toList());
    }

    @Test
    void findsEveryCaseAsTheIndexDoes() {
        Library library = library();
        UnspacedSearchCases.CASES.forEach(
                (query, expected) -> assertEquals(expected, Set.copyOf(found(library, query)), query));
    }

    @Test
    void aHeadlineHoldingTheRunComesFirst() {
        assertEquals(List.of("ja-headline", "ja-body"), found(library(), "計画"));
    }

    @Test
    void unspacedCharactersArePairedOnlyWithinARun() {
        assertEquals(List.of("計画", "画か\u3099"), SearchTerms.ofQuery("計画が").get(0));
        assertEquals(
                List.of(List.of("tokyo"), List.of("予"), List.of("2025", "年")), SearchTerms.ofQuery("Tokyo 予 2025年"));
        assertEquals(List.of("harbour", "wall"), SearchTerms.ofText("Harbour wall"));
    }
}
