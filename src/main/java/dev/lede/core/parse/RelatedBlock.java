package dev.lede.core.parse;

import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the related headlines at the end of a plain-text article (README, "Formats"): an explicit block
 * after a marker line such as {@code Related:}, else the longest trailing run of headline-shaped lines.
 *
 * @param bodyEnd index of the first line that is no longer body (the marker, or the first headline)
 * @param related the headlines in order; empty when the article has none
 */
public record RelatedBlock(int bodyEnd, List<RelatedHeadline> related) {

    /** A non-blank line of the body and the paragraph it belongs to. */
    public record TextLine(String text, int paragraph) {}

    /** An implicit block needs this many lines: a single short last line is more often a sign-off. */
    static final int MIN_IMPLICIT_LINES = 2;

    /**
     * A related block holds at most this many lines: a site lists a handful of related stories (the bundled samples
     * at most 10), and a longer run of short lines is the text itself — a list, a log, verse, `seq 1 100000` piped
     * in — which read as headlines would leave the article a line long and ask the matcher about every line.
     */
    public static final int MAX_LINES = 100;

    private static final Set<String> MARKERS =
            Set.of("related", "related headlines", "related stories", "more stories", "read more", "see also");

    public RelatedBlock {
        related = List.copyOf(related);
    }

    /** Looks for the block among {@code lines}; at least one body paragraph always stays above it. */
    public static RelatedBlock find(List<TextLine> lines) {
        for (int i = 1; i < lines.size() - 1; i++) {
            if (isMarker(lines.get(i).text())
                    && lines.size() - (i + 1) <= MAX_LINES
                    && allShort(lines.subList(i + 1, lines.size()))) {
                return new RelatedBlock(i, headlines(lines.subList(i + 1, lines.size())));
            }
        }
        int start = implicitStart(lines);
        if (lines.size() - start < MIN_IMPLICIT_LINES || lines.size() - start > MAX_LINES) {
            return new RelatedBlock(lines.size(), List.of());
        }
        return new RelatedBlock(start, headlines(lines.subList(start, lines.size())));
    }

    /** Longest marker: a longer line is prose, and is not lower-cased to find out (lower case never shortens). */
    private static final int MARKER_MAX_CHARS = "related headlines".length();

    static boolean isMarker(String line) {
        String text = line.strip();
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.length() > MARKER_MAX_CHARS) {
            return false;
        }
        return MARKERS.contains(text.toLowerCase(Locale.ROOT));
    }

    /** A marker followed by long prose is a subheading inside the article, not the related block. */
    private static boolean allShort(List<TextLine> lines) {
        for (TextLine line : lines) {
            String headline = headlinePart(line.text());
            if (headline.codePointCount(0, headline.length()) > HeadlineShape.MAX_CHARS) {
                return false;
            }
        }
        return true;
    }

    private static int implicitStart(List<TextLine> lines) {
        int n = lines.size();
        int start = n;
        for (int i = n - 1; i >= 0; i--) {
            String text = headlinePart(lines.get(i).text());
            boolean wrapsOn = i + 1 < n
                    && lines.get(i + 1).paragraph() == lines.get(i).paragraph()
                    && HeadlineShape.endsWithJoiningWord(text);
            boolean headline = !wrapsOn && HeadlineShape.isHeadline(text);
            boolean questionAmongHeadlines = !headline
                    && !wrapsOn
                    && start < n
                    && i > 0
                    && HeadlineShape.isQuestionHeadline(text)
                    && HeadlineShape.isHeadline(headlinePart(lines.get(i - 1).text()));
            if (!headline && !questionAmongHeadlines) {
                break;
            }
            start = i;
        }
        if (start == n) {
            return n;
        }
        // A cut inside a hard-wrapped paragraph is only a boundary where the prose above ended a sentence.
        if (start > 0
                && lines.get(start - 1).paragraph() == lines.get(start).paragraph()
                && !HeadlineShape.endsSentence(lines.get(start - 1).text())) {
            start = nextParagraph(lines, start);
        }
        if (start == 0) {
            start = nextParagraph(lines, 0);
        }
        return start;
    }

    private static int nextParagraph(List<TextLine> lines, int from) {
        int paragraph = lines.get(from).paragraph();
        int i = from;
        while (i < lines.size() && lines.get(i).paragraph() == paragraph) {
            i++;
        }
        return i;
    }

    private static List<RelatedHeadline> headlines(List<TextLine> lines) {
        List<RelatedHeadline> out = new ArrayList<>();
        for (TextLine line : lines) {
            RelatedHeadline headline = parse(line.text());
            if (!headline.headline().isEmpty()) {
                out.add(headline);
            }
        }
        return out;
    }

    /**
     * One related line: an optional bullet, the headline, an optional trailing {@code <URL>} or {@code — URL}; or a
     * URL alone.
     */
    static RelatedHeadline parse(String line) {
        String text = stripBullet(Sanitizer.sanitizeLine(line).strip());
        String url = null;
        int space = text.lastIndexOf(' ');
        String last = text.substring(space + 1);
        if (space < 0 && isUrl(text)) {
            // A line that is only an address names the article by it, as a "headline — URL" line does.
            url = text;
        } else if (last.startsWith("<") && last.endsWith(">") && isUrl(last.substring(1, last.length() - 1))) {
            url = last.substring(1, last.length() - 1);
            text = text.substring(0, Math.max(space, 0)).strip();
        } else if (space > 0 && isUrl(last)) {
            String before = text.substring(0, space).stripTrailing();
            if (before.endsWith("—") || before.endsWith("–") || before.endsWith(" -")) {
                url = last;
                text = before.substring(0, before.length() - 1).strip();
            }
        }
        if (text.isEmpty() && url != null) {
            text = url;
        }
        return new RelatedHeadline(text, url);
    }

    /** The headline without its bullet and trailing URL, for judging its shape. */
    private static String headlinePart(String line) {
        return parse(line).headline();
    }

    private static String stripBullet(String text) {
        if (text.length() > 2 && "-*•".indexOf(text.charAt(0)) >= 0 && text.charAt(1) == ' ') {
            return text.substring(2).strip();
        }
        return text;
    }

    private static boolean isUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://"))
                && text.length() > 8
                && text.indexOf(' ') < 0;
    }
}
