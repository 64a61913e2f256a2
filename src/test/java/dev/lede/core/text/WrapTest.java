package dev.lede.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Block;
import dev.lede.core.article.CellMark;
import dev.lede.core.article.LinkMark;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {

    private static List<String> texts(List<Wrap.Line> lines) {
        return lines.stream().map(Wrap.Line::text).toList();
    }

    @Test
    void wrapsParagraphsAtSpacesWithinTheWidth() {
        List<String> lines =
                texts(Wrap.text("the quick brown fox jumps over the lazy dog", Wrap.Role.PARAGRAPH, 0, 10));
        assertEquals(List.of("the quick", "brown fox", "jumps over", "the lazy", "dog"), lines);
    }

    @Test
    void breaksAWordLongerThanALine() {
        assertEquals(List.of("abcdef", "ghij", "ok"), texts(Wrap.text("abcdefghij ok", Wrap.Role.PARAGRAPH, 0, 6)));
    }

    @Test
    void measuresByDisplayColumnsNotChars() {
        String text = "港口小镇投票保留最后一班渡轮 and more words 🎉 here";
        for (Wrap.Line line : Wrap.text(text, Wrap.Role.PARAGRAPH, 0, 9)) {
            assertTrue(Columns.width(line.text()) <= 9, line.text());
        }
    }

    @Test
    void chineseAndJapaneseBreakBetweenCharactersNotOnlyAtSpaces() {
        // A run of ideographs after a space is no single word: a browser breaks it anywhere, so the line
        // before it is filled rather than ended at the space with a word left alone on it.
        List<String> lines = texts(Wrap.text("渡轮明天照常开航 ok then 港口小镇投票保留最后一班渡轮", Wrap.Role.PARAGRAPH, 0, 20));
        assertEquals(List.of("渡轮明天照常开航 ok", "then 港口小镇投票保", "留最后一班渡轮"), lines);
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        // Line-breaking rules for CJK (kinsoku): "，" and "。" stay with the character before them, "「" with the
        // one after it; the character before the comma moves down with it.
        assertEquals(List.of("港口", "小，镇"), texts(Wrap.text("港口小，镇", Wrap.Role.PARAGRAPH, 0, 6)));
        assertEquals(List.of("港口", "「小", "镇」"), texts(Wrap.text("港口「小镇」", Wrap.Role.PARAGRAPH, 0, 6)));
        assertEquals(List.of("メ", "ラー"), texts(Wrap.text("メラー", Wrap.Role.PARAGRAPH, 0, 4)));
        assertEquals(List.of("ラーメンを", "食べた。"), texts(Wrap.text("ラーメンを食べた。", Wrap.Role.PARAGRAPH, 0, 10)));
    }

    @Test
    void keepsCombiningMarksWithTheirLetter() {
        List<String> lines = texts(Wrap.text("e\u0301e\u0301e\u0301e\u0301", Wrap.Role.PARAGRAPH, 0, 2));
        lines.forEach(line -> assertTrue(!line.startsWith("\u0301"), "a line starts with a combining mark"));
    }

    @Test
    void listItemsHangUnderTheirMarkerAndQuotesCarryABar() {
        List<String> item = texts(Wrap.block(new Block.ListItem("•", 0, "one two three four", List.of()), 0, 10));
        assertEquals(List.of("• one two", "  three", "  four"), item);
        List<String> quote = texts(Wrap.block(new Block.Quote("one two three", List.of()), 0, 9));
        assertEquals(List.of("│ one two", "│ three"), quote);
        assertEquals(
                List.of("    3. nested"), texts(Wrap.block(new Block.ListItem("3.", 4, "nested", List.of()), 0, 40)));
    }

    @Test
    void preformattedTextIsCutNotWrapped() {
        List<String> lines =
                texts(Wrap.block(new Block.Preformatted("short\na line that is far too long\n\tx"), 0, 12));
        assertEquals(List.of("short", "a line that…", "        x"), lines);
    }

    @Test
    void tablesAreAligned() {
        List<String> lines =
                texts(Wrap.block(new Block.Table(List.of(List.of("a", "bb"), List.of("ccc", "d"))), 0, 40));
        assertEquals(List.of("a    bb", "ccc  d"), lines);
    }

    @Test
    void aTableWiderThanTheScreenWrapsItsCellsInsideTheirColumnsRatherThanLosingItsRightColumns() {
        Block.Table table = new Block.Table(List.of(
                List.of("Crossing", "Boat", "Notes"),
                List.of("Saltreach to Larkwater", "Heron", "runs every morning except on public holidays"),
                List.of("Weir", "Kite", "summer only")));
        List<String> lines = texts(Wrap.block(table, 0, 40));
        // Rows are set apart by a blank line once a cell takes more than one line: which row a line belongs
        // to must not be guessed.
        assertEquals(
                List.of(
                        "Crossing      Boat   Notes",
                        "",
                        "Saltreach to  Heron  runs every morning",
                        "Larkwater            except on public",
                        "                     holidays",
                        "",
                        "Weir          Kite   summer only"),
                lines);
        lines.forEach(line -> assertTrue(Columns.width(line) <= 40, line));
    }

    @Test
    void softHyphensAreNeverDrawnAndLinkNumbersStayAfterTheirWords() {
        // A soft hyphen is a place a word may be hyphenated; most terminals draw it as a hyphen mid-word.
        Wrap.Line line = Wrap.block(
                        new Block.Paragraph(
                                "Die Fähr\u00ADverbindung nach Lark\u00ADwater", List.of(new LinkMark(35, 2))),
                        0,
                        60)
                .get(0);
        assertEquals("Die Fährverbindung nach Larkwater[2]", line.text());
        assertEquals(
                "Ufer  Lände",
                texts(Wrap.block(new Block.Table(List.of(List.of("Ufer\u00AD", "Län\u00ADde"))), 0, 20))
                        .get(0));
        assertEquals(
                "  Fähr()",
                texts(Wrap.block(new Block.Preformatted("  Fähr\u00AD()"), 0, 20))
                        .get(0));
    }

    @Test
    void linkNumbersFollowTheirMarks() {
        Wrap.Line line = Wrap.block(new Block.Paragraph("see the report now", List.of(new LinkMark(14, 3))), 0, 40)
                .get(0);
        assertEquals("see the report[3] now", line.text());
        assertEquals(List.of(new Wrap.Mark(14, 17)), line.links());
    }

    @Test
    void blocksAreSeparatedByBlankLinesButListItemsAreNot() {
        List<Wrap.Line> lines = Wrap.blocks(
                List.of(
                        new Block.Paragraph("p"),
                        new Block.ListItem("•", 0, "a", List.of()),
                        new Block.ListItem("•", 0, "b", List.of())),
                20);
        assertEquals(List.of("p", "", "• a", "• b"), texts(lines));
    }

    @Test
    void linesRememberWhereInTheBlockTheyStart() {
        List<Wrap.Line> lines = Wrap.text("aaa bbb ccc", Wrap.Role.PARAGRAPH, 4, 4);
        assertEquals(List.of(0, 4, 8), lines.stream().map(Wrap.Line::offset).toList());
        assertEquals(4, lines.get(2).block());
    }

    @Test
    void cutEndsWithAnEllipsisOnlyWhenItCuts() {
        assertEquals("abc", LineFit.cut("abc", 3));
        assertEquals("ab…", LineFit.cut("abcd", 3));
        assertEquals("", LineFit.cut("abcd", 0));
        assertEquals("ab  ", LineFit.pad("ab", 4));
    }

    @Test
    void aUrlIsWrappedWholeNeverCut() {
        String url =
                "https://news.example.org/2026/12/02/harbour-board-publishes-its-winter-report?utm_source=feed&utm_medium=rss";
        for (int width = 1; width <= url.length() + 2; width++) {
            List<String> pieces = Wrap.whole(url, width);
            assertEquals(url, String.join("", pieces), "width " + width);
            for (String piece : pieces) {
                assertTrue(Columns.width(piece) <= width, piece);
                assertTrue(!piece.contains("…"), piece);
            }
            assertEquals(
                    (url.length() + width - 1) / width,
                    pieces.size(),
                    "every piece but the last is full at width " + width);
        }
    }

    @Test
    void wideCharactersInAUrlAreNeverSplitAndNeverDropped() {
        String url = "https://例え.example/日本語/ページ?q=é\u0301";
        for (int width = 1; width <= 12; width++) {
            List<String> pieces = Wrap.whole(url, width);
            assertEquals(url, String.join("", pieces), "width " + width);
            pieces.forEach(piece -> assertTrue(!piece.isEmpty()));
        }
        assertEquals(List.of(""), Wrap.whole("", 10));
    }

    @Test
    void aTableWhoseWordsCannotStayWholeIsSetOutCellByCellUnderItsHeaders() {
        // Seven columns at 40: side by side their header words would break ("Populati/on") or the table be
        // cut at the edge; a line a cell, after its header, keeps every word whole.
        Block.Table table = new Block.Table(
                List.of(
                        List.of("Country", "Capital", "Population", "Area", "Currency", "Language", "Continent"),
                        List.of("France", "Paris", "68 million", "551,695 km2", "Euro", "French", "Europe"),
                        List.of("Japan", "Tokyo", "125 million", "377,975 km2", "Yen", "Japanese", "Asia")),
                List.of(new CellMark(2, 0, new LinkMark(5, 4))),
                true);
        List<Wrap.Line> lines = Wrap.block(table, 0, 40);
        assertEquals(
                List.of(
                        "Country: France",
                        "Capital: Paris",
                        "Population: 68 million",
                        "Area: 551,695 km2",
                        "Currency: Euro",
                        "Language: French",
                        "Continent: Europe",
                        "",
                        "Country: Japan[4]",
                        "Capital: Tokyo",
                        "Population: 125 million",
                        "Area: 377,975 km2",
                        "Currency: Yen",
                        "Language: Japanese",
                        "Continent: Asia"),
                texts(lines));
        assertEquals(List.of(new Wrap.Mark(14, 17)), lines.get(8).links(), "the link number is drawn as one");
        assertEquals(
                List.of("France", "Paris", "", "Japan", "Tokyo"),
                texts(Wrap.block(
                        new Block.Table(List.of(List.of("France", "Paris"), List.of("Japan", "Tokyo"))), 0, 8)),
                "without a header row, the cells alone");
    }

    @Test
    void linkNumbersInTableCellsAreDrawnAndStyledWhereverTheCellLands() {
        Block.Table table = new Block.Table(
                List.of(List.of("Boat", "Route"), List.of("Heron", "to Larkwater daily")),
                List.of(new CellMark(1, 1, new LinkMark(12, 2))),
                true);
        List<Wrap.Line> lines = Wrap.block(table, 0, 40);
        assertEquals(List.of("Boat   Route", "Heron  to Larkwater[2] daily"), texts(lines));
        assertEquals(List.of(new Wrap.Mark(19, 22)), lines.get(1).links());
        List<Wrap.Line> narrow = Wrap.block(table, 0, 20);
        assertEquals(List.of("Boat   Route", "", "Heron  to", "       Larkwater[2]", "       daily"), texts(narrow));
        assertEquals(List.of(new Wrap.Mark(16, 19)), narrow.get(3).links());
    }

    @Test
    void aDefinitionHangsUnderItsTermWithoutABlankLine() {
        List<Block> blocks = List.of(
                new Block.ListItem("", 0, "Weir", List.of()),
                new Block.ListItem("", 4, "A low dam across a river", List.of()));
        assertEquals(List.of("Weir", "    A low dam", "    across a river"), texts(Wrap.blocks(blocks, 18)));
    }

    /** A definition list and a list of marked items beside it are two lists, set apart as a browser sets them. */
    @Test
    void aDefinitionListAndABulletedListBesideItAreSetApart() {
        List<Block> blocks = List.of(
                new Block.ListItem("", 0, "Weir", List.of()),
                new Block.ListItem("", 4, "A low dam", List.of()),
                new Block.ListItem("•", 0, "sluice", List.of()),
                new Block.ListItem("•", 0, "lock", List.of()),
                new Block.ListItem("", 0, "Leat", List.of()));
        assertEquals(
                List.of("Weir", "    A low dam", "", "• sluice", "• lock", "", "Leat"), texts(Wrap.blocks(blocks, 18)));
    }

    @Test
    void aQuoteBarRunsDownEveryLineOfTheQuoteItsListsAndNestedQuotesIncluded() {
        List<Block> blocks = List.of(
                new Block.Quote("Said:", List.of()),
                new Block.Quoted(new Block.ListItem("•", 0, "one two three", List.of(new LinkMark(3, 1))), 1),
                new Block.Quoted(new Block.Quote("inner words", List.of()), 1),
                new Block.Paragraph("after"));
        List<Wrap.Line> lines = Wrap.blocks(blocks, 12);
        assertEquals(
                List.of(
                        "│ Said:",
                        "│",
                        "│ • one[1]",
                        "│   two",
                        "│   three",
                        "│",
                        "│ │ inner",
                        "│ │ words",
                        "",
                        "after"),
                texts(lines));
        assertEquals(List.of(new Wrap.Mark(7, 10)), lines.get(2).links());
        assertEquals(Wrap.Role.QUOTE, lines.get(2).role(), "a quoted list item is drawn as the quote is");
    }

    @Test
    void whatStandsInAListItemHangsUnderItsTextWithItsOwnBarsAndTheQuotationsAroundIt() {
        List<Block> blocks = List.of(
                new Block.ListItem("•", 0, "Said:", List.of()),
                new Block.Quoted(new Block.Quote("no more of it", List.of(new LinkMark(2, 1))), 0, 2),
                new Block.Quoted(new Block.Image("The quay"), 1, 2),
                new Block.Quoted(new Block.ListItem("•", 0, "nor this", List.of()), 1, 2),
                new Block.ListItem("•", 0, "Next", List.of()),
                new Block.Quote("Outer", List.of()),
                new Block.Quoted(new Block.ListItem("•", 0, "quoted", List.of()), 1),
                new Block.Quoted(new Block.Quoted(new Block.Quote("in it", List.of()), 0, 2), 1));
        List<Wrap.Line> lines = Wrap.blocks(blocks, 14);
        assertEquals(
                List.of(
                        "• Said:",
                        "",
                        "  │ no[1] more",
                        "  │ of it",
                        "  │",
                        "  │ [image:",
                        "  │ The quay]",
                        "  │",
                        "  │ • nor this",
                        "", // a list in a quotation ends with a blank line, though an item follows
                        "• Next",
                        "",
                        "│ Outer",
                        "│",
                        "│ • quoted",
                        "│",
                        "│   │ in it"),
                texts(lines));
        assertEquals(List.of(new Wrap.Mark(6, 9)), lines.get(2).links());
        assertEquals(Wrap.Role.QUOTE, lines.get(5).role(), "a picture in a quotation is drawn as the quote is");
    }

    @Test
    void aBlockOnlySetInUnderAListItemKeepsItsOwnStyle() {
        List<Wrap.Line> lines = Wrap.block(new Block.Quoted(new Block.Image("The quay"), 0, 3), 0, 40);
        assertEquals("   [image: The quay]", lines.get(0).text());
        assertEquals(Wrap.Role.IMAGE, lines.get(0).role());
    }

    @Test
    void raisedAndLoweredTextIsSetApartByLabelsThatAreNoLinks() {
        Wrap.Line line = Wrap.block(
                        new Block.Paragraph(
                                "106 H2O note3[x]",
                                List.of(
                                        LinkMark.label(2, "^"),
                                        LinkMark.label(5, "_"),
                                        LinkMark.label(12, "[^"),
                                        LinkMark.label(13, "]"),
                                        new LinkMark(13, 7))),
                        0,
                        60)
                .get(0);
        assertEquals("10^6 H_2O note[^3][7][x]", line.text());
        assertEquals(List.of(new Wrap.Mark(18, 21)), line.links(), "only the link number is styled as one");
    }
}
