package dev.lede.core.library;

import dev.lede.core.article.RelatedHeadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What every related headline of one library snapshot resolves to, worked out once, in two passes: the first as
 * {@link Library#resolve} reads each line alone (its address, then the matcher), which also gathers what the
 * library teaches about its own wording ({@link LearnedWording}); the second asks the lines the first left
 * unresolved again with that wording. Each pass runs on every core; the learning in between counts.
 */
final class LibraryResolutions {

    private static final int NONE = -1;

    /** For each entry by position, the position each of its related headlines resolves to, or NONE. */
    private final int[][] targets;

    private final LearnedWording learned;

    private LibraryResolutions(int[][] targets, LearnedWording learned) {
        this.targets = targets;
        this.learned = learned;
    }

    static LibraryResolutions of(Library library, HeadlineMatcher matcher) {
        int size = library.size();
        int[][] targets = new int[size][];
        LearnedWording.Reading[][] readings = new LearnedWording.Reading[size][];
        IntStream.range(0, size).parallel().forEach(position -> {
            LibraryEntry entry = library.entry(position);
            List<RelatedHeadline> related = entry.related();
            targets[position] = new int[related.size()];
            readings[position] = new LearnedWording.Reading[related.size()];
            for (int i = 0; i < related.size(); i++) {
                Optional<LibraryEntry> byAddress =
                        library.atAddress(related.get(i).url()).filter(found -> found.position() != position);
                if (byAddress.isPresent()) {
                    targets[position][i] = byAddress.get().position();
                    continue;
                }
                HeadlineMatcher.FirstPass first =
                        matcher.firstPass(related.get(i).headline(), size);
                // A page does not link to itself, by its text as by its address.
                targets[position][i] =
                        first.article().filter(found -> found != position).orElse(NONE);
                readings[position][i] = first.reading();
            }
        });
        List<LearnedWording.Reading> examples = new ArrayList<>();
        for (LearnedWording.Reading[] own : readings) {
            for (LearnedWording.Reading reading : own) {
                if (reading != null) {
                    examples.add(reading);
                }
            }
        }
        LearnedWording learned = matcher.learnFrom(examples, size);
        if (!learned.isEmpty()) {
            IntStream.range(0, size).parallel().forEach(position -> {
                List<RelatedHeadline> related = library.entry(position).related();
                for (int i = 0; i < related.size(); i++) {
                    if (targets[position][i] == NONE) {
                        targets[position][i] = matcher.secondPass(related.get(i).headline(), size, learned)
                                .filter(found -> found != position)
                                .orElse(NONE);
                    }
                }
            });
        }
        return new LibraryResolutions(targets, learned);
    }

    /** The wording the library taught, for a headline that is no entry's own related headline. */
    LearnedWording learned() {
        return learned;
    }

    /**
     * Where {@code related}, a related headline of {@code from}, resolves, when it is one of {@code from}'s own
     * (as the library holds it); null when it is not, so the caller works it out.
     */
    Optional<Integer> target(LibraryEntry from, RelatedHeadline related) {
        int position = from.position();
        if (position >= targets.length) {
            return null;
        }
        List<RelatedHeadline> own = from.related();
        for (int i = 0; i < own.size() && i < targets[position].length; i++) {
            if (own.get(i) == related || Objects.equals(own.get(i), related)) {
                int target = targets[position][i];
                return target == NONE ? Optional.empty() : Optional.of(target);
            }
        }
        return null;
    }
}
