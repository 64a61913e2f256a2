package dev.lede.core.article;

/**
 * Link number {@code number} is shown as {@code [number]} right after character {@code end} of a block's text. A
 * mark numbered 0 is no link but a {@code label} the reader writes there as it is: how it sets apart text a page
 * raises or lowers ({@code ^} before an exponent, {@code _} before a subscript, {@code [^} and {@code ]} around a
 * footnote's number), which the block's text, and so the export, holds flat as a browser's copy gives it.
 */
public record LinkMark(int end, int number, String label) {

    public LinkMark(int end, int number) {
        this(end, number, "[" + number + "]");
    }

    /** A label that is no link, written right after character {@code end}. */
    public static LinkMark label(int end, String label) {
        return new LinkMark(end, 0, label);
    }

    /** Whether the mark stands for a numbered link (the reader shows it as one, and lists the link). */
    public boolean isLink() {
        return number > 0;
    }
}
