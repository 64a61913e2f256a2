package dev.lede.cli;

import dev.lede.core.parse.InputFormat;
import dev.lede.core.subscribe.FullText;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * An option's values as the README writes them and a user types them, in lower case (any case is accepted):
 * what shell completion offers and {@code --help} lists ({@code completionCandidates}), instead of picocli's
 * enum constants in capitals.
 */
abstract class LowercaseNames implements Iterable<String> {

    private final Enum<?>[] values;

    LowercaseNames(Enum<?>[] values) {
        this.values = values;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(values)
                .map(value -> value.name().toLowerCase(Locale.ROOT))
                .iterator();
    }

    /** {@code --format}'s values. */
    static final class Formats extends LowercaseNames {
        Formats() {
            super(InputFormat.values());
        }
    }

    /** {@code --full-text}'s values. */
    static final class FullTexts extends LowercaseNames {
        FullTexts() {
            super(FullText.values());
        }
    }
}
