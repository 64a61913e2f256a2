package dev.lede.core.article;

import dev.lede.core.text.Sanitizer;

/**
 * Something wrong with one input, in one line a user can act on: {@code source} names the file or
 * URL (as given), {@code message} says what (e.g. "binary file; skipped"), and {@code kind} what it
 * did to the input. Parsers make problems of kind {@link Kind#SKIPPED}; the library decides the kind
 * from what the input gave ({@link #as}).
 */
public record Problem(String source, String message, Kind kind) {

    /** What a problem did to its input: counted apart, since only a skipped input lost anything. */
    public enum Kind {
        /** The input gave no article. */
        SKIPPED,
        /** The input was read, with this warning (a guessed encoding, a date left out). */
        WARNING,
        /** The input's article was already in the library from another input, and was merged into it. */
        MERGED
    }

    public Problem {
        kind = kind == null ? Kind.SKIPPED : kind;
    }

    public Problem(String source, String message) {
        this(source, message, Kind.SKIPPED);
    }

    /** The same problem, of {@code newKind}. */
    public Problem as(Kind newKind) {
        return newKind == kind ? this : new Problem(source, message, newKind);
    }

    /**
     * {@code source: message}, the form shown on stderr and in the problems list; control and invisible
     * characters in the source's name are written out ({@link Sanitizer#visibleLine}), so it is still named.
     */
    public String describe() {
        return Sanitizer.visibleLine(source) + ": " + message;
    }
}
