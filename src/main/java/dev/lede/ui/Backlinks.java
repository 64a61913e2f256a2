package dev.lede.ui;

import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.LinkGraph;
import java.util.List;
import java.util.function.BiFunction;

/** The articles linking to an entry ("Linked from"), as the state's latest worked-out links know them. */
final class Backlinks {

    private Backlinks() {}

    /**
     * The articles whose related headlines lead to {@code entry}; none while the links are still being
     * worked out. The links may be of an earlier snapshot than the state's library (built off the screen's
     * thread), so entries are found by id, and only those the state's library holds are given.
     */
    static List<LibraryEntry> of(UiState state, LibraryEntry entry) {
        return found(state, entry, LinkGraph::linkedFrom, List.of());
    }

    /** The articles of {@code entry}'s story, oldest first, as in {@link #of}; just the entry when none link it. */
    static List<LibraryEntry> story(UiState state, LibraryEntry entry) {
        return found(state, entry, LinkGraph::story, List.of(entry));
    }

    /**
     * What {@code step} finds from {@code entry} in the state's links, as entries of the state's library;
     * {@code none} while the links are being worked out or when they do not hold the entry.
     */
    private static List<LibraryEntry> found(
            UiState state,
            LibraryEntry entry,
            BiFunction<LinkGraph, LibraryEntry, List<LibraryEntry>> step,
            List<LibraryEntry> none) {
        if (state.links().isEmpty()) {
            return none;
        }
        LinkGraph links = state.links().get();
        return links.library()
                .find(entry.id())
                .map(at -> step.apply(links, at).stream()
                        .flatMap(linked -> state.library().find(linked.id()).stream())
                        .toList())
                .orElse(none);
    }
}
