package dev.lede.core.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** HTML element names that several of the parsers' tag sets share. */
public final class TagNames {

    /** The six heading levels. */
    public static final List<String> HEADINGS = List.of("h1", "h2", "h3", "h4", "h5", "h6");

    private TagNames() {}

    /** An unmodifiable set of {@code shared} and {@code more}. */
    public static Set<String> setOf(List<String> shared, String... more) {
        Set<String> names = new HashSet<>(shared);
        names.addAll(List.of(more));
        return Set.copyOf(names);
    }
}
