package dev.lede.tui;

import com.googlecode.lanterna.TextCharacter;

/**
 * A screen cell whose text and width are ours, not Lanterna's: a grapheme cluster Lanterna would
 * reject or split (a ZWJ emoji, a flag, a letter with marks) and the width from
 * {@link dev.lede.core.text.Columns}, so the screen buffer, the cursor moves and the terminal agree.
 */
final class ClusterCharacter extends TextCharacter {

    private final String cluster;
    private final boolean wide;

    /** {@code base} carries colours and attributes (and the cluster's first code point). */
    ClusterCharacter(TextCharacter base, String cluster, boolean wide) {
        super(base);
        this.cluster = cluster;
        this.wide = wide;
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
        return super.equals(other) && other instanceof ClusterCharacter that
                && cluster.equals(that.cluster) && wide == that.wide;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + cluster.hashCode() + (wide ? 1 : 0);
    }

    @Override
    public String toString() {
        return cluster;
    }
}
