package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.Block;
import dev.lede.core.article.CellMark;
import dev.lede.core.article.Link;
import dev.lede.core.article.LinkMark;
import dev.lede.core.text.Wrap;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlFragmentTest {

    @Test
    void marksLinksWhereTheirTextEndsAndResolvesThemAgainstTheBase() {
        HtmlBlocks.Rendered rendered = HtmlFragment.render(
                "<p>See <a href='/a'>the  first</a>, then <a href='https://b.example/'>another</a> one.</p>",
                "https://site.example/news/");
        assertEquals(
                List.of(new Block.Paragraph(
                        "See the first, then another one.", List.of(new LinkMark(13, 1), new LinkMark(27, 2)))),
                rendered.blocks());
        assertEquals(
                List.of(
                        new Link(1, "the first", "https://site.example/a"),
                        new Link(2, "another", "https://b.example/")),
                rendered.links());
    }

    @Test
    void numbersOrderedListsFromTheirStartAndNestsDepth() {
        HtmlBlocks.Rendered rendered =
                HtmlFragment.render("<ol start='3'><li>Three<ul><li>inner</li></ul></li><li>Four</li></ol>", "");
        assertEquals(
                List.of(
                        new Block.ListItem("3.", 0, "Three", List.of()),
                        new Block.ListItem("•", 3, "inner", List.of()),
                        new Block.ListItem("4.", 0, "Four", List.of())),
                rendered.blocks());
    }

    /**
     * Within one ordered list every item's text starts in the same column, the widest marker deciding and each
     * marker set against the text, as a browser sets them: " 9." over "10.", and what stands in item 9 (a
     * sub-list, a second paragraph) under its text, in that same column.
     */
    @Test
    void itemsOfOneListStartTheirTextInOneColumnWhateverTheirNumbersWidth() {
        StringBuilder html = new StringBuilder("<ol start='8'>");
        for (int i = 8; i <= 10; i++) {
            html.append("<li>Item ").append(i);
            if (i == 9) {
                html.append("<ul><li>under nine</li></ul><p>more of nine</p>");
            }
            html.append("</li>");
        }
        html.append("</ol><ol><li>Alone</li></ol>");
        List<Block> blocks = HtmlFragment.render(html.toString(), "").blocks();
        assertEquals(
                List.of(
                        new Block.ListItem("8.", 1, "Item 8", List.of()),
                        new Block.ListItem("9.", 1, "Item 9", List.of()),
                        new Block.ListItem("•", 4, "under nine", List.of()),
                        new Block.ListItem("  ", 1, "more of nine", List.of()),
                        new Block.ListItem("10.", 0, "Item 10", List.of()),
                        new Block.ListItem("1.", 0, "Alone", List.of())),
                blocks);
        List<String> lines = Wrap.blocks(blocks.subList(0, 5), 40).stream()
                .map(Wrap.Line::text)
                .filter(line -> !line.isEmpty())
                .toList();
        assertEquals(List.of(" 8. Item 8", " 9. Item 9", "    • under nine", "    more of nine", "10. Item 10"), lines);
    }

    @Test
    void anItemsTextAfterItsSubListOrInASecondParagraphHangsUnderItWithoutAMarkerOfItsOwn() {
        // A browser draws the marker once, beside the item's first line: the rest of the item is not a new item.
        HtmlBlocks.Rendered rendered = HtmlFragment.render(
                "<ol><li>Sow the beans<ul><li>in rows</li></ul>then water them.</li>"
                        + "<li><p>Wait a week.</p><p>Look for shoots.</p></li><li>Pick</li></ol>",
                "");
        assertEquals(
                List.of(
                        new Block.ListItem("1.", 0, "Sow the beans", List.of()),
                        new Block.ListItem("•", 3, "in rows", List.of()),
                        new Block.ListItem("  ", 0, "then water them.", List.of()),
                        new Block.ListItem("2.", 0, "Wait a week.", List.of()),
                        new Block.ListItem("  ", 0, "Look for shoots.", List.of()),
                        new Block.ListItem("3.", 0, "Pick", List.of())),
                rendered.blocks());
    }

    @Test
    void aControlCharacterInAPageIsDroppedAloneNeverWithTheTextAfterIt() {
        // U+0090 and U+009D begin a terminal's control strings, and turn up in pages whose emoji were encoded
        // twice ("\u00e2\u00ad\u0090" for a star); a browser draws them as nothing and shows the rest. An ESC
        // sequence, which has an end of its own, still goes whole.
        HtmlBlocks.Rendered rendered = HtmlFragment.render(
                "<p>Rating: \u00e2\u00ad\u0090 (4/5) from the crews\u009d, said the harbour\u001b[1m master.</p>", "");
        assertEquals(
                List.of(new Block.Paragraph(
                        "Rating: \u00e2\u00ad (4/5) from the crews, said the harbour master.", List.of())),
                rendered.blocks());
    }

    @Test
    void anInlineQuotationIsDrawnWithTheMarksABrowserGivesIt() {
        HtmlBlocks.Rendered rendered =
                HtmlFragment.render("<p>The master said <q>the ferry runs <q>at dawn</q> again</q>, and left.</p>", "");
        assertEquals(
                List.of(new Block.Paragraph(
                        "The master said \u201Cthe ferry runs \u2018at dawn\u2019 again\u201D, and left.", List.of())),
                rendered.blocks());
        assertEquals(
                List.of(new Block.Paragraph("Nothing quoted here.", List.of())),
                HtmlFragment.render("<p>Nothing <q> </q>quoted <q></q>here.</p>", "")
                        .blocks(),
                "an empty quotation quotes nothing");
    }

    @Test
    void invisibleJoinersAtABlocksEdgesAreNothing() {
        // A joiner with nothing to join (a page's "empty" paragraph holding only U+200D) is no paragraph; one
        // inside an emoji sequence stays.
        HtmlBlocks.Rendered rendered = HtmlFragment.render(
                "<p>Die Fähre bleibt.&#8205;</p><p>&#8205;</p><p>&#8205;&#65279;Nächster Absatz 👩&#8205;🌾</p>", "");
        assertEquals(
                List.of(
                        new Block.Paragraph("Die Fähre bleibt.", List.of()),
                        new Block.Paragraph("Nächster Absatz 👩\u200D🌾", List.of())),
                rendered.blocks());
    }

    @Test
    void keepsSingleLineBreaksInsideAParagraphAndSplitsOnDoubleOnes() {
        HtmlBlocks.Rendered rendered =
                HtmlFragment.render("First line<br>second line<br><br>third<div>Fourth</div>", "");
        assertEquals(
                List.of(
                        new Block.Paragraph("First line\nsecond line"),
                        new Block.Paragraph("third"),
                        new Block.Paragraph("Fourth")),
                rendered.blocks());
    }

    @Test
    void dropsScriptsStylesTrackingPixelsAndUnlabelledImagesAndSkipsFragmentLinks() {
        HtmlBlocks.Rendered rendered = HtmlFragment.render(
                "<style>p{}</style><script>x()</script>"
                        + "<img src='p.gif'><img src='t.gif' width='1' height='1' alt='pixel'>"
                        + "<p><a href='#top'>Top</a> <a href='javascript:void(0)'>js</a></p>"
                        + "<figure><img src='a.jpg' alt='A harbour'><figcaption>Boats at dawn</figcaption></figure>",
                "");
        assertEquals(
                List.of(
                        new Block.Paragraph("Top js"),
                        new Block.Image("A harbour", "a.jpg"),
                        new Block.Caption("Boats at dawn", List.of())),
                rendered.blocks());
        assertEquals(List.of(), rendered.links());
    }

    @Test
    void keepsHeadingLevelsAndQuotedParagraphs() {
        HtmlBlocks.Rendered rendered =
                HtmlFragment.render("<h3>Results</h3><blockquote><p>One</p><p>Two</p></blockquote>", "");
        assertEquals(
                List.of(
                        new Block.Heading(3, "Results", List.of()),
                        new Block.Quote("One", List.of()),
                        new Block.Quote("Two", List.of())),
                rendered.blocks());
    }

    @Test
    void survivesVeryDeepNesting() {
        String html = "<div>".repeat(20_000) + "deep" + "</div>".repeat(20_000);
        assertEquals(
                List.of(new Block.Paragraph("deep")),
                HtmlFragment.render(html, "").blocks());
    }

    @Test
    void linksInsideATablesCellsAreNumberedLikeTheOthers() {
        HtmlBlocks.Rendered rendered = HtmlFragment.render(
                "<p>See <a href='https://a.example/'>the port</a>.</p>"
                        + "<table><tr><th>Boat</th><th>Route</th></tr>"
                        + "<tr><td>Heron</td><td>to <a href='https://b.example/'>Larkwater</a> daily</td></tr></table>",
                "");
        assertEquals(
                List.of(new Link(1, "the port", "https://a.example/"), new Link(2, "Larkwater", "https://b.example/")),
                rendered.links());
        assertEquals(
                new Block.Table(
                        List.of(List.of("Boat", "Route"), List.of("Heron", "to Larkwater daily")),
                        List.of(new CellMark(1, 1, new LinkMark(12, 2))),
                        true),
                rendered.blocks().get(1));
    }

    @Test
    void aCellsLinkIsMarkedWhereItStandsThoughItsLabelIsAlsoPlainTextBeforeIt() {
        HtmlBlocks.Rendered rendered = HtmlFragment.render(
                "<table><tr><th>Boat</th><th>Notes</th></tr>"
                        + "<tr><td>Heron</td><td>Read more   below. <b>Then</b> <a href='https://b.example/'>Read"
                        + " more</a> <a href='https://c.example/'>here</a>, or here</td></tr></table>",
                "");
        Block.Table table = (Block.Table) rendered.blocks().get(0);
        String cell = table.rows().get(1).get(1);
        assertEquals("Read more below. Then Read more here, or here", cell);
        assertEquals(
                List.of(
                        new CellMark(1, 1, new LinkMark(cell.indexOf("Read more here") + "Read more".length(), 1)),
                        new CellMark(1, 1, new LinkMark(cell.indexOf("here,") + "here".length(), 2))),
                table.cellMarks());
    }

    @Test
    void whatStandsInAListItemHangsUnderItsTextAQuotationWithItsBar() {
        HtmlBlocks.Rendered rendered = HtmlFragment.render(
                "<ol><li>Said:<blockquote><p>no more</p><ul><li>nor this</li></ul></blockquote>"
                        + "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table></li>"
                        + "<li>Next<ul><li>inner<blockquote>deep</blockquote></li></ul></li></ol>"
                        + "<blockquote><ul><li>quoted<blockquote>in it</blockquote></li></ul></blockquote>",
                "");
        assertEquals(
                List.of(
                        new Block.ListItem("1.", 0, "Said:", List.of()),
                        new Block.Quoted(new Block.Quote("no more", List.of()), 0, 3),
                        new Block.Quoted(new Block.ListItem("•", 0, "nor this", List.of()), 1, 3),
                        new Block.Quoted(
                                new Block.Table(List.of(List.of("A", "B"), List.of("1", "2")), List.of(), true), 0, 3),
                        new Block.ListItem("2.", 0, "Next", List.of()),
                        new Block.ListItem("•", 3, "inner", List.of()),
                        new Block.Quoted(new Block.Quote("deep", List.of()), 0, 5),
                        new Block.Quoted(new Block.ListItem("•", 0, "quoted", List.of()), 1),
                        new Block.Quoted(new Block.Quoted(new Block.Quote("in it", List.of()), 0, 2), 1)),
                rendered.blocks());
    }

    /**
     * Each level of lists and quotations stands under the text of the level around it, as a browser nests them
     * (a sub-list inside its item's text box, a quotation's bar there too), whatever the markers' widths: only the
     * innermost item's indent was exact, the levels around it counted as two columns each ("10." is four).
     */
    @Test
    void everyLevelOfListsAndQuotationsStandsUnderTheTextOfTheLevelAroundIt() {
        assertEquals(
                List.of(" 9. Nine", "10. Ten", "    1. One", "       • Bullet", "         • Third"),
                laidOut("<ol start='9'><li>Nine</li><li>Ten<ol><li>One<ul><li>Bullet<ul><li>Third</li></ul></li></ul>"
                        + "</li></ol></li></ol>"));
        assertEquals(
                List.of("10. Ten", "", "    │ Said:", "    │", "    │ • this", "    │   • and that"),
                laidOut("<ol start='10'><li>Ten<blockquote><p>Said:</p><ul><li>this<ul><li>and that</li></ul></li>"
                        + "</ul></blockquote></li></ol>"));
        assertEquals(
                List.of(
                        "│ Outer",
                        "│",
                        "│ 10. Ten",
                        "│",
                        "│     │ in it",
                        "│",
                        "│     • and this",
                        "│",
                        "│     │ │ deep"),
                laidOut("<blockquote><p>Outer</p><ol start='10'><li>Ten<blockquote>in it</blockquote>"
                        + "<ul><li>and this</li></ul><blockquote><blockquote>deep</blockquote></blockquote></li></ol>"
                        + "</blockquote>"));
        // A list set straight inside another, with no item between (as some editors write it), is indented as an
        // item's sub-list is; a definition under its term.
        assertEquals(
                List.of("• a", "  • b", "", "    c", "        d"),
                laidOut("<ul><li>a</li><ul><li>b<dl><dt>c</dt><dd>d</dd></dl></li></ul></ul>"));
    }

    private static List<String> laidOut(String html) {
        return Wrap.blocks(HtmlFragment.render(html, "").blocks(), 60).stream()
                .map(Wrap.Line::text)
                .toList();
    }

    @Test
    void aPictureInAQuotationIsQuotedAndStaysAPictureOfTheArticle() {
        HtmlBlocks.Rendered rendered = HtmlFragment.render(
                "<blockquote><p>Look:</p><img src='https://a.example/q.jpg' alt='The quay'></blockquote>", "");
        Block.Image picture = new Block.Image("The quay", "https://a.example/q.jpg");
        assertEquals(List.of(new Block.Quote("Look:", List.of()), new Block.Quoted(picture, 1)), rendered.blocks());
        dev.lede.core.article.Article article = new dev.lede.core.article.Article(
                dev.lede.core.article.ArticleId.forContent("x"),
                dev.lede.core.article.Source.of("x.html"),
                dev.lede.core.article.Format.HTML,
                "Quay",
                null,
                null,
                null,
                null,
                rendered.blocks(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        assertEquals(List.of(picture), article.pictures(), "the export's images");
        assertEquals("Look:", article.text(), "the export's body");
    }

    @Test
    void aTableOfDataKeepsItsRowsThoughItsCellsWrapTheirValuesInBlocks() {
        // Readability's _isDataTable goes by header cells, captions and size, not by what the cells hold.
        HtmlBlocks.Rendered rendered = HtmlFragment.render(
                "<table><tr><th>Boat</th><th>Notes</th></tr>"
                        + "<tr><td><div>Heron</div></td><td><p>runs daily</p></td></tr></table>",
                "");
        assertEquals(
                List.of(new Block.Table(
                        List.of(List.of("Boat", "Notes"), List.of("Heron", "runs daily")), List.of(), true)),
                rendered.blocks());
    }

    @Test
    void aDefinitionHangsUnderItsTerm() {
        HtmlBlocks.Rendered rendered =
                HtmlFragment.render("<dl><dt>Weir</dt><dd>A low dam across a river.</dd></dl>", "");
        assertEquals(
                List.of(
                        new Block.ListItem("", 0, "Weir", List.of()),
                        new Block.ListItem("", 4, "A low dam across a river.", List.of())),
                rendered.blocks());
    }

    @Test
    void everythingInsideAQuoteIsQuotedListsAndNestedQuotesIncluded() {
        HtmlBlocks.Rendered rendered = HtmlFragment.render(
                "<blockquote><p>Said:</p><ul><li>one</li></ul><blockquote>inner</blockquote></blockquote>", "");
        assertEquals(
                List.of(
                        new Block.Quote("Said:", List.of()),
                        new Block.Quoted(new Block.ListItem("•", 0, "one", List.of()), 1),
                        new Block.Quoted(new Block.Quote("inner", List.of()), 1)),
                rendered.blocks());
    }

    @Test
    void raisedAndLoweredTextIsSetApartByLabelsWhileTheTextStaysAsABrowserCopiesIt() {
        HtmlBlocks.Rendered rendered = HtmlFragment.render(
                "<p>10<sup>6</sup> H<sub>2</sub>O x<sup>n+1</sup> note<sup><a href='#fn3'>3</a></sup>"
                        + " 95<sup>th</sup> Acme<sup>TM</sup> <sup>NEW</sup></p>",
                "");
        Block paragraph = rendered.blocks().get(0);
        assertEquals("106 H2O xn+1 note3 95th AcmeTM NEW", paragraph.text());
        assertEquals(
                List.of(
                        LinkMark.label(2, "^"),
                        LinkMark.label(5, "_"),
                        LinkMark.label(9, "^("),
                        LinkMark.label(12, ")"),
                        LinkMark.label(17, "[^"),
                        LinkMark.label(18, "]")),
                paragraph.marks());
        assertEquals(List.of(), rendered.links(), "a footnote reference is a place on the page, no link");
    }
}
