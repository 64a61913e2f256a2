package dev.lede.core.parse;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.PictureLine;
import dev.lede.core.article.Problem;
import dev.lede.core.parse.HeaderBlock.Field;
import dev.lede.core.parse.RelatedBlock.TextLine;
import dev.lede.core.text.Sanitizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a plain-text article exactly as docs/formats.md, "Plain-text articles", says: an optional header block,
 * paragraphs (blank-line separated and re-joined, or one per line), the headline (Title header, else the lede), and
 * explicit or implicit related headlines at the end. One text input is one article.
 */
public final class PlainTextParser implements ArticleParser {

    /** Longest id an {@code Id:} header may give. */
    static final int MAX_ID_CHARS = 64;

    @Override
    public Parsed parse(Input input) {
        TextDecoder.Decoded decoded = TextDecoder.decode(input);
        if (decoded.text().isEmpty()) {
            return new Parsed(List.of(), decoded.problems());
        }
        List<Problem> problems = new ArrayList<>(decoded.problems());
        List<String> lines = Arrays.asList(decoded.text().get().split("\n", -1));

        HeaderBlock header = HeaderBlock.read(lines);
        List<TextLine> bodyLines = bodyLines(lines.subList(header.bodyStart(), lines.size()));
        if (bodyLines.isEmpty()) {
            // Header-shaped lines and nothing else: they are the article, not metadata.
            header = HeaderBlock.NONE;
            bodyLines = bodyLines(lines);
        }
        RelatedBlock related = RelatedBlock.find(bodyLines);
        List<Block> body = paragraphs(bodyLines.subList(0, related.bodyEnd()));

        // The id is hashed from the whole lede (as before headlines were cut): read marks stay with the article.
        String named = header.find(Field.HEADLINE)
                .orElse(body.isEmpty() ? "" : body.get(0).text());
        String headline = header.find(Field.HEADLINE)
                .orElse(
                        body.isEmpty()
                                ? ""
                                : HeadlineShape.fromParagraph(body.get(0).text()));
        String published = header.find(Field.PUBLISHED)
                .flatMap(value -> published(value, input, problems))
                .orElse(null);
        List<Block> paragraphs = body;
        ArticleId id = header.find(Field.ID)
                .flatMap(value -> givenId(value, input, problems))
                .orElseGet(() -> ArticleId.forContent(idParts(named, paragraphs)));
        // After the id, which stays what it was: read marks and stars are kept by it.
        body = withoutRepeatedHeadline(pictures(body), header.find(Field.HEADLINE));
        Article article = new Article(
                id,
                input.source(),
                Format.TEXT,
                headline,
                header.find(Field.BYLINE).orElse(null),
                published,
                header.find(Field.URL).orElse(null),
                header.find(Field.SITE).orElse(null),
                body,
                related.related(),
                List.of(),
                problems,
                addresses(header, input));
        return new Parsed(List.of(article), problems);
    }

