package dev.lede.core.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.article.Link;
import dev.lede.core.article.LinkMark;
import dev.lede.core.article.RelatedHeadline;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBodyTest {

    @Test
    void boilerplateStaysOutOfTheBody() {
        Article a = Fixtures.article("boilerplate.html");
        String body = a.bodyText();
        assertTrue(body.startsWith("The tidal mill at Saltreach turned its wheel"), body);
        assertTrue(body.endsWith("on this stretch of coast."), body);
        for (String noise : List.of(
                "cookies",
                "Home",
                "Share on",
                "Email this",
                "Advertisement",
                "comments",
                "grandmother",
                "Copyright",
                "Related stories",
                "ferry timetable",
                "Ines Harrow")) {
            assertFalse(body.contains(noise), noise + " leaked into: " + body);
        }
        assertEquals(5, a.body().size());
    }

    /** A short article whose quotation outscores its own container keeps its list, table and headings. */
    @Test
    void aQuotationIsPartOfTheArticleNeverTheArticleItself() {
        String html = "<html><head><title>Harbour dues rise</title></head><body><article><h1>Harbour dues rise</h1>"
                + "<p>The harbour board raised its dues for the winter, and the fishing crews were not pleased.</p>"
                + "<blockquote><p>We were told in a letter, with no meeting, no vote and no warning, that the dues "
                + "would rise by a third from the first of the month, and that is not how this harbour works.</p>"
                + "</blockquote><h2>What changes</h2><ul><li>Mooring by the night</li><li>Use of the slipway</li></ul>"
                + "<table><thead><tr><th>Boat length</th><th>Dues before</th><th>Dues now</th></tr></thead>"
                + "<tr><td>Under 8 metres</td><td>40</td><td>53</td></tr></table>"
                + "<p>The board meets again in March.</p></article></body></html>";
        String body = Fixtures.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null)
                .articles()
                .get(0)
                .bodyText();
        for (String kept : List.of(
                "dues for the winter",
                "no warning",
                "What changes",
                "Use of the slipway",
                "Under 8 metres",
                "meets again in March")) {
            assertTrue(body.contains(kept), kept + " missing from: " + body);
        }
    }

    @Test
    void headlineIsNotRepeatedAsTheFirstBlock() {
        Article a = Fixtures.article("bylines.html");
        assertFalse(a.body().get(0).text().contains("Bell foundry casts"));
    }

    @Test
    void linksKeepTheirTextInlineAndAreNumberedOncePerUrl() {
        Article a = Fixtures.article("structure.html");
        Block first = a.body().get(0);
        assertEquals(
                "The Larkwater raft race returns on Sunday & this year\u2019s course is longer, with a new turn at the"
                        + " old weir and a finish under the stone bridge. Entries close on Friday, see the weir guide for"
                        + " details and the rules below.",
                first.text());
        assertEquals(
                List.of(
                        new Link(1, "old weir", "https://news.example/guides/weir"),
                        new Link(2, "stone bridge", "https://larkwater.example/bridge")),
                a.links());
        List<LinkMark> marks = first.marks();
        assertEquals(3, marks.size(), "the in-page #rules link gets no number");
        assertEquals(
                "old weir",
                first.text().substring(marks.get(0).end() - 8, marks.get(0).end()));
        assertEquals(1, marks.get(2).number());
        assertEquals(
                "weir guide",
                first.text().substring(marks.get(2).end() - 10, marks.get(2).end()));
    }

    @Test
    void structureBecomesHeadingsListItemsTablePreImageCaptionAndQuote() {
        List<Block> body = Fixtures.article("structure.html").body();
        assertTrue(body.contains(new Block.Heading(2, "Rules for crews", List.of())));
        assertTrue(body.contains(new Block.ListItem(
                "3.", 0, "Every raft carries a crew of four, all wearing buoyancy aids.", List.of())));
        assertTrue(body.contains(
                new Block.ListItem("4.", 0, "Rafts must be built from reclaimed materials only.", List.of())));
        assertTrue(body.contains(new Block.ListItem("•", 0, "Bring a spare paddle", List.of())));
        assertTrue(body.contains(new Block.ListItem("•", 2, "Wooden paddles are preferred by the judges", List.of())));
        assertTrue(body.contains(new Block.Table(
                List.of(
                        List.of("Class", "Start", "Prize"),
                        List.of("Junior", "10:00", "Trophy"),
                        List.of("Open", "11:30", "Cup and hamper")),
                List.of(),
                true)));
        assertTrue(body.contains(new Block.Preformatted("  start   -> weir\n  weir    -> bridge")));
        assertTrue(
                body.contains(new Block.Image("Rafts lined up on the bank", "https://news.example/img/rafts.jpg")),
                body.toString());
        assertEquals(
                1, body.stream().filter(b -> b instanceof Block.Image).count(), "an image without alt is left out");
        assertTrue(body.contains(new Block.Caption("Last year's rafts before the start.", List.of())));
        assertTrue(body.contains(new Block.Quote(
                "It is the most cheerful chaos of the whole summer, and nobody minds getting wet.", List.of())));
        assertTrue(body.contains(new Block.Paragraph("First line of the address\nSecond line of the address")));
    }

    @Test
    void malformedHtmlIsReadLikeABrowserWould() {
        Article a = Fixtures.article("malformed.html");
        assertEquals("Quarry pond to become a nature reserve", a.headline());
        assertEquals(4, a.body().size());
        assertTrue(a.body().get(2).text().contains("with a boardwalk and two hides built"));
        assertEquals("Work begins in January.", a.body().get(3).text());
    }

    @Test
    void relatedSectionsGiveHeadlinesWithAbsoluteUrls() {
        List<RelatedHeadline> related = Fixtures.article("related.html").related();
        assertEquals(
                List.of(
                        new RelatedHeadline(
                                "Seed bank opens its doors to school groups", "https://dunmere.example/news/seed-bank"),
                        new RelatedHeadline(
                                "Rare orchid flowers for the first time in Dunmere",
                                "https://news.example/news/rare-orchid"),
                        new RelatedHeadline(
                                "Tree trail maps every champion tree in the park",
                                "https://news.example/news/tree-trail"),
                        new RelatedHeadline("Beekeepers count record honey harvest", "https://news.example/news/bees")),
                related);
        assertFalse(Fixtures.article("related.html").bodyText().contains("Seed bank"));
    }

    @Test
    void controlCharactersAndBidiOverridesAreRemoved() {
        String html = "<title>Clean</title><p>Tide \u001b[31mtables\u202e for the \u0085week</p>";
        Article a = Fixtures.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null)
                .articles()
                .get(0);
        assertEquals("Tide tables for the week", a.bodyText());
    }

    @Test
    void imagesInsideRunningTextOrNamedLikeFilesAreNotPictureBlocks() {
        String html = "<title>Tide</title><p>The level <img alt='x squared' src=f.png> rose.</p>"
                + "<p><img alt='IMG_3886.jpg' src=a.jpg></p><p><img alt='The harbour at dusk' src=b.jpg></p>";
        List<Block> body = Fixtures.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null)
                .articles()
                .get(0)
                .body();
        assertEquals(
                List.of(
                        new Block.Paragraph("The level rose."),
                        new Block.Image("The harbour at dusk", "https://news.example/section/b.jpg")),
                body);
    }

    @Test
    void emptyPageGivesAProblemNotAnException() {
        var parsed = Fixtures.parse(new byte[0], null);
        assertEquals(1, parsed.articles().size());
        assertEquals(
                "no readable text found in the page", parsed.problems().get(0).message());
    }

    @Test
    void idDependsOnHeadlineAndBodyOnly() {
        Article a = Fixtures.article("og-only.html");
        assertEquals(dev.lede.core.article.ArticleId.forContent(a.headline() + "\n" + a.bodyText()), a.id());
        assertEquals(dev.lede.core.article.Format.HTML, a.format());
        assertEquals(Fixtures.BASE, a.source().name());
    }

    /** A picture's address: src, else the first of srcset, else an attribute a lazy loader keeps it in. */
    @Test
    void picturesKeepTheirAddressesAbsolute() {
        String html = "<title>Tide</title><link rel=canonical href='https://news.example/tide'>"
                + "<article><p>The level rose through the night and the quay flooded at two in the morning.</p>"
                + "<figure><img src='/img/quay.jpg' alt='The flooded quay'></figure>"
                + "<figure><img src='data:image/gif;base64,R0lGOD' data-lazy='//cdn.example/a.JPG?w=300' alt='Sandbags'></figure>"
                + "<figure><img srcset='/s/w_480,h_300/b.webp 480w, /s/b-800.webp 800w' alt='The pumps'></figure>"
                + "<figure><img alt='A drawing of the tide'></figure>"
                + "<figure><img src='' data-lazy-src='https://img.example/docs/AD4nX' alt='The tide gauge'></figure>"
                + "<figure><picture><source type='image/webp' srcset='https://img.example/flood.webp, https://img.example/f2.webp 2x'>"
                + "<img alt='The square under water'></picture></figure></article>";
        List<Block> body = Fixtures.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null)
                .articles()
                .get(0)
                .body();
        assertEquals(
                List.of(
                        new Block.Image("The flooded quay", "https://news.example/img/quay.jpg"),
                        new Block.Image("Sandbags", "https://cdn.example/a.JPG?w=300"),
                        new Block.Image("The pumps", "https://news.example/s/w_480,h_300/b.webp"),
                        new Block.Image("A drawing of the tide", null),
                        new Block.Image("The tide gauge", "https://img.example/docs/AD4nX"),
                        new Block.Image("The square under water", "https://img.example/flood.webp")),
                body.subList(1, body.size()));
    }
    /**
     * A lazy picture's {@code <noscript>} copy gives the picture beside it its address, and its alt text when
     * it has none, and the picture is shown once; a {@code <noscript>} beside no picture adds nothing.
     */
    @Test
    void aLazyPictureTakesItsAddressAndAltFromItsNoscriptCopy() {
        String html = "<title>Tide</title><link rel=canonical href='https://news.example/tide'>"
                + "<article><p>The level rose through the night and the quay flooded at two in the morning.</p>"
                + "<figure><img src='data:image/gif;base64,R0lGOD' alt='Sandbags' class='lazy'>"
                + "<noscript><img src='/img/sandbags.jpg' alt='Sandbags'></noscript></figure>"
                + "<figure><span class='ratio'><img src='data:image/svg+xml,%3Csvg%3E'></span>"
                + "<noscript><img srcset='/img/pumps-480.webp 480w, /img/pumps-800.webp 800w' alt='The pumps'>"
                + "</noscript></figure>"
                + "<p>The harbour master closed the quay road until the water went down in the afternoon.</p>"
                + "<noscript><img src='/img/counter.gif' alt='Visitor counter'></noscript>"
                + "<figure><img src='/img/quay.jpg' alt='The flooded quay'>"
                + "<noscript><img src='/img/quay-large.jpg' alt='Quay'></noscript></figure></article>";
        List<Block> body = Fixtures.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null)
                .articles()
                .get(0)
                .body();
        assertEquals(
                List.of(
                        new Block.Image("Sandbags", "https://news.example/img/sandbags.jpg"),
                        new Block.Image("The pumps", "https://news.example/img/pumps-480.webp")),
                body.subList(1, 3));
        assertEquals(
                List.of(new Block.Image("The flooded quay", "https://news.example/img/quay.jpg")),
                body.subList(4, body.size()));
    }

    @Test
    void aDataTableCellThatIsOneLinkIsDataNotNavigation() {
        // A short, all-link block is navigation by boilerpipe's rule; in a data table's cell it is a value,
        // and without it the row's other cells would stand under the wrong headers.
        String prose = "The ferry company published its timetable for the summer season, with every crossing"
                + " listed by boat, and the harbour master said the boats would keep to it all summer long.";
        String html = "<title>Summer ferries</title><article><h1>Summer ferries</h1><p>" + prose + "</p><p>" + prose
                + "</p><table><tr><th>Boat</th><th>Route</th><th>Days</th></tr>"
                + "<tr><td><a href='https://ferries.example/heron'>Heron</a></td><td>Saltreach to Larkwater</td>"
                + "<td>daily</td></tr></table><p>" + prose + "</p></article>";
        Article article = Fixtures.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null)
                .articles()
                .get(0);
        Block.Table table = (Block.Table) article.body().stream()
                .filter(block -> block instanceof Block.Table)
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("Heron", "Saltreach to Larkwater", "daily"),
                table.rows().get(1));
        assertEquals(List.of(new Link(1, "Heron", "https://ferries.example/heron")), article.links());
    }

    @Test
    void aPromptLinkInADataTablesCellGoesAloneTheCellsOwnWordsAndPlaceStay() {
        // "Read more below." opens the cell as a prompt line would; the prompt is the link after it. A cell that is
        // the prompt link alone stays, emptied, so the cells after it stay under their headers.
        String prose = "The ferry company published its timetable for the summer season, with every crossing"
                + " listed by boat, and the harbour master said the boats would keep to it all summer long.";
        String html = "<title>Summer ferries</title><article><h1>Summer ferries</h1><p>" + prose + "</p><p>" + prose
                + "</p><table><tr><th>Boat</th><th>Notes</th><th>Days</th></tr>"
                + "<tr><td>Heron</td><td>Read more below. Then <a href='https://ferries.example/heron'>Read more</a>"
                + "</td><td>daily</td></tr>"
                + "<tr><td>Tern</td><td><a href='https://ferries.example/tern'>Read more</a></td><td>weekly</td></tr>"
                + "</table><p>" + prose + "</p></article>";
        Article article = Fixtures.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null)
                .articles()
                .get(0);
        Block.Table table = (Block.Table) article.body().stream()
                .filter(block -> block instanceof Block.Table)
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("Heron", "Read more below. Then", "daily"), table.rows().get(1));
        assertEquals(List.of("Tern", "", "weekly"), table.rows().get(2));
        assertEquals(List.of(), article.links());
    }
}
