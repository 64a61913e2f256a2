package dev.lede.core.library;

import java.util.List;

/**
 * The headline matcher of one builder's libraries, and when its entries are fed to it. A builder for printing
 * keeps no lede to feed later, so it feeds each entry as it is added ({@link #add}); the reader's builder feeds
 * none while loading, and the first question that needs the matcher ({@link #over}, off the screen's thread)
 * feeds it every entry of its snapshot from the entries themselves. Feeding 20,000 entries was 80 % of a
 * reload's loading, and the list needs no matcher (docs/performance.md, "A changed library: the list first").
 * Positions are fed in order, once; every snapshot asks about its first entries only, so one matcher serves all.
 */
final class MatcherFeed {

    private final HeadlineMatcher matcher = new HeadlineMatcher();
    /** How many entries the matcher holds: written under this object's lock, read without it. */
    private volatile int fed;

    /** Feeds entry {@code position} now, as it is added (the next one in order): for a builder that keeps no lede. */
    synchronized void add(int position, String headline, String lede) {
        if (position != fed) {
            throw new IllegalStateException("entry " + position + " fed after " + fed);
        }
        matcher.add(position, headline, lede);
        fed = position + 1;
    }

    /**
     * The matcher, once it holds every one of {@code entries} (a snapshot's, a prefix of every later one's): those
     * not fed yet are fed now, on the calling thread, which other callers wait for.
     */
    HeadlineMatcher over(List<LibraryEntry> entries) {
        if (fed < entries.size()) {
            synchronized (this) {
                for (int position = fed; position < entries.size(); position++) {
                    LibraryEntry entry = entries.get(position);
                    matcher.add(position, entry.headline(), entry.lede());
                    fed = position + 1;
                }
            }
        }
        return matcher;
    }

    /** Whether the matcher holds the first {@code size} entries already: asking it then costs no feeding. */
    boolean holds(int size) {
        return fed >= size;
    }
}