    /** The headline, a line break and the paragraphs joined by blank lines: hashed into the id, as parts. */
    private static List<String> idParts(String headline, List<Block> paragraphs) {
        List<String> parts = new ArrayList<>(2 * paragraphs.size() + 1);
        parts.add(headline + "\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                parts.add("\n\n");
            }
            parts.add(paragraphs.get(i).text());
        }
        return parts;
    }

    /**
     * The body without a first paragraph that only repeats the headline a header gave (as a saved page's
     * {@code <h1>} repeats its title): the lede, and the reader, start with what follows. A body of that one
     * paragraph keeps it.
     */
    private static List<Block> withoutRepeatedHeadline(List<Block> body, Optional<String> given) {
        if (given.isEmpty() || body.size() < 2 || !sameLine(body.get(0).text(), given.get())) {
            return body;
        }
        return body.subList(1, body.size());
    }

    /** Paragraphs that are a {@link PictureLine} as pictures, as the fetched library writes them. */
    private static List<Block> pictures(List<Block> body) {
        List<Block> out = new ArrayList<>(body.size());
        for (Block block : body) {
            Block.Image picture = PictureLine.read(block.text());
            out.add(picture != null ? picture : block);
        }
        return out;
    }

    /** Equal but for case, spacing and a closing full stop, colon or ellipsis. */
    private static boolean sameLine(String a, String b) {
        return comparable(a).equals(comparable(b));
    }

    private static String comparable(String line) {
        String text = line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        while (!text.isEmpty() && ".:…".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    /** Every {@code URL:} line's address, then where the text was fetched from and where the redirects ended. */
    private static List<String> addresses(HeaderBlock header, Input input) {
        List<String> addresses = new ArrayList<>(header.urls());
        addresses.addAll(input.fetchedAddresses());
        return addresses;
    }

    /**
     * An {@code Id:} header names the article's id, so an article whose text is edited later (a feed item
     * updated upstream) keeps its read mark and star; anything but a short run of letters, digits, '-'
     * and '_' is ignored with a warning, and the content's hash is the id.
     */
    private static Optional<ArticleId> givenId(String value, Input input, List<Problem> problems) {
        if (value.length() <= MAX_ID_CHARS && value.chars().allMatch(PlainTextParser::isIdCharacter)) {
            return Optional.of(new ArticleId(value));
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        problems.add(new Problem(
                input.source().label(),
                "id \"" + shown + "\" not usable (letters, digits, - and _, at most " + MAX_ID_CHARS
                        + "); the content's id is used"));
        return Optional.empty();
    }

    private static boolean isIdCharacter(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    private static Optional<String> published(String value, Input input, List<Problem> problems) {
        Optional<String> iso = PublishedDate.parse(value);
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        if (iso.isEmpty()) {
            problems.add(new Problem(input.source().label(), "date \"" + shown + "\" not understood; left out"));
        } else if (!PlausibleDates.of(input).notLateIso(iso.get())) {
            // Nothing was written after the day it was read (PlausibleDates); the header has no other date.
            problems.add(new Problem(
                    input.source().label(), "date \"" + shown + "\" is after the day it was read; left out"));
            return Optional.empty();
        }
        return iso;
    }

    /**
     * The non-blank lines with their paragraph numbers: blank lines separate paragraphs when the body
     * has any; otherwise every line is a paragraph of its own.
     */
    static List<TextLine> bodyLines(List<String> lines) {
        int first = 0;
        int end = lines.size();
        while (first < end && lines.get(first).isBlank()) {
            first++;
        }
        while (end > first && lines.get(end - 1).isBlank()) {
            end--;
        }
        boolean blankSeparated = lines.subList(first, end).stream().anyMatch(String::isBlank);
        List<TextLine> out = new ArrayList<>();
        int paragraph = 0;
        boolean previousBlank = false;
        for (String line : lines.subList(first, end)) {
            if (line.isBlank()) {
                previousBlank = true;
                continue;
            }
            if (!out.isEmpty() && (!blankSeparated || previousBlank)) {
                paragraph++;
            }
            previousBlank = false;
            out.add(new TextLine(line, paragraph));
        }
        return out;
    }

    /** Joins the lines of each paragraph with single spaces. */
    private static List<Block> paragraphs(List<TextLine> lines) {
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            appendCollapsed(text, lines.get(i).text());
            boolean lastOfParagraph = i + 1 == lines.size()
                    || lines.get(i + 1).paragraph() != lines.get(i).paragraph();
            if (lastOfParagraph) {
                out.add(new Block.Paragraph(Sanitizer.sanitizeLine(text.toString())));
                text.setLength(0);
            }
        }
        return out;
    }

    /** Appends a line with runs of spaces and tabs made single, separated from what came before by one space. */
    private static void appendCollapsed(StringBuilder out, String line) {
        if (!line.isEmpty()
                && line.charAt(0) != ' '
                && line.charAt(line.length() - 1) != ' '
                && line.indexOf('\t') < 0
                && !line.contains("  ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(line); // nothing to collapse: the usual line, copied whole
            return;
        }
        SpaceRuns.appendCollapsed(out, line, c -> c == ' ' || c == '\t');
    }
}
