package dev.lede.tui.wire;

import com.googlecode.lanterna.TextCharacter;

/**
 * A screen cell whose text and width are ours, not Lanterna's: a grapheme cluster Lanterna would
 * reject or split (a ZWJ emoji, a flag, a letter with marks) and the width from
 * {@link dev.lede.core.text.Columns}, so the screen buffer, the cursor moves and the terminal agree.
 * It may also be part of a terminal hyperlink ({@code link}, a checked OSC 8 target, or null).
 */
public final class ClusterCharacter extends TextCharacter {

    private final String cluster;
    private final boolean wide;
    private final String link;

    /** {@code base} carries colours and attributes (and the cluster's first code point). */
    public ClusterCharacter(TextCharacter base, String cluster, boolean wide) {
        this(base, cluster, wide, null);
    }

    public ClusterCharacter(TextCharacter base, String cluster, boolean wide, String link) {
        super(base);
        this.cluster = cluster;
        this.wide = wide;
        this.link = link;
    }

    /** The hyperlink target of a cell, or null for none (and for any cell that is not ours). */
    public static String linkOf(TextCharacter cell) {
        return cell instanceof ClusterCharacter ours ? ours.link : null;
    }

    String link() {
        return link;
    }

    // The padding cell of a wide character (made with withCharacter(' ')) is part of the same hyperlink.
    @Override
    public TextCharacter withCharacter(char character) {
        TextCharacter plain = super.withCharacter(character);
        return link == null ? plain : new ClusterCharacter(plain, String.valueOf(character), false, link);
    }

    @Override
    public String getCharacterString() {
        return cluster;
    }

    @Override
    public boolean isDoubleWidth() {
        return wide;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other)
                && other instanceof ClusterCharacter that
                && cluster.equals(that.cluster)
                && wide == that.wide
                && java.util.Objects.equals(link, that.link);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + cluster.hashCode() + (wide ? 1 : 0) + java.util.Objects.hashCode(link);
    }

    @Override
    public String toString() {
        return cluster;
    }
}
