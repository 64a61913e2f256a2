package dev.lede.core.parse.html;

import dev.lede.core.article.LinkMark;
import dev.lede.core.text.Tabs;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of the block being built, with white space collapsed as a browser does (a run of spaces,
 * tabs, newlines or NBSPs is one space; none at the start or end, nor a joiner with nothing to join),
 * {@code <br>} as a line break, and
 * the link marks placed in it.
 */
final class InlineText {

    private final StringBuilder text = new StringBuilder();
    private final List<LinkMark> marks = new ArrayList<>();
    private boolean pendingSpace;

    /** Appends a text node's text; {@code preformatted} keeps it verbatim. */
    void append(String raw, boolean preformatted) {
        if (preformatted) {
            text.append(raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' '));
            return;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (HtmlText.isSpace(c)) {
                pendingSpace = text.length() > 0 && text.charAt(text.length() - 1) != '\n';
            } else if (HtmlText.isInvisibleJoiner(c) && trimmedLength() == 0) {
                continue; // nothing before it to join
            } else {
                if (pendingSpace) {
                    text.append(' ');
                    pendingSpace = false;
                }
                text.append(c);
            }
        }
    }

    /** A {@code <br>}: true when it is the second in a row, which ends the paragraph. */
    boolean lineBreak(boolean preformatted) {
        pendingSpace = false;
        if (preformatted) {
            text.append('\n');
            return false;
        }
        if (text.length() == 0) {
            return false;
        }
        if (text.charAt(text.length() - 1) == '\n') {
            return true;
        }
        text.append('\n');
        return false;
    }

    /** Places link number {@code number} after the text so far. */
    void mark(int number) {
        int end = trimmedLength();
        if (end > 0) {
            marks.add(new LinkMark(end, number));
        }
    }

    /**
     * Sets apart the text's last {@code length} characters (raised or lowered by the page): {@code open} is
     * written before them and {@code close} after, as labels; false when the text does not end with them.
     */
    boolean setApart(String last, String open, String close) {
        int end = trimmedLength();
        int start = end - last.length();
        if (last.isEmpty() || start < 0 || !text.substring(start, end).equals(last)) {
            return false;
        }
        insert(LinkMark.label(start, open), start, false);
        if (!close.isEmpty()) {
            insert(LinkMark.label(end, close), end, true);
        }
        return true;
    }

    /** Keeps the marks in the order they are written: a closing label before a link's number at the same place. */
    private void insert(LinkMark mark, int at, boolean beforeSamePlace) {
        int i = 0;
        while (i < marks.size()
                && (marks.get(i).end() < at || !beforeSamePlace && marks.get(i).end() == at)) {
            i++;
        }
        marks.add(i, mark);
    }

    /** The character before the text's last {@code length} characters, or -1 when they begin it. */
    int before(int length) {
        int at = trimmedLength() - length - 1;
        return at < 0 ? -1 : text.charAt(at);
    }

    boolean isEmpty() {
        return trimmedLength() == 0;
    }

    /** The collapsed text, trailing line breaks removed. */
    String value() {
        return text.substring(0, trimmedLength());
    }

    /** Marks, clamped to the trimmed text. */
    List<LinkMark> marks() {
        int length = trimmedLength();
        List<LinkMark> clamped = new ArrayList<>(marks.size());
        for (LinkMark m : marks) {
            clamped.add(m.end() > length ? new LinkMark(length, m.number()) : m);
        }
        return clamped;
    }

    /** Preformatted text: one leading newline and trailing blank lines dropped, tabs expanded. */
    String preformatted() {
        String raw = text.toString();
        if (raw.startsWith("\n")) {
            raw = raw.substring(1);
        }
        raw = raw.stripTrailing();
        return Tabs.expand(raw);
    }

    void clear() {
        text.setLength(0);
        marks.clear();
        pendingSpace = false;
    }

    private int trimmedLength() {
        int end = text.length();
        while (end > 0
                && (text.charAt(end - 1) == '\n'
                        || text.charAt(end - 1) == ' '
                        || HtmlText.isInvisibleJoiner(text.charAt(end - 1)))) {
            end--;
        }
        return end;
    }
}
