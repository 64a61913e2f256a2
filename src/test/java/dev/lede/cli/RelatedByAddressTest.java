package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related links that carry an address resolve by it first, whatever gave the article its own address (a
 * saved page's canonical link or its {@code og:url}, a feed item's link, a text file's {@code URL:}
 * header), with the address's form normalised (scheme, {@code www.}, tracking parameters, fragment,
 * trailing slash); by text only when no article has the address. Parsed fresh and through the index alike.
 */
class RelatedByAddressTest {

    @TempDir
    Path dir;

    @TempDir
    Path cache;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    private static String page(String head, String headline, String body) {
        return "<!doctype html><html><head><title>" + headline + "</title>" + head + "</head><body><article><h1>"
                + headline + "</h1><p>" + body + "</p><p>More follows in the next edition of the paper.</p>"
                + "</article></body></html>";
    }

    @Test
    void eachKindOfOwnAddressIsFoundByALinkToItBeforeAnyText() throws IOException {
        write(
                "1-canonical.html",
                page(
                        "<link rel=\"canonical\" href=\"https://www.harbour.example/news/pier-vote/\">",
                        "Harbour council approves the ferry pier",
                        "The council voted seven to two on Tuesday night to build the new pier at the north quay."));
        write(
                "2-feed.xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quay</title>"
                        + "<link>https://quay.example/</link><item><title>Winter timetable for the ferry published</title>"
                        + "<link>https://quay.example/items/timetable</link>"
                        + "<description>Two crossings a day from November.</description></item></channel></rss>");
        write(
                "3-og.html",
                page(
                        "<meta property=\"og:url\" content=\"https://harbour.example/pier-opening\">",
                        "Pier opening day named",
                        "The new pier opens on the first Saturday of June with a parade of boats along the quay."));
        write(
                "4-linking.txt",
                "Harbour pilots finish their winter training.\n\nBoth pilots passed.\n\nRelated:\n"
                        + "- Weather turns cold over the weekend — http://harbour.example/news/pier-vote?utm_source=feed#c\n"
                        + "- A parade of boats <https://www.harbour.example/pier-opening/>\n"
                        + "- Island bakery wins a regional prize for its rye loaf — https://quay.example/items/timetable\n"
                        + "- Rye loaf wins — HTTPS://Bakery.example:443/prize/\n"
                        + "- Pier opening day named — https://elsewhere.example/no-article-here\n");
        write(
                "5-text.txt",
                "URL: https://bakery.example/prize\n\nIsland bakery wins a regional prize for its rye loaf.\n\n"
                        + "The judges came twice.\n");
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", cache.toString());
        CliRun fresh = CliRun.withEnvironment(environment, "", "list", "--no-state", dir.toString());
        assertEquals(0, fresh.exitCode(), fresh.err());
        // The canonical page, the og:url page, the feed item (its text names the bakery), the URL: header;
        // the last names no article by its address, and is found by its text.
        assertEquals(List.of("1", "", "2", "", "3", "", "4", "1 3 2 5 3", "5", ""), columns(fresh.out()));
        for (int run = 0; run < 2; run++) {
            CliRun indexed = CliRun.withEnvironment(environment, "", "list", dir.toString());
            assertEquals(fresh.out(), indexed.out(), "run " + run + " through the index");
        }
    }

