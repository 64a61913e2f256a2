package dev.lede.core.article;

/**
 * Something wrong with one input, in one line a user can act on: {@code source} names the file or
 * URL (as given), {@code message} says what (e.g. "binary file, skipped").
 */
public record Problem(String source, String message) {

    /** {@code source: message}, the form shown on stderr and in the problems list. */
    public String describe() {
        return source + ": " + message;
    }
}
