package dev.lede.ui;

import dev.lede.core.library.LibraryEntry;
import dev.lede.core.library.LinkGraph;
import java.util.List;

/** The articles linking to an entry ("Linked from"), as the state's latest worked-out links know them. */
final class Backlinks {

    private Backlinks() {}

    /**
     * The articles whose related headlines lead to {@code entry}; none while the links are still being
     * worked out. The links may be of an earlier snapshot than the state's library (built off the screen's
     * thread), so entries are found by id, and only those the state's library holds are given.
     */
    static List<LibraryEntry> of(UiState state, LibraryEntry entry) {
        if (state.links().isEmpty()) {
            return List.of();
        }
        LinkGraph links = state.links().get();
        return links.library()
                .find(entry.id())
                .map(found -> links.linkedFrom(found).stream()
                        .flatMap(from -> state.library().find(from.id()).stream())
                        .toList())
                .orElse(List.of());
    }

    /** The articles of {@code entry}'s story, oldest first, as in {@link #of}; just the entry when none link it. */
    static List<LibraryEntry> story(UiState state, LibraryEntry entry) {
        if (state.links().isEmpty()) {
            return List.of(entry);
        }
        LinkGraph links = state.links().get();
        return links.library()
                .find(entry.id())
                .map(found -> links.story(found).stream()
                        .flatMap(member -> state.library().find(member.id()).stream())
                        .toList())
                .orElse(List.of(entry));
    }
}
