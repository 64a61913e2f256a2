package dev.lede.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

    private final PlainTextParser parser = new PlainTextParser();

    private static byte[] fixture(String name) {
        try (InputStream in = PlainTextParserTest.class.getResourceAsStream("/fixtures/text/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Article parseOne(String name, byte[] bytes) {
        Parsed parsed = parser.parse(Input.of(Source.of(name), bytes));
        assertEquals(1, parsed.articles().size(), () -> "problems: " + parsed.problems());
        return parsed.articles().get(0);
    }

    private Article fixtureArticle(String name) {
        return parseOne(name, fixture(name));
    }

    private Article textArticle(String text) {
        return parseOne("inline.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> paragraphs(Article article) {
        return article.body().stream().map(Block::text).toList();
    }

    private static List<String> relatedHeadlines(Article article) {
        return article.related().stream().map(RelatedHeadline::headline).toList();
    }

    private static Path sharedDir() {
        String property = System.getProperty("lede.shared");
        return property != null
                ? Paths.get(property)
                : Paths.get("").toAbsolutePath().resolveSibling("shared");
    }

    @Test
    void seedArticleGivesHeadlineSevenParagraphsAndSixRelatedHeadlines() throws IOException {
        Path seed = sharedDir().resolve("samples/seed-article.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seed article not found at " + seed + " (set -Dlede.shared)");
        byte[] bytes = Files.readAllBytes(seed);
        List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n"));

        Article article = parseOne("seed-article.txt", bytes);

        assertEquals(lines.get(0), article.headline());
        assertEquals(lines.subList(0, 7), paragraphs(article));
        assertEquals(lines.subList(7, 13), relatedHeadlines(article));
        assertEquals(List.of(), article.problems());
    }

    @Test
    void readsTrailingRelatedHeadlinesIncludingQuotedTitleAndQuestion() {
        Article article = fixtureArticle("implicit-related.txt");
        assertEquals(
                "Harbour town of Westmere votes to keep its wooden ferry running for another decade.",
                article.headline());
        assertEquals(5, article.body().size());
        assertEquals(article.headline(), article.lede(), "the lede is the first body paragraph");
        assertEquals(
                List.of(
                        "Cyclists in Westmere ask for a second lane on the coast road",
                        "Storm damage closes the northern pier for three weeks",
                        "Can a small harbour town live without its fishing fleet?",
                        "Local choir announces a summer concert of 'Songs of the Tide'",
                        "School in Kettleby wins regional robotics title"),
                relatedHeadlines(article));
        assertTrue(article.related().stream().allMatch(r -> r.url() == null));
        assertEquals(Format.TEXT, article.format());
    }

    @Test
    void questionAtTheEndIsNotARelatedHeadlineOnItsOwn() {
        Article article = textArticle("""
                Village hall gets a new roof.
                Work finished on Friday, two weeks early.
                Cyclists ask for a second lane on the coast road
                Storm damage closes the northern pier
                Will the hall host the winter market?""");
        assertEquals(List.of(), article.related());
        assertEquals(5, article.body().size());
    }

    @Test
    void wordyLastParagraphWithoutFinalPeriodStaysBody() {
        Article article = fixtureArticle("unpunctuated-last-paragraph.txt");
        assertEquals(3, article.body().size());
        assertTrue(paragraphs(article).get(2).endsWith("market in Esk each week"));
        assertEquals(
                List.of(
                        "Lindholm market moves to the old railway yard",
                        "Three new bus routes announced for the eastern valley"),
                relatedHeadlines(article));
    }

    @Test
    void longLastParagraphWithoutFinalPeriodIsNotRelated() {
        Article article = fixtureArticle("unpunctuated-prose-end.txt");
        assertEquals(4, article.body().size());
        assertEquals(List.of(), article.related());
    }

    @Test
    void oneParagraphArticleKeepsItsOnlyParagraph() {
        Article article = fixtureArticle("one-paragraph.txt");
        assertEquals("Dunmere library extends its opening hours on Sundays", article.headline());
        assertEquals(List.of("Dunmere library extends its opening hours on Sundays"), paragraphs(article));
        assertEquals(List.of(), article.related());
    }

    @Test
    void aLedeLongerThanAHeadlineGivesItsFirstWordsAsTheHeadlineAndStaysWholeInTheText() {
        String sentence = "Harbour council votes to keep the winter ferry running after residents petition ";
        String lede = sentence.repeat(20).strip() + ".";
        Article article = textArticle(lede + "\n\nThe second paragraph.\n");
        String headline = article.headline();
        String words = headline.substring(0, headline.length() - 1);
        assertTrue(headline.endsWith("…") && lede.startsWith(words + " "), headline);
        int nextWordEnd = lede.indexOf(' ', words.length() + 1);
        assertTrue(words.length() < HeadlineShape.MAX_CHARS && nextWordEnd >= HeadlineShape.MAX_CHARS, headline);
        assertEquals(List.of(lede, "The second paragraph."), paragraphs(article), "nothing of the lede lost");
        assertEquals(
                textArticle(lede + "\n\nThe second paragraph.\n").id(),
                article.id(),
                "the id is the whole lede's, as before the cut");
    }

    @Test
    void aHeadlineIsCutInsideAWordOnlyWhenTheFirstWordIsLongerThanAHeadline() {
        String unbroken = "港口小镇投票保留最后一班渡轮".repeat(20);
        String headline = textArticle(unbroken + "\n\nNext.\n").headline();
        assertEquals(unbroken.substring(0, HeadlineShape.MAX_CHARS - 1) + "…", headline);
        String family = "👨\u200d👩\u200d👧";
        String families = textArticle(family.repeat(400) + "\n").headline();
        assertEquals(family.repeat(HeadlineShape.MAX_CHARS - 1) + "…", families, "never cut inside a sequence");
        String exact = "A".repeat(HeadlineShape.MAX_CHARS);
        assertEquals(exact, textArticle(exact + "\n\nNext.\n").headline(), "a headline's length is kept whole");
    }

    @Test
    void relatedBlockLeavesAtLeastOneParagraphAbove() {
        Article article = fixtureArticle("short-lines-only.txt");
        assertEquals(List.of("Dunmere library extends its opening hours on Sundays"), paragraphs(article));
        assertEquals(
                List.of("Reading club returns to the town hall", "New mural unveiled at the station"),
                relatedHeadlines(article));
    }

    @Test
    void aRunOfShortLinesLongerThanARelatedListIsTheText() {
        String intro = "Tide table for the harbour.\nHeights are in metres above chart datum.\n";
        StringBuilder list = new StringBuilder(intro);
        for (int i = 1; i <= RelatedBlock.MAX_LINES; i++) {
            list.append("Slipway ").append(i).append(" open\n");
        }
        Article atMost = textArticle(list.toString());
        assertEquals(RelatedBlock.MAX_LINES, atMost.related().size());
        list.append("Slipway 101 open\n");
        Article longer = textArticle(list.toString());
        assertEquals(List.of(), longer.related());
        assertEquals(RelatedBlock.MAX_LINES + 3, longer.body().size());
        // The same after a marker: it is then a subheading of the list.
        Article marked = textArticle(list.toString().replace("datum.\n", "datum.\nRelated:\n"));
        assertEquals(List.of(), marked.related());
    }

    @Test
    void singleTrailingShortLineIsKeptAsBody() {
        Article article = textArticle("Bridge reopens.\nThe bridge reopened on Monday.\nPhotos by Lena Ortiz");
        assertEquals(3, article.body().size());
        assertEquals(List.of(), article.related());
    }

    @Test
    void headerBlockFillsMetadataAndTitleIsTheHeadline() {
        Article article = fixtureArticle("header-block.txt");
        assertEquals("Glassworks in Fennick reopens after a two-year restoration", article.headline());
        assertEquals("Ilse Marchetti", article.byline());
        assertEquals("2025-03-10T14:00:00+01:00", article.published());
        assertEquals("The Fennick Courier", article.site());
        assertEquals("https://courier.example/glassworks-reopens", article.url());
        assertEquals(2, article.body().size());
        assertTrue(paragraphs(article).get(0).startsWith("The old glassworks"));
        assertEquals(List.of(), article.problems());
    }

    @Test
    void headerKeysAreCaseInsensitiveAndEndAtTheFirstNonHeaderLine() {
        Article article = fixtureArticle("header-block-alternate-keys.txt");
        assertEquals("Tram line to Osterby will open in autumn", article.headline());
        assertEquals("Konrad Mbeki", article.byline());
        assertEquals("2025-03-04", article.published());
        assertEquals("Osterby Post", article.site());
        assertEquals("https://post.example/tram", article.url());
        assertEquals(
                List.of(
                        "Osterby's new tram line will carry its first passengers in October, the city transport office said."),
                paragraphs(article));
    }

    /** A first paragraph that only says the Title again is left out: the lede is what follows; the id stays. */
    @Test
    void aFirstParagraphRepeatingTheTitleIsNotTheLede() {
        String text = "Title: Council approves the ferry pier\n\nCouncil approves the  ferry pier.\n\n"
                + "The council voted seven to two on Tuesday night.\n\nWork starts in May.\n";
        Article article = textArticle(text);
        assertEquals("Council approves the ferry pier", article.headline());
        assertEquals("The council voted seven to two on Tuesday night.", article.lede());
        assertEquals(
                List.of("The council voted seven to two on Tuesday night.", "Work starts in May."),
                paragraphs(article));
        assertEquals(
                ArticleId.forContent("Council approves the ferry pier\nCouncil approves the ferry pier.\n\n"
                        + "The council voted seven to two on Tuesday night.\n\nWork starts in May."),
                article.id(),
                "the id of the text as it was read before");
        // Without a Title the first paragraph is the headline itself; a Title said once is not left out alone.
        assertEquals(
                "Council approves the ferry pier.",
                textArticle(text.substring(text.indexOf("\n\n") + 2)).lede());
        assertEquals(
                "Council approves the ferry pier",
                textArticle("Title: Council approves the ferry pier\n\nCouncil approves the ferry pier\n")
                        .lede());
    }

    /** lede's own picture line (README, "Formats"): a picture, not text, and the id of the text as written. */
    @Test
    void aParagraphThatIsAPictureLineIsAPicture() {
        String text = "Title: Ferry returns\n\n[image: The ferry at the quay] <https://h.example/f.jpg>\n\n"
                + "The ferry is back after a month.\n\n[image: A chart]\n\nSee [image: here] for more.\n";
        Article article = textArticle(text);
        assertEquals(
                List.of(
                        new Block.Image("The ferry at the quay", "https://h.example/f.jpg"),
                        new Block.Paragraph("The ferry is back after a month."),
                        new Block.Image("A chart", null),
                        new Block.Paragraph("See [image: here] for more.")),
                article.body());
        assertEquals("The ferry is back after a month.", article.lede());
        assertEquals(
                ArticleId.forContent("Ferry returns\n[image: The ferry at the quay] <https://h.example/f.jpg>\n\n"
                        + "The ferry is back after a month.\n\n[image: A chart]\n\nSee [image: here] for more."),
                article.id());
    }

    @Test
    void unknownKeyAtTheTopIsNotAHeader() {
        Article article = textArticle("Weather: rain all week\n\nThe forecast for the coast is wet.");
        assertEquals("Weather: rain all week", article.headline());
        assertEquals(2, article.body().size());
    }

    @Test
    void unreadableDateIsLeftOutWithAProblem() {
        Parsed parsed = parser.parse(Input.of(Source.of("bad-date.txt"), fixture("bad-date.txt")));
        Article article = parsed.articles().get(0);
        assertNull(article.published());
        Problem problem = new Problem("bad-date.txt", "date \"sometime last spring\" not understood; left out");
        assertEquals(List.of(problem), article.problems());
        assertEquals(List.of(problem), parsed.problems());
    }

    @Test
    void aDateThatIsNoDayOfTheCalendarIsLeftOutWithAProblem() {
        Parsed parsed = parser.parse(Input.of(
                Source.of("feb30.txt"),
                "Title: Pier opens\nDate: 2026-02-30\n\nThe pier opened.\n".getBytes(StandardCharsets.UTF_8)));
        Article article = parsed.articles().get(0);
        assertNull(article.published());
        Problem problem = new Problem("feb30.txt", "date \"2026-02-30\" not understood; left out");
        assertEquals(List.of(problem), article.problems());
    }

    @Test
    void explicitRelatedBlockTakesEveryLaterLineWithUrls() {
        Article article = fixtureArticle("explicit-related.txt");
        assertEquals(3, article.body().size());
        assertEquals(
                List.of(
                        new RelatedHeadline("Ellesby harbour to get new floating jetty", "https://news.example/jetty"),
                        new RelatedHeadline(
                                "River festival returns after a rainy year", "https://news.example/festival"),
                        new RelatedHeadline("Youth team wins the spring cup.", null),
                        new RelatedHeadline("What happened to the old boathouse?", null)),
                article.related());
    }

    @Test
    void relatedLineThatIsOnlyAnAddressIsThatAddress() {
        Article article = textArticle("Market day.\nStalls open at eight.\nRelated\nhttps://news.example/jetty\n"
                + "<https://news.example/festival>");
        assertEquals(
                List.of(
                        new RelatedHeadline("https://news.example/jetty", "https://news.example/jetty"),
                        new RelatedHeadline("https://news.example/festival", "https://news.example/festival")),
                article.related());
    }

    @Test
    void everyMarkerIsRecognisedInAnyCaseWithOrWithoutColon() {
        for (String marker : List.of(
                "Related", "RELATED HEADLINES:", "related stories", "More stories:", "Read more", "see also:")) {
            Article article =
                    textArticle("Market day.\nStalls open at eight.\n" + marker + "\nOne more thing happened.");
            assertEquals(List.of("One more thing happened."), relatedHeadlines(article), marker);
            assertEquals(2, article.body().size(), marker);
        }
    }

    @Test
    void markerFollowedByLongProseIsASubheadingNotTheRelatedBlock() {
        String prose =
                "The harbour board met again in the spring and, after a long afternoon of argument about the cost "
                        + "of steel and the height of the tides, agreed to a wall one metre taller than first planned.";
        Article article = textArticle("Sea wall plan approved.\n\nThe board approved the wall.\n\nSee also\n\n" + prose
                + "\n\nRelated:\nHarbour board elects a new chair\nTide tables for the summer published");
        assertEquals(
                List.of("Harbour board elects a new chair", "Tide tables for the summer published"),
                relatedHeadlines(article));
        assertEquals(
                List.of("Sea wall plan approved.", "The board approved the wall.", "See also", prose),
                paragraphs(article));
    }

    @Test
    void markerWithNothingAfterItStaysBody() {
        Article article = textArticle("Market day.\nStalls open at eight.\nRead more");
        assertEquals(3, article.body().size());
    }

    @Test
    void hardWrappedParagraphsAreJoinedAndTrailingHeadlinesSplit() {
        Article article = fixtureArticle("hard-wrapped.txt");
        assertEquals(4, article.body().size());
        assertEquals(
                "Growers across the Halden valley say the mild spring and a wet summer have left their trees "
                        + "heavier with fruit than at any time in the last fifteen years.",
                paragraphs(article).get(1));
        assertTrue(paragraphs(article).get(3).endsWith("hiring forty seasonal workers"));
        assertEquals(
                List.of("Cider makers in Brekke plan a new tasting trail", "Frost warning issued for the upper valley"),
                relatedHeadlines(article));
    }

    @Test
    void wrappedLastParagraphIsNotCutIntoHeadlines() {
        Article article = fixtureArticle("hard-wrapped-unpunctuated-end.txt");
        assertEquals(3, article.body().size());
        assertEquals(List.of(), article.related());
        assertTrue(paragraphs(article).get(2).endsWith("at the old school"));
    }

    @Test
    void crlfAndBomGiveTheSameArticleAsPlainLineFeeds() {
        String text =
                "Quay repairs finish early.\nThe quay reopened on Monday.\nFerry fares rise in spring\nNew cafe opens by the pier";
        Article plain = textArticle(text);
        Article crlf = parseOne("crlf.txt", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] utf16 = ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE);
        Article withBom16 = parseOne("bom16.txt", utf16);
        byte[] utf8 = ("\ufeff" + text.replace("\n", "\r")).getBytes(StandardCharsets.UTF_8);
        Article withBom8 = parseOne("bom8.txt", utf8);
        for (Article other : List.of(crlf, withBom16, withBom8)) {
            assertEquals(plain.headline(), other.headline());
            assertEquals(plain.body(), other.body());
            assertEquals(plain.related(), other.related());
            assertEquals(plain.id(), other.id(), "same content, same id");
        }
        assertEquals(2, plain.related().size());
    }

    @Test
    void invalidUtf8IsReadWithAProblem() {
        byte[] bytes = "Caf\u00e9 opens.\nThe caf\u00e9 opened.".getBytes(StandardCharsets.ISO_8859_1);
        Parsed parsed = parser.parse(Input.of(Source.of("latin.txt"), bytes));
        assertEquals("Café opens.", parsed.articles().get(0).headline());
        assertEquals(List.of(new Problem("latin.txt", "not valid UTF-8; read as windows-1252")), parsed.problems());
    }

    @Test
    void emptyAndBinaryFilesAreSkippedWithAProblem() {
        Parsed empty = parser.parse(Input.of(Source.of("empty.txt"), new byte[0]));
        assertEquals(List.of(), empty.articles());
        assertEquals(List.of(new Problem("empty.txt", "empty; skipped")), empty.problems());
        Parsed binary = parser.parse(Input.of(Source.of("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
        assertEquals(List.of(), binary.articles());
        assertEquals(List.of(new Problem("photo.txt", "binary file; skipped")), binary.problems());
    }

    @Test
    void controlCharactersAreGoneAfterParsing() {
        Article article = textArticle("Title: Red \u001b[31malert\u001b[0m\u0007\n"
                + "By: Eve \u009b2J\u202eNoor\n\n"
                + "Body\u001b]0;owned\u0007 text\u0085 with \u2066isolates\u2069 and\ttabs.\n\n"
                + "Second \u200bparagraph.\n\u0008\nRelated:\nLink \u001b]8;;http://x\u001b\\here");
        String everything = article.headline()
                + article.byline()
                + String.join(" ", paragraphs(article))
                + relatedHeadlines(article);
        for (char c : everything.toCharArray()) {
            assertTrue(
                    c >= 0x20
                            && !(c >= 0x7f && c <= 0x9f)
                            && !(c >= 0x202a && c <= 0x202e)
                            && !(c >= 0x2066 && c <= 0x2069)
                            && c != 0x200b,
                    "left in: U+" + Integer.toHexString(c));
        }
        assertEquals("Body text with isolates and tabs.", paragraphs(article).get(0));
    }

    @Test
    void differentContentGivesDifferentIds() {
        assertNotEquals(
                textArticle("One.\nTwo.").id(), textArticle("One.\nThree.").id());
    }

    @Test
    void anIdHeaderNamesTheArticleWhateverItsText() {
        Article first = textArticle("Id: 9b1e0c4d2a77\nTitle: Budget vote\n\nThe vote is tonight.\n");
        Article edited = textArticle("Id: 9b1e0c4d2a77\nTitle: Budget vote\n\nThe vote was postponed.\n");
        assertEquals("9b1e0c4d2a77", first.id().value());
        assertEquals(first.id(), edited.id());
        assertEquals(List.of(), first.problems());
        Article without = textArticle("Title: Budget vote\n\nThe vote is tonight.\n");
        assertNotEquals(first.id(), without.id(), "without the header the content's hash is the id");
    }

    @Test
    void anUnusableIdIsIgnoredWithAWarning() {
        Article article = textArticle("Id: ../../etc/passwd\nTitle: Budget vote\n\nThe vote is tonight.\n");
        assertEquals(textArticle("Title: Budget vote\n\nThe vote is tonight.\n").id(), article.id());
        assertEquals(
                List.of(new Problem(
                        "inline.txt",
                        "id \"../../etc/passwd\" not usable (letters, digits, - and _, "
                                + "at most 64); the content's id is used")),
                article.problems());
    }
}
