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

    /** What the row listing of {@code columns} gives: targets only when selected; with ids alone, no text either. */
    private static List<IndexedInput> as(List<IndexedInput> inputs, ArticleColumns columns) {
        boolean text = columns.hasHeadline();
        return inputs.stream()
                .map(input -> new IndexedInput(
                        input.path(),
                        input.stamp(),
                        input.articles().stream()
                                .map(a -> new IndexedArticle(
                                        a.row(),
                                        a.path(),
                                        a.item(),
                                        a.id(),
                                        text ? a.format() : null,
                                        text ? a.headline() : null,
                                        null,
                                        null,
                                        text ? a.published() : null,
                                        null,
                                        null,
                                        null,
                                        columns.resolved() ? a.targets() : null,
                                        text ? a.problems() : List.of()))
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
        return roundTrip(inputs, partBytes, parts, ArticleColumns.TARGETS);
    }

    private static List<IndexedInput> roundTrip(
            List<IndexedInput> inputs, int partBytes, List<byte[]> parts, ArticleColumns columns) {
        HeadlineListing listing = new HeadlineListing(parts::add, partBytes);
        inputs.forEach(listing::add);
        listing.finish();
        List<IndexedInput> read = new ArrayList<>();
        parts.forEach(part -> HeadlineListing.read(part, columns, read::add));
        return read;
    }

    @Test
    void readsBackWhatWasStoredWholeOrInParts() {
        List<byte[]> whole = new ArrayList<>();
        assertEquals(inputs(), roundTrip(inputs(), HeadlineListing.PART_BYTES, whole));
        assertEquals(1, whole.size());
        List<byte[]> small = new ArrayList<>();
        assertEquals(inputs(), roundTrip(inputs(), 40, small));
        assertTrue(small.size() > 3, "parts of about 40 bytes: " + small.size());
        assertEquals(
                withoutTargets(inputs()),
                roundTrip(inputs(), 40, new ArrayList<>(), ArticleColumns.HEADLINES),
                "targets skipped");
        assertEquals(
                as(inputs(), ArticleColumns.IDS),
                roundTrip(inputs(), 40, new ArrayList<>(), ArticleColumns.IDS),
                "ids alone, the text skipped");
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
                    () -> HeadlineListing.read(truncated, ArticleColumns.TARGETS, input -> {}),
                    "cut at " + cut);
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> HeadlineListing.read(
                        new byte[] {(byte) 0xff, (byte) 0xff, 0x7f}, ArticleColumns.TARGETS, input -> {}));
    }
}