    /**
     * An article keeps every address it has, not only the first: a page's {@code og:url} beside a different
     * canonical link, every {@code URL:} line of a text (as {@code lede fetch} writes an item's link, its
     * page's own addresses and where the page's redirects ended). A link to any of them finds it before any
     * text does, parsed fresh, through the index, and through the index's stored rows when another file's
     * change makes the library resolve again.
     */
    @Test
    void everyAddressAnArticleHasFindsIt() throws IOException {
        write(
                "1-both.html",
                page(
                        "<link rel=\"canonical\" href=\"https://harbour.example/news/pier-vote\">"
                                + "<meta property=\"og:url\" content=\"https://m.harbour.example/pier-vote-mobile\">",
                        "Harbour council approves the ferry pier",
                        "The council voted seven to two on Tuesday night to build the new pier at the north quay."));
        write(
                "2-fetched.txt",
                "Title: Island bakery wins a regional prize\nURL: https://quay.example/items/bakery\n"
                        + "URL: https://bakery.example/news/prize\nURL: https://bakery.example/p/1234\n\n"
                        + "The judges came twice before they chose the rye loaf.\n");
        write(
                "3-linking.txt",
                "Harbour pilots finish their winter training.\n\nBoth pilots passed.\n\nRelated:\n"
                        + "- Weather turns cold over the weekend <https://m.harbour.example/pier-vote-mobile/>\n"
                        + "- Lighthouse keepers remember a stormy night <http://bakery.example/p/1234>\n"
                        + "- Snow closes the mountain pass <https://www.bakery.example/news/prize?utm_medium=rss>\n");
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", cache.toString());
        CliRun fresh = CliRun.withEnvironment(environment, "", "list", "--no-state", dir.toString());
        assertEquals(0, fresh.exitCode(), fresh.err());
        assertEquals(List.of("1", "", "2", "", "3", "1 2 2"), columns(fresh.out()));
        for (int run = 0; run < 2; run++) {
            CliRun indexed = CliRun.withEnvironment(environment, "", "list", dir.toString());
            assertEquals(fresh.out(), indexed.out(), "run " + run + " through the index");
        }
        // A new file: the library resolves again, the unchanged articles' addresses read from the index.
        write("4-late.txt", "Gulls nest on the old pier.\n\nThe wardens counted forty nests.\n");
        CliRun again = CliRun.withEnvironment(environment, "", "list", dir.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(List.of("1", "", "2", "", "3", "1 2 2", "4", ""), columns(again.out()));
    }

    /**
     * A feed item is known by its permalink guid ({@code isPermaLink} true or absent) and by every Atom alternate
     * link (and a link with no {@code rel}), not only by the link it shows: a related line with any of them
     * finds it, while a guid that is no permalink and an entry's {@code self} link find nothing.
     */
    @Test
    void aFeedItemIsFoundByItsGuidAndEveryAlternateLink() throws IOException {
        write(
                "1-rss.xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quay</title>"
                        + "<item><title>Winter timetable for the ferry published</title>"
                        + "<link>https://feeds.quay.example/r/8812</link><guid>https://quay.example/2026/timetable</guid>"
                        + "<description>Two crossings a day from November.</description></item>"
                        + "<item><title>Moorings move to the west basin</title>"
                        + "<link>https://feeds.quay.example/r/8813</link>"
                        + "<guid isPermaLink=\"true\">https://quay.example/2026/moorings</guid>"
                        + "<description>The dredger needs the east side.</description></item>"
                        + "<item><title>Harbour dues rise by a pound</title>"
                        + "<link>https://feeds.quay.example/r/8814</link>"
                        + "<guid isPermaLink=\"false\">https://quay.example/2026/dues</guid>"
                        + "<description>From April.</description></item></channel></rss>");
        write(
                "2-atom.xml",
                "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Canal</title>"
                        + "<entry><title>Lock seven reopens after repairs</title><id>tag:canal.example,2026:7</id>"
                        + "<link rel=\"alternate\" type=\"text/html\" href=\"https://canal.example/a/lock-7\"/>"
                        + "<link rel=\"alternate\" hreflang=\"fr\" href=\"https://canal.example/fr/ecluse-7\"/>"
                        + "<link href=\"https://canal.example/amp/lock-7\"/>"
                        + "<link rel=\"self\" href=\"https://canal.example/api/entries/7\"/>"
                        + "<summary>The gates were rehung.</summary></entry></feed>");
        write(
                "3-linking.txt",
                "Harbour pilots finish their winter training.\n\nBoth pilots passed.\n\nRelated:\n"
                        + "- Weather turns cold over the weekend <https://quay.example/2026/timetable>\n"
                        + "- Lighthouse keepers remember a stormy night <http://www.quay.example/2026/moorings/>\n"
                        + "- Snow closes the mountain pass <https://canal.example/fr/ecluse-7>\n"
                        + "- Gulls nest on the old pier <https://canal.example/amp/lock-7?utm_source=rss>\n"
                        + "- Choir sings at the town hall <https://quay.example/2026/dues>\n"
                        + "- Orchard harvest starts early <https://canal.example/api/entries/7>\n");
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", cache.toString());
        CliRun fresh = CliRun.withEnvironment(environment, "", "list", "--no-state", dir.toString());
        assertEquals(0, fresh.exitCode(), fresh.err());
        assertEquals(List.of("1", "", "2", "", "3", "", "4", "", "5", "1 2 4 4"), columns(fresh.out()));
        for (int run = 0; run < 2; run++) {
            CliRun indexed = CliRun.withEnvironment(environment, "", "list", dir.toString());
            assertEquals(fresh.out(), indexed.out(), "run " + run + " through the index");
        }
    }

    /**
     * A JSON Feed item is known by its {@code url}, its {@code external_url} and an {@code id} that is a web
     * URL, not only by the link it shows: a related line with any of them finds it, while an id that is no
     * web URL finds nothing.
     */
    @Test
    void aJsonFeedItemIsFoundByItsUrlExternalUrlAndUrlId() throws IOException {
        write(
                "1-feed.json",
                "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Quay\",\"items\":["
                        + "{\"id\":\"https://quay.example/2026/timetable\",\"url\":\"https://feeds.quay.example/r/8812\","
                        + "\"external_url\":\"https://ferries.example/winter\","
                        + "\"title\":\"Winter timetable for the ferry published\","
                        + "\"content_text\":\"Two crossings a day from November.\"},"
                        + "{\"id\":\"quay-8813\",\"url\":\"https://feeds.quay.example/r/8813\","
                        + "\"title\":\"Moorings move to the west basin\","
                        + "\"content_text\":\"The dredger needs the east side.\"}]}");
        write(
                "2-linking.txt",
                "Harbour pilots finish their winter training.\n\nBoth pilots passed.\n\nRelated:\n"
                        + "- Weather turns cold over the weekend <http://www.quay.example/2026/timetable/>\n"
                        + "- Lighthouse keepers remember a stormy night <https://ferries.example/winter?utm_source=rss>\n"
                        + "- Snow closes the mountain pass <https://feeds.quay.example/r/8813>\n"
                        + "- Choir sings at the town hall <https://quay-8813>\n");
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", cache.toString());
        CliRun fresh = CliRun.withEnvironment(environment, "", "list", "--no-state", dir.toString());
        assertEquals(0, fresh.exitCode(), fresh.err());
        assertEquals(List.of("1", "", "2", "", "3", "1 1 2"), columns(fresh.out()));
        for (int run = 0; run < 2; run++) {
            CliRun indexed = CliRun.withEnvironment(environment, "", "list", dir.toString());
            assertEquals(fresh.out(), indexed.out(), "run " + run + " through the index");
        }
    }

    /** Each line's number and its related numbers. */
    private static List<String> columns(String out) {
        return out.lines()
                .flatMap(line -> {
                    String[] fields = line.split("\t", -1);
                    return java.util.stream.Stream.of(fields[0], fields[3]);
                })
                .toList();
    }
}
