package dev.lede.core.library;

import java.util.List;

/** Ranked search over the first {@code limit} entries; returns entry positions, best first. */
interface LibrarySearch {

    List<Integer> search(String query, int limit);
}
