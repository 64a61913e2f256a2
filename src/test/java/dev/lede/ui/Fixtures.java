package dev.lede.ui;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Link;
import dev.lede.core.article.LinkMark;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import java.util.ArrayList;
import java.util.List;

/** Small fictional libraries for the state machine and view tests. */
public final class Fixtures {

    public static final String FEATURE = "Harbour town of Maresby votes to keep its last ferry running";
    public static final String SEQUEL = "Maresby ferry crew trains two new pilots for the winter crossings";
    public static final String MISSING = "Island bakery wins regional prize for rye loaf";

    private Fixtures() {}

    public static Article article(
            String headline, String published, List<Block> body, List<RelatedHeadline> related, List<Link> links) {
        return new Article(
                ArticleId.forContent(headline + body),
                Source.of("feeds/" + slug(headline) + ".txt"),
                Format.TEXT,
                headline,
                null,
                published,
                null,
                null,
                body,
                related,
                links,
                List.of());
    }

    public static Article simple(String headline, String published, String... paragraphs) {
        return article(
                headline,
                published,
                java.util.Arrays.stream(paragraphs)
                        .map(p -> (Block) new Block.Paragraph(p))
                        .toList(),
                List.of(),
                List.of());
    }

    /** The article with every kind of block, links and related headlines (one resolves, one does not). */
    public static Article feature() {
        String opening = "The council of Maresby voted seven to two on Tuesday evening to keep the town's last "
                + "ferry, the Grey Heron, sailing through the winter, after a petition signed by 4,100 residents.";
        String cost = "The decision costs the town about 210,000 a year, paid from the harbour fund.";
        List<Block> body = List.of(
                new Block.Paragraph(opening, List.of(new LinkMark(opening.indexOf("petition") + 8, 1))),
                new Block.Heading(2, "What the vote means", List.of()),
                new Block.ListItem("•", 0, "A daily crossing at 07:40 and 16:15 until March.", List.of()),
                new Block.ListItem("•", 0, "Fares frozen for pupils and pensioners.", List.of()),
                new Block.ListItem("2.", 2, "Reviewed again in the spring budget.", List.of()),
                new Block.Quote(
                        "We were told the boat was too old. It turns out the town is older, and it is still here.",
                        List.of()),
                new Block.Paragraph("Harbour master Tilde Okafor said the timetable would be posted on the quay."),
                new Block.Preformatted(
                        "Dep.   Arr.   Vessel\n07:40  08:25  Grey Heron\n16:15  17:00  Grey Heron (winter timetable, weather permitting)"),
                new Block.Table(List.of(
                        List.of("Councillor", "Vote"),
                        List.of("A. Brennick", "for"),
                        List.of("J. Saltmarsh-Oyelaran", "against"))),
                new Block.Image("the Grey Heron at the quay"),
                new Block.Paragraph(cost, List.of(new LinkMark(cost.indexOf("fund") + 4, 2))));
        List<RelatedHeadline> related = List.of(new RelatedHeadline(SEQUEL, null), new RelatedHeadline(MISSING, null));
        List<Link> links = List.of(
                new Link(1, "the petition", "https://maresby.example/petition"),
                new Link(2, "harbour fund accounts", "https://maresby.example/harbour/fund-2025"));
        return new Article(
                ArticleId.forContent(FEATURE),
                Source.of("feeds/maresby-ferry.html"),
                Format.HTML,
                FEATURE,
                "By Ines Calloway",
                "2025-03-10",
                "https://maresby.example/news/ferry",
                "The Maresby Courier",
                body,
                related,
                links,
                List.of());
    }

    public static Article sequel() {
        return simple(
                SEQUEL,
                "2025-03-12",
                "Two deckhands from the Grey Heron begin pilot training next week.",
                "The course runs for six weeks at the county maritime school.");
    }

    /** {@code count} plain articles with numbered headlines, dated a day apart. */
    public static List<Article> numbered(int count) {
        List<Article> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String day = String.format("2025-01-%02d", 1 + (i * 7) % 28);
            out.add(simple(
                    String.format("Story %02d: %s", i, TOPICS[i % TOPICS.length]),
                    day,
                    "Opening paragraph of story " + i + ", about " + TOPICS[i % TOPICS.length].toLowerCase() + ".",
                    "Second paragraph of story " + i + " with a few more words to wrap across lines in the reader."));
        }
        return out;
    }

    private static final String[] TOPICS = {
        "Library extends its opening hours", "Tram line reaches the old mill", "Orchard harvest beats forecast",
        "Choir tours three valleys", "New bridge opens to cyclists", "Market square gets new benches",
        "Lighthouse keeper retires after forty years"
    };

    /** The feature, its sequel and {@code more} numbered stories, loading finished. */
    public static Library library(int more) {
        LibraryBuilder builder = new LibraryBuilder().add(feature()).add(sequel());
        numbered(more).forEach(builder::add);
        return builder.finish();
    }

    public static Library withProblems(Library library, Problem... problems) {
        LibraryBuilder builder = new LibraryBuilder();
        List<Article> all = new ArrayList<>(List.of(feature(), sequel()));
        all.addAll(numbered(library.size() - 2));
        all.forEach(builder::add);
        for (Problem problem : problems) {
            builder.addProblem(problem);
        }
        return builder.snapshot();
    }

    private static String slug(String headline) {
        return headline.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
