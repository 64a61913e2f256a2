package dev.lede.ui.view;

import dev.lede.core.library.LoadCounts;
import java.util.ArrayList;
import java.util.List;

/** The counts of a load in words: "2 skipped, 1 merged" on the status line, spelled out over the problems list. */
final class LoadSummary {

    private LoadSummary() {}

    /** For the status line; empty when every input was read without a word to say. */
    static String brief(LoadCounts counts) {
        List<String> parts = new ArrayList<>(3);
        if (counts.skipped() > 0) {
            parts.add(counts.skipped() + " skipped");
        }
        if (counts.warned() > 0) {
            parts.add(counts.warned() + " with warnings");
        }
        if (counts.merged() > 0) {
            parts.add(counts.merged() + " merged");
        }
        return String.join(", ", parts);
    }

    /** For the problems list's title; empty when every input was read without a word to say. */
    static String full(LoadCounts counts) {
        List<String> parts = new ArrayList<>(3);
        if (counts.skipped() > 0) {
            parts.add(counts.skipped() + (counts.skipped() == 1 ? " input" : " inputs") + " skipped");
        }
        if (counts.warned() > 0) {
            parts.add(counts.warned() + " read with warnings");
        }
        if (counts.merged() > 0) {
            parts.add(counts.merged() + " merged");
        }
        return String.join(", ", parts);
    }
}
