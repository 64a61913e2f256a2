package dev.lede.io.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineListingTest {

    private static IndexedArticle article(long row, String path, int item, String headline, String published) {
        return new IndexedArticle(
                row,
                path,
                item,
                ArticleId.forContent(headline),
                item > 0 ? Format.RSS : Format.TEXT,
                headline,
                null,
                null,
                published,
                null,
                null,
                null,
                targets(row),
                row % 3 == 0 ? List.of(new Problem(path + "#" + item, "date not understood")) : List.of());
    }

    /** None stored, none, or some with one unresolved and one of an {@code Id:} header (no key). */
    private static List<ArticleId> targets(long row) {
        return switch ((int) (row % 3)) {
            case 0 -> null;
            case 1 -> List.of();
            default ->
                java.util.Collections.unmodifiableList(Arrays.asList(
                        ArticleId.forContent("t" + row),
                        null,
                        new ArticleId("feed:item/" + row),
                        ArticleId.forContent("u" + row)));
        };
    }

    /** What the row listing of {@code columns} gives: each column only when selected. */
    private static List<IndexedInput> as(List<IndexedInput> inputs, ArticleColumns columns) {
        return as(inputs, columns, true);
    }

    /** As {@link #as(List, ArticleColumns)}, the stamps null unless {@code withStamps}. */
    private static List<IndexedInput> as(List<IndexedInput> inputs, ArticleColumns columns, boolean withStamps) {
        return inputs.stream()
                .map(input -> new IndexedInput(
                        input.path(),
                        withStamps ? input.stamp() : null,
                        input.articles().stream()
                                .map(a -> new IndexedArticle(
                                        a.row(),
                                        a.path(),
                                        a.item(),
                                        a.id(),
                                        columns.format() >= 0 ? a.format() : null,
                                        columns.headline() >= 0 ? a.headline() : null,
                                        null,
                                        null,
                                        columns.published() >= 0 ? a.published() : null,
                                        null,
                                        null,
                                        null,
                                        columns.resolved() ? a.targets() : null,
                                        columns.problems() >= 0 ? a.problems() : List.of()))
                                .toList(),
                        input.problems()))
                .toList();
    }

    private static List<IndexedInput> withoutTargets(List<IndexedInput> inputs) {
        return as(inputs, ArticleColumns.HEADLINES);
    }

    private static List<IndexedInput> inputs() {
        List<IndexedInput> inputs = new ArrayList<>();
        String[] paths = {
            "/news/a/z.txt",
            "/news/a-feed.xml",
            "/news/b.txt",
            "/news/b\uD83D\uDE00.txt",
            "/news/b\uD83D\uDE01.txt",
            "/news/empty.txt",
            "/news/ü-über.txt",
            "/other/one.txt"
        };
        long row = 1;
        for (String path : paths) {
            List<IndexedArticle> articles = new ArrayList<>();
            int items = path.endsWith(".xml") ? 3 : path.contains("empty") ? 0 : 1;
            for (int item = 0; item < items; item++) {
                String headline = "Headline " + row + (row == 4 ? "" : " — café ✓");
                articles.add(article(
                        row++,
                        path,
                        path.endsWith(".xml") ? item + 1 : 0,
                        headline,
                        row % 2 == 0 ? null : "2026-12-0" + (row % 9 + 1)));
            }
            List<Problem> problems =
                    path.contains("empty") ? List.of(new Problem(path, "empty file; skipped")) : List.of();
            inputs.add(new IndexedInput(
                    path,
                    new FileStamp(row * 100, -row, row == 3 ? null : "(dev=1,ino=" + row + ")", row * 7),
                    List.copyOf(articles),
                    problems));
        }
        return inputs;
    }

    private static List<IndexedInput> roundTrip(List<IndexedInput> inputs, int partBytes, List<byte[]> parts) {
        return roundTrip(inputs, partBytes, parts, ArticleColumns.HEADLINES);
    }

    private static List<IndexedInput> roundTrip(
            List<IndexedInput> inputs, int partBytes, List<byte[]> parts, ArticleColumns columns) {
        return roundTrip(inputs, partBytes, parts, columns, true);
    }

    private static List<IndexedInput> roundTrip(
            List<IndexedInput> inputs, int partBytes, List<byte[]> parts, ArticleColumns columns, boolean withStamps) {
        ListingNumbers numbers = new ListingNumbers();
        inputs.forEach(numbers::add);
        HeadlineListing listing = new HeadlineListing(numbers, parts::add, partBytes);
        inputs.forEach(listing::add);
        listing.finish();
        List<IndexedInput> read = new ArrayList<>();
        parts.forEach(part -> HeadlineListing.read(part, columns, withStamps, read::add));
        return read;
    }

    @Test
    void readsBackWhatWasStoredWholeOrInParts() {
        List<byte[]> whole = new ArrayList<>();
        assertEquals(withoutTargets(inputs()), roundTrip(inputs(), HeadlineListing.PART_BYTES, whole));
        assertEquals(1, whole.size());
        List<byte[]> small = new ArrayList<>();
        assertEquals(withoutTargets(inputs()), roundTrip(inputs(), 40, small), "targets skipped");
        assertTrue(small.size() > 3, "parts of about 40 bytes: " + small.size());
        assertThrows(
                IllegalArgumentException.class,
                () -> HeadlineListing.read(small.get(0), ArticleColumns.TARGETS, input -> {}),
                "targets are stored as numbers, for lede list alone");
        assertEquals(
                as(inputs(), ArticleColumns.IDS),
                roundTrip(inputs(), 40, new ArrayList<>(), ArticleColumns.IDS),
                "ids alone, the text skipped");
        assertEquals(
                as(inputs(), ArticleColumns.KEPT_APART, false),
                roundTrip(inputs(), 40, new ArrayList<>(), ArticleColumns.KEPT_APART, false),
                "kept apart: no headline, no stamp");
        assertEquals(
                as(inputs(), ArticleColumns.KEPT_APART, true),
                roundTrip(inputs(), HeadlineListing.PART_BYTES, new ArrayList<>(), ArticleColumns.KEPT_APART, true),
                "kept apart, with stamps");
    }

    /**
     * Paths are front-coded and put together as bytes while they are ASCII: every mix of ASCII and other
     * paths, sharing prefixes of every length (a pair split between two of them never), reads back as stored.
     */
    @Test
    void pathsOfEveryKindReadBack() {
        java.util.Random random = new java.util.Random(12);
        String[] pieces = {"a", "b/", "ü", "\uD83D\uDE00", "x", "é/", "/", "long-name-", "z"};
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder path = new StringBuilder("/news/");
            for (int j = random.nextInt(6); j >= 0; j--) {
                path.append(pieces[random.nextInt(pieces.length)]);
            }
            paths.add(path.append(i % 7).toString());
        }
        paths.add("/news/" + "a".repeat(600)); // longer than the reader's first buffer
        paths.add("/news/" + "a".repeat(600) + "ü");
        paths.add("/news/" + "a".repeat(300));
        paths.sort(null);
        List<IndexedInput> inputs = new ArrayList<>();
        for (String path : paths) {
            inputs.add(new IndexedInput(path, new FileStamp(1, 2, null, 3), List.of(), List.of()));
        }
        for (int partBytes : new int[] {40, HeadlineListing.PART_BYTES}) {
            List<String> read = roundTrip(inputs, partBytes, new ArrayList<>()).stream()
                    .map(IndexedInput::path)
                    .toList();
            assertEquals(paths, read, "parts of " + partBytes);
        }
    }

    private static IndexedArticle linked(long row, String path, String id, List<ArticleId> targets) {
        return new IndexedArticle(
                row,
                path,
                0,
                new ArticleId(id),
                Format.TEXT,
                "H " + id,
                null,
                null,
                null,
                null,
                null,
                null,
                targets,
                List.of());
    }

    /**
     * Each article is stored with its number (from 1 in file order, a copy of an id met before keeping the
     * first's) and each target with the number of the article it leads to, forward or back; a target
     * resolved to nothing or outside the library is left out.
     */
    @Test
    void linesReadBackNumberedWithTheirTargetsNumbers() {
        ArticleId first = new ArticleId("000000000001");
        ArticleId last = new ArticleId("feed:item/9");
        List<IndexedInput> inputs = List.of(
                new IndexedInput(
                        "/n/a.txt",
                        new FileStamp(1, 2, null, 3),
                        List.of(linked(1, "/n/a.txt", "000000000001", Arrays.asList(last, null, first))),
                        List.of()),
                new IndexedInput(
                        "/n/b.txt",
                        new FileStamp(1, 2, null, 3),
                        List.of(
                                linked(2, "/n/b.txt", "00000000000b", null),
                                linked(3, "/n/b.txt", "000000000001", List.of(last))),
                        List.of()),
                new IndexedInput(
                        "/n/c.txt",
                        new FileStamp(1, 2, null, 3),
                        List.of(linked(4, "/n/c.txt", "feed:item/9", List.of(new ArticleId("elsewhere")))),
                        List.of()));
        for (int partBytes : new int[] {10, HeadlineListing.PART_BYTES}) {
            List<byte[]> parts = new ArrayList<>();
            roundTrip(inputs, partBytes, parts);
            List<String> lines = new ArrayList<>();
            parts.forEach(part -> HeadlineListing.readNumbered(
                    part,
                    input -> input.articles()
                            .forEach(a -> lines.add(a.number() + " " + a.copy() + " " + a.id().value() + " "
                                    + Arrays.toString(a.related())))));
            assertEquals(
                    List.of(
                            "1 FIRST 000000000001 [3, 1]",
                            "2 ONLY 00000000000b []",
                            "1 LATER 000000000001 [3]",
                            "3 ONLY feed:item/9 []"),
                    lines,
                    "parts of " + partBytes);
            List<String> stamped = new ArrayList<>();
            parts.forEach(part -> HeadlineListing.readStamps(
                    part, input -> stamped.add(input.path() + " " + input.stamp() + " " + input.articles())));
            assertEquals(
                    inputs.stream()
                            .map(input -> input.path() + " " + input.stamp() + " []")
                            .toList(),
                    stamped);
        }
    }

    @Test
    void aValueThatIsNoListingIsRefused() {
        List<byte[]> parts = new ArrayList<>();
        roundTrip(inputs(), HeadlineListing.PART_BYTES, parts);
        byte[] whole = parts.get(0);
        for (int cut : new int[] {1, whole.length / 3, whole.length - 1}) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            assertThrows(
                    IllegalArgumentException.class,
                    () -> HeadlineListing.read(truncated, ArticleColumns.HEADLINES, input -> {}),
                    "cut at " + cut);
            assertThrows(
                    IllegalArgumentException.class,
                    () -> HeadlineListing.readNumbered(truncated, input -> {}),
                    "numbered, cut at " + cut);
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> HeadlineListing.read(
                        new byte[] {(byte) 0xff, (byte) 0xff, 0x7f}, ArticleColumns.HEADLINES, input -> {}));
    }
}
