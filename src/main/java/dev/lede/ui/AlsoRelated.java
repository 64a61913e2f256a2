package dev.lede.ui;

import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.library.LibraryEntry;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * An article listed under "Linked from" that one of the open article's own related headlines leads to as well
 * (each links the other): both lists name it, each saying what it says, and the second says it is the same
 * article, by the number it has under "Related".
 */
public final class AlsoRelated {

    private AlsoRelated() {}

    /**
     * The number (from 1) of the first of {@code related} that {@code resolve} leads to {@code linked}; empty when
     * none does.
     */
    public static OptionalInt number(
            List<RelatedHeadline> related,
            LibraryEntry linked,
            Function<RelatedHeadline, Optional<LibraryEntry>> resolve) {
        for (int i = 0; i < related.size(); i++) {
            Optional<LibraryEntry> target = resolve.apply(related.get(i));
            if (target.isPresent() && target.get().id().equals(linked.id())) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** What follows such an article's headline: {@code  (also related 2)}; empty when it is not one. */
    public static String note(OptionalInt number) {
        return number.isPresent() ? " (also related " + number.getAsInt() + ")" : "";
    }
}
