package dev.lede.ui.view;

import static dev.lede.ui.view.Golden.assertExactSize;
import static dev.lede.ui.view.Golden.assertScreen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.parse.Parsed;
import dev.lede.ui.Effect;
import dev.lede.ui.Event;
import dev.lede.ui.Fixtures;
import dev.lede.ui.ListColumns;
import dev.lede.ui.ShownFolder;
import dev.lede.ui.Transition;
import dev.lede.ui.UiOptions;
import dev.lede.ui.UiState;
import dev.lede.ui.Update;
import dev.lede.ui.keys.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewsTest {

    private static final String TEST = "ViewsTest";

    private final List<Article> articles = all();
    private final Library library = build(articles);

    @Test
    void listShowsSelectionAndUnreadMarkers() {
        UiState state = reading(start(80, 24), "j", "<enter>", "q", "j", "j");
        assertScreen(TEST, "list-80x24", Views.frame(state));
    }

    @Test
    void readerShowsHeaderBlocksLinksAndRelated() {
        assertScreen(TEST, "reader-80x24", Views.frame(reading(start(80, 24), "<enter>")));
        assertScreen(TEST, "reader-80x24-end", Views.frame(reading(start(80, 24), "<enter>", "G")));
    }

    @Test
    void relatedFocusShowsTheFocusedHeadline() {
        assertScreen(TEST, "related-80x24", Views.frame(reading(start(80, 24), "<enter>", "r", "<tab>")));
    }

    @Test
    void relatedHeadlinesStopAtTheTextColumnLikeTheTextAboveThem() {
        String longMissing = "Harbour board of Maresby publishes a long report on winter crossings, pilot training, "
                + "fuel costs and the timetable for the next three years";
        Article article = Fixtures.article(
                "Maresby report due",
                "2025-03-13",
                List.of(new Block.Paragraph("The harbour board will publish its report on Friday.")),
                List.of(new RelatedHeadline(longMissing, null), new RelatedHeadline(Fixtures.SEQUEL, null)),
                List.of());
        List<Article> two = List.of(article, Fixtures.sequel());
        UiState state = reading(UiState.initial(build(two), "feeds/", 200, 30), two, "<enter>", "z", "G");
        dev.lede.ui.Geometry geometry = dev.lede.ui.Geometry.of(state);
        int textEnd = geometry.textLeft() + geometry.textWidth();
        List<String> related = Views.frame(state)
                .toPlainText()
                .lines()
                .filter(line -> line.contains(" → ") || line.contains("   Harbour board"))
                .toList();
        assertEquals(2, related.size(), String.join("\n", related));
        related.forEach(line ->
                assertTrue(dev.lede.core.text.Columns.width(line) <= textEnd, "past column " + textEnd + ": " + line));
        assertTrue(related.get(0).endsWith("(not in library)"), related.get(0));
    }

    @Test
    void aRelatedHeadlineIsNotCalledAbsentBeforeTheLibrarysHeadlinesAreWorkedOut() {
        Article article = Fixtures.article(
                "Maresby report due",
                "2025-03-13",
                List.of(new Block.Paragraph("The harbour board will publish its report on Friday.")),
                List.of(new RelatedHeadline("Storm closes Kelby ferry pier for winter", null)),
                List.of());
        List<Article> two = List.of(article, Fixtures.sequel());
        UiState waiting = reading(UiState.initial(buildUnmatched(two), "feeds/", 200, 30), two, "<enter>", "z", "G");
        String frame = Views.frame(waiting).toPlainText();
        assertTrue(frame.contains("Storm closes Kelby ferry pier for winter (matching…)"), frame);
        UiState settled = reading(UiState.initial(build(two), "feeds/", 200, 30), two, "<enter>", "z", "G");
        assertTrue(Views.frame(settled)
                .toPlainText()
                .contains("Storm closes Kelby ferry pier for winter (not in library)"));
    }

    @Test
    void theSequelListsTheArticlesLinkingToItAfterItsText() {
        UiState linked = start(80, 24).withLinks(dev.lede.core.library.LinkGraph.of(library));
        assertScreen(TEST, "linked-from-80x24", Views.frame(reading(linked, "j", "<enter>", "G")));
    }

    /**
     * The sequel names the feature among its related headlines, and the feature names it: the feature is listed
     * under both, and under "Linked from" it says it is the same article as related 1.
     */
    @Test
    void anArticleBothRelatedAndLinkingHereSaysSoTheSecondTime() {
        Article sequel = Fixtures.article(
                Fixtures.SEQUEL,
                "2025-03-12",
                List.of(new Block.Paragraph("Two deckhands from the Grey Heron begin pilot training next week.")),
                List.of(new RelatedHeadline(Fixtures.FEATURE, null)),
                List.of());
        List<Article> two = List.of(Fixtures.feature(), sequel);
        Library both = build(two);
        UiState linked = UiState.initial(both, "feeds/", 80, 24).withLinks(dev.lede.core.library.LinkGraph.of(both));
        assertScreen(TEST, "linked-from-also-related-80x24", Views.frame(reading(linked, two, "j", "<enter>", "G")));
    }

    @Test
    void theStoryOverlayListsDateSourceAndHeadlineOldestFirst() {
        UiState linked = start(80, 24).withLinks(dev.lede.core.library.LinkGraph.of(library));
        Frame story = Views.frame(reading(linked, "<enter>", "s"));
        assertTrue(
                story.toPlainText().contains(" 2025-03-10  feeds  Harbour town of Maresby"),
                "the source is the article's folder, as in the list: " + story.toPlainText());
        assertScreen(TEST, "story-80x24", story);
        assertScreen(TEST, "story-80x24-selected", Views.frame(reading(linked, "<enter>", "s", "j")));
    }

    @Test
    void onANarrowScreenTheStoryKeepsItsHeadlinesDroppingTheSourceThenTheDate() {
        UiState linked = start(80, 24).withLinks(dev.lede.core.library.LinkGraph.of(library));
        UiState story = reading(linked, "<enter>", "s");
        String forty = Views.frame(
                        Update.update(story, new Event.Resized(40, 12)).state())
                .toPlainText();
        assertTrue(
                forty.contains(" * 2025-03-10  Harbour town of Maresby"), "the date stays, the source goes:\n" + forty);
        String twenty = Views.frame(
                        Update.update(story, new Event.Resized(20, 6)).state())
                .toPlainText();
        assertTrue(twenty.contains(" * Harbour town of "), "the headline alone:\n" + twenty);
    }

    @Test
    void aStoryTallerThanTheScreenKeepsItsTitleWhileItsArticlesScrollUnderIt() {
        List<Article> log = ferryLog(30);
        Library chained = build(log);
        UiState linked =
                UiState.initial(chained, "feeds/", 80, 12).withLinks(dev.lede.core.library.LinkGraph.of(chained));
        UiState open = reading(linked, log, "<enter>", "s");
        String title = " Story: 30 articles, oldest first";
        UiState state = open;
        for (int day = 1; day <= 30; day++) {
            List<String> rows = Views.frame(state).toPlainText().lines().toList();
            assertTrue(rows.get(1).startsWith(title), "the title stays put at crossing " + day + ":\n" + rows);
            assertTrue(rows.get(2).isBlank(), "and the blank row under it");
            String selected = "Maresby ferry log, crossing " + day;
            assertTrue(
                    rows.stream().anyMatch(row -> row.stripTrailing().endsWith(selected)),
                    "the selected article is in view: " + rows);
            state = reading(state, log, "j");
        }
        assertScreen(TEST, "story-80x12-end", Views.frame(reading(open, log, "G")));
        assertScreen(TEST, "story-80x12-paged", Views.frame(reading(open, log, "<space>")));
        assertScreen(TEST, "story-80x12-back-to-the-first", Views.frame(reading(open, log, "G", "g")));
    }

    @Test
    void theStoryAndTheListNameAShownFolderAsShownNotByItsFolderName() {
        List<Article> log = ferryLog(3);
        Library chained = build(log);
        UiOptions options = UiOptions.defaults()
                .withColumns(ListColumns.of("source").orElseThrow())
                .withShownFolder(new ShownFolder("feeds/log", "samples"));
        UiState linked = UiState.initial(chained, "bundled samples", 80, 12, options)
                .withLinks(dev.lede.core.library.LinkGraph.of(chained));
        String list = Views.frame(linked).toPlainText();
        assertTrue(list.contains(" samples"), "the list's source column: " + list);
        assertFalse(list.lines().anyMatch(row -> row.stripTrailing().endsWith(" log")), list);
        String story = Views.frame(reading(linked, log, "<enter>", "s")).toPlainText();
        assertTrue(story.contains(" 2025-01-02  samples  Maresby ferry log, crossing 1"), story);
        assertFalse(story.contains("  log  "), story);
        String plain = Views.frame(reading(
                        UiState.initial(chained, "feeds/", 80, 12)
                                .withLinks(dev.lede.core.library.LinkGraph.of(chained)),
                        log,
                        "<enter>",
                        "s"))
                .toPlainText();
        assertTrue(plain.contains("  log  Maresby ferry log, crossing 1"), "any other folder by its name: " + plain);
    }

    /** {@code count} articles a day apart, each naming the one before by its address: one story. */
    private static List<Article> ferryLog(int count) {
        List<Article> out = new ArrayList<>();
        for (int day = 1; day <= count; day++) {
            String headline = "Maresby ferry log, crossing " + day;
            List<RelatedHeadline> before = day == 1
                    ? List.of()
                    : List.of(new RelatedHeadline(
                            "Maresby ferry log, crossing " + (day - 1), "https://maresby.example/log/" + (day - 1)));
            out.add(new Article(
                    ArticleId.forContent(headline),
                    Source.of("feeds/log/crossing-" + day + ".txt"),
                    dev.lede.core.article.Format.TEXT,
                    headline,
                    null,
                    java.time.LocalDate.of(2025, 1, 1).plusDays(day).toString(),
                    "https://maresby.example/log/" + day,
                    null,
                    List.of(new Block.Paragraph("The Grey Heron sailed at 07:40.")),
                    before,
                    List.of(),
                    List.of()));
        }
        return out;
    }

    @Test
    void helpListsEveryKeyGrouped() {
        assertScreen(TEST, "help-80x24", Views.frame(reading(start(80, 24), "?")));
        assertScreen(TEST, "help-80x24-scrolled", Views.frame(reading(start(80, 24), "?", "<space>")));
    }

    @Test
    void problemsOverlayListsEachProblemAndTheStatusBarCountsThem() {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add);
        builder.addProblem(new Problem("feeds/broken.xml", "malformed XML at line 3, skipped"));
        builder.addProblem(new Problem("feeds/photo.jpg", "binary file; skipped"));
        builder.addProblem(new Problem("feeds/evil\u001b]0;pwned\u0007.txt", "empty file"));
        // Read with a warning, and the same article from a second input: counted apart from the skipped.
        Article warned = articles.get(0);
        Article copy = new Article(
                ArticleId.forContent("a different article"),
                Source.of("feeds/copy-of-the-first.txt"),
                warned.format(),
                "Read with a warning",
                null,
                null,
                null,
                null,
                warned.body(),
                List.of(),
                List.of(),
                List.of());
        builder.accept(new Parsed(
                List.of(copy),
                List.of(new Problem(
                        "feeds/copy-of-the-first.txt",
                        "not valid UTF-8; read as windows-1252, which is what this long message says at some length so that it "
                                + "has to wrap onto a second row of the problems list"))));
        Article second = articles.get(1);
        Article again = new Article(
                second.id(),
                Source.of("backup/ferry.txt"),
                second.format(),
                second.headline(),
                null,
                null,
                null,
                null,
                second.body(),
                List.of(),
                List.of(),
                List.of());
        builder.accept(new Parsed(List.of(again), List.of())); // the same content from another input: merged
        UiState state = UiState.initial(builder.snapshot(), "feeds/", 80, 24);
        assertScreen(TEST, "loading-with-problems-80x24", Views.frame(state));
        assertScreen(TEST, "problems-80x24", Views.frame(reading(state, "P")));
    }

    @Test
    void narrowScreensShowOnePaneAtATime() {
        assertScreen(TEST, "list-60x20", Views.frame(start(60, 20)));
        assertScreen(TEST, "reader-60x20", Views.frame(reading(start(60, 20), "<enter>", "d")));
        assertScreen(TEST, "list-20x6", Views.frame(start(20, 6)));
        assertScreen(TEST, "reader-20x6", Views.frame(reading(start(20, 6), "<enter>")));
    }

    @Test
    void wideScreensShowListAndReaderSideBySide() {
        assertScreen(TEST, "preview-120x40", Views.frame(start(120, 40)));
        assertScreen(TEST, "reader-120x40", Views.frame(reading(start(120, 40), "<enter>")));
        assertScreen(TEST, "fullscreen-120x40", Views.frame(reading(start(120, 40), "<enter>", "z")));
    }

    @Test
    void afterGoingBackTheReaderPanePreviewsTheSelectedHeadline() {
        UiState moved = reading(start(120, 40), "<enter>", "q", "j", "j");
        assertScreen(TEST, "back-and-moved-120x40", Views.frame(moved));
        assertEquals(
                readerPane(reading(start(120, 40), "j", "j")),
                readerPane(moved),
                "the same pane as after moving there without opening anything");
    }

    private static List<String> readerPane(UiState state) {
        return Views.frame(state)
                .toPlainText()
                .lines()
                .filter(line -> line.contains("│"))
                .map(line -> line.substring(line.indexOf('│') + 1))
                .toList();
    }

    @Test
    void wideCharactersWrapByDisplayWidth() {
        Article cjk = Fixtures.simple(
                "港口小镇投票保留最后一班渡轮",
                "2025-03-10",
                "镇议会周二晚以七票对两票通过决议，冬季继续运营渡轮。四千一百名居民签署了请愿书。",
                "東京の記者によると、フェリーは毎朝七時四十分に出航する。");
        Article emoji = Fixtures.simple(
                "Ferry fans celebrate 🎉⛴️ on the quay",
                "2025-03-11",
                "Crowds waved flags 🇬🇧 and sang 🎶 as the Grey Heron 🐦 left at 07:40; café owners said naïve visitors "
                        + "asked whether the boat was e\u0301lectrique.");
        Library small = build(List.of(cjk, emoji));
        UiState state = UiState.initial(small, "feeds/", 40, 12);
        assertScreen(TEST, "cjk-40x12", Views.frame(reading(state, List.of(cjk, emoji), "<enter>")));
        assertScreen(TEST, "emoji-40x12", Views.frame(reading(state, List.of(cjk, emoji), "j", "<enter>")));
    }

    /**
     * A list row cut inside an emoji ZWJ sequence or a flag: the sequence is one cluster of two columns, kept
     * whole or left out whole, and the row exactly its width (it was cut after the second person, a joiner left
     * dangling and the row padded four columns too wide). Each width cuts the headline at another place in them.
     */
    @Test
    void aListRowKeepsAnEmojiSequenceAndAFlagWholeOrLeavesThemOut() {
        Article family = Fixtures.simple(
                "Ferry 👨‍👩‍👧 family and 🇬🇧 flag on the quay at dawn", "2025-03-12", "The crossing was calm.");
        Article plain = Fixtures.simple("Harbour notes", "2025-03-13", "Nothing else happened.");
        Library small = build(List.of(family, plain));
        for (int width : new int[] {11, 12, 13, 24, 25, 26}) {
            UiState state = UiState.initial(small, "feeds/", width, 5);
            assertScreen(TEST, "emoji-sequence-list-" + width + "x5", Views.frame(state));
        }
    }

    @Test
    void searchMatchesAreHighlighted() {
        UiState state = reading(start(80, 24), "<enter>", "/", "h", "e", "r", "o", "n", "<enter>");
        Frame frame = Views.frame(state);
        long current = spans(frame).stream()
                .filter(s -> s.style() == Style.CURRENT_MATCH)
                .count();
        List<Span> matches =
                spans(frame).stream().filter(s -> s.style() == Style.MATCH).toList();
        assertEquals(1, current);
        matches.forEach(span -> assertTrue(span.text().equalsIgnoreCase("heron"), span.text()));
        assertScreen(TEST, "search-80x24", frame);
    }

    @Test
    void aLibrarySearchBeingTypedFiltersTheListAndShowsOnTheStatusBar() {
        assertScreen(TEST, "list-search-typing-60x20", Views.frame(reading(start(60, 20), "/", "f", "e", "r")));
        assertScreen(
                TEST,
                "list-search-kept-60x20",
                Views.frame(reading(start(60, 20), "/", "f", "e", "r", "<enter>", "j")));
    }

    @Test
    void linkNumbersAreStyledAsLinks() {
        Frame frame = Views.frame(reading(start(80, 24), "<enter>"));
        assertTrue(spans(frame).contains(new Span("[1]", Style.LINK)));
    }

    @Test
    void aOneLineScrollGivesAScrollHintForTheReaderPane() {
        assertEquals(
                Optional.of(new dev.lede.ui.view.ScrollHint(1, 22, 0, 79, 1)),
                afterKeys(start(80, 24), "<enter>", "j").scroll());
        assertEquals(
                Optional.of(new dev.lede.ui.view.ScrollHint(1, 22, 0, 79, -1)),
                afterKeys(start(80, 24), "<enter>", "j", "j", "k").scroll());
        assertEquals(
                Optional.of(new dev.lede.ui.view.ScrollHint(1, 38, 49, 119, 1)),
                afterKeys(start(120, 40), "<enter>", "j").scroll());
        assertEquals(
                Optional.empty(), afterKeys(start(80, 24), "<enter>", "j", "r").scroll());
        assertEquals(
                Optional.empty(), afterKeys(start(40, 12), "<enter>", "<space>").scroll(), "a full page is repainted");
    }

    /** The frame after {@code keys}, carrying the paint hint of the last key's update (as the loop paints it). */
    private Frame afterKeys(UiState start, String... keys) {
        UiState before = reading(start, java.util.Arrays.copyOf(keys, keys.length - 1));
        Transition last = Update.update(before, new Event.KeyPressed(Key.of(keys[keys.length - 1])));
        return Views.frame(last.state(), last.scrolled());
    }

    @Test
    void everyFrameIsExactlyTheScreenSizeAtAnySize() {
        int[] widths = {1, 2, 5, 10, 19, 20, 33, 59, 60, 99, 100, 101, 120, 200};
        int[] heights = {1, 2, 3, 4, 6, 10, 24, 40};
        for (int width : widths) {
            for (int height : heights) {
                for (String[] keys : List.of(
                        new String[0],
                        new String[] {"<enter>"},
                        new String[] {"<enter>", "G", "r"},
                        new String[] {"?"},
                        new String[] {"/", "f", "e"},
                        new String[] {"<enter>", "z", "j"})) {
                    Frame frame = Views.frame(reading(start(width, height), keys));
                    assertEquals(width, frame.width());
                    assertExactSize(frame);
                }
            }
        }
    }

    private static final String LONG_URL =
            "https://news.example.org/2026/12/02/harbour-board-publishes-its-winter-report"
                    + "-on-crossings-pilots-and-fuel?utm_source=feed&utm_medium=rss";
    private static final String REPORT_URL =
            "https://maresby.example/reports/2026/winter-crossings-pilot-training-fuel-costs"
                    + "-and-timetable-full-report.pdf";
    private static final String HOSTILE_URL = "https://evil.example/\u001b]0;pwned\u0007";

    private static Article longLinks() {
        String text = "The harbour board published its winter report on Tuesday; the petition is still open.";
        List<Block> body = List.of(new Block.Paragraph(
                text,
                List.of(
                        new dev.lede.core.article.LinkMark(text.indexOf(" on"), 1),
                        new dev.lede.core.article.LinkMark(text.indexOf(" is"), 2))));
        List<dev.lede.core.article.Link> links = List.of(
                new dev.lede.core.article.Link(1, "winter report", REPORT_URL),
                new dev.lede.core.article.Link(2, "petition", HOSTILE_URL));
        return new Article(
                dev.lede.core.article.ArticleId.forContent("long links"),
                dev.lede.core.article.Source.of("feeds/report.html"),
                dev.lede.core.article.Format.HTML,
                "Harbour board publishes its winter report",
                "By Ines Calloway",
                "2026-12-02",
                LONG_URL,
                "The Maresby Courier",
                body,
                List.of(),
                links,
                List.of());
    }

    /** The rows of a frame from the first that contains {@code start}, indent removed, joined: a wrapped URL whole again. */
    private static String joinedFrom(Frame frame, String start, int rows) {
        List<String> lines = frame.toPlainText().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(start);
            if (at >= 0) {
                StringBuilder out = new StringBuilder(lines.get(i).substring(at).strip());
                for (int k = i + 1; k < Math.min(lines.size(), i + rows); k++) {
                    out.append(lines.get(k).strip());
                }
                return out.toString();
            }
        }
        return "";
    }

    @Test
    void theLinksOverlayShowsEveryUrlWholeAndTheSelection() {
        List<Article> one = List.of(longLinks());
        for (int width : new int[] {40, 60, 120}) {
            UiState state = reading(UiState.initial(build(one), "feeds/", width, 20), one, "<enter>", "U", "j");
            Frame frame = Views.frame(state);
            assertExactSize(frame);
            assertTrue(joinedFrom(frame, "https://news.", 8).startsWith(LONG_URL), width + "\n" + frame.toPlainText());
            assertTrue(
                    joinedFrom(frame, "https://maresby.", 8).startsWith(REPORT_URL),
                    width + "\n" + frame.toPlainText());
            List<String> rows = frame.toPlainText().lines().toList();
            rows.subList(2, rows.size() - 1).forEach(line -> assertTrue(!line.contains("…"), line));
            // The selected entry ([1]) is drawn selected, all of its rows.
            long selectedRows = frame.lines().stream()
                    .filter(line -> line.fill() == Style.SELECTED)
                    .count();
            assertTrue(selectedRows >= 2, width + ": " + selectedRows + " selected rows");
            if (width == 60) {
                assertScreen(TEST, "links-60x20", frame);
            }
        }
    }

    @Test
    void hyperlinksAreInTheFrameOnlyWhenSetAndOnlyForSafeUrls() {
        List<Article> one = List.of(longLinks());
        UiState off = reading(UiState.initial(build(one), "feeds/", 120, 30), one, "<enter>", "z");
        assertTrue(spans(Views.frame(off)).stream().allMatch(span -> span.link() == null), "no links unless set");
        assertTrue(spans(Views.frame(pressedKeys(off, "U"))).stream().allMatch(span -> span.link() == null));

        UiState on = reading(
                UiState.initial(
                        build(one),
                        "feeds/",
                        120,
                        30,
                        dev.lede.ui.UiOptions.defaults().withHyperlinks(true)),
                one,
                "<enter>",
                "z");
        List<Span> reader = spans(Views.frame(on));
        assertTrue(reader.contains(new Span("[1]", Style.LINK, REPORT_URL)), reader.toString());
        assertTrue(reader.contains(new Span("[2]", Style.LINK, null)), "a hostile URL is no hyperlink: " + reader);
        assertTrue(
                reader.stream().anyMatch(span -> LONG_URL.equals(span.link()) && LONG_URL.startsWith(span.text())),
                "the article's address links to the whole URL");
        assertTrue(reader.stream()
                .noneMatch(span -> span.link() != null && span.link().contains("evil")));
        List<Span> overlay = spans(Views.frame(pressedKeys(on, "U")));
        assertTrue(
                overlay.stream()
                        .anyMatch(span ->
                                REPORT_URL.equals(span.link()) && span.text().equals("winter report")),
                overlay.toString());
        String linked = overlay.stream()
                .filter(span -> REPORT_URL.equals(span.link()) && span.text().startsWith("http"))
                .map(Span::text)
                .reduce("", String::concat);
        assertEquals(REPORT_URL, linked, "every piece of a wrapped URL links to the whole of it");
    }

    private static UiState pressedKeys(UiState state, String... keys) {
        return reading(state, List.of(longLinks()), keys);
    }

    private static List<Span> spans(Frame frame) {
        List<Span> out = new ArrayList<>();
        frame.lines().forEach(line -> out.addAll(line.spans()));
        return out;
    }

    private UiState start(int width, int height) {
        return UiState.initial(library, "feeds/", width, height);
    }

    private UiState reading(UiState state, String... keys) {
        return reading(state, articles, keys);
    }

    /** Presses keys, answering OpenArticle as the tui would. */
    static UiState reading(UiState state, List<Article> articles, String... keys) {
        UiState current = state;
        for (String key : keys) {
            Transition t = Update.update(current, new Event.KeyPressed(Key.of(key)));
            current = t.state();
            for (Effect effect : t.effects()) {
                if (effect instanceof Effect.OpenArticle open) {
                    Article article = articles.stream()
                            .filter(a -> a.id().equals(open.entry().id()))
                            .findFirst()
                            .orElseThrow();
                    current = Update.update(current, new Event.ArticleOpened(open.entry(), article))
                            .state();
                }
            }
        }
        return current;
    }

    private static List<Article> all() {
        List<Article> out = new ArrayList<>(List.of(Fixtures.feature(), Fixtures.sequel()));
        out.addAll(Fixtures.numbered(30));
        return out;
    }

    /** The library as the reader holds it once its links are built: its related headlines worked out together. */
    private static Library build(List<Article> articles) {
        return buildUnmatched(articles).withRelatedWorkedOut();
    }

    /** The library as the reader holds it between a load and its links being built. */
    private static Library buildUnmatched(List<Article> articles) {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add);
        return builder.finish();
    }

    @SuppressWarnings("unused")
    private static RelatedHeadline related(String headline) {
        return new RelatedHeadline(headline, null);
    }

    @SuppressWarnings("unused")
    private static Block paragraph(String text) {
        return new Block.Paragraph(text);
    }
}
