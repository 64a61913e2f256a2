package dev.lede.io.fetch;

import java.util.Optional;

/**
 * The items of one feed whose page could not be fetched for the full text, said as one line: a server that is
 * down or refusing fails every item alike, and twenty lines would say the same thing twenty times.
 */
final class FullTextMisses {

    private int count;
    private String first;

    /** An item whose page failed: its address and why, as a page that answered with an error is said. */
    void add(String url, String reason) {
        if (count++ == 0) {
            first = url + ": " + reason;
        }
    }

    /** How many items' pages failed. */
    int count() {
        return count;
    }

    /**
     * {@code full text not fetched for 1 item (URL: reason); its summary is kept}, or for more
     * {@code full text not fetched for 20 items (first: URL: reason); their summaries are kept}; empty when
     * every page was fetched.
     */
    Optional<String> line() {
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(
                count == 1
                        ? "full text not fetched for 1 item (" + first + "); its summary is kept"
                        : "full text not fetched for " + count + " items (first: " + first
                                + "); their summaries are kept");
    }
}
