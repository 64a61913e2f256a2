package dev.lede.io;

import dev.lede.core.parse.Parsed;

/**
 * Receives inputs as they finish loading, in input order (sorted file order), from one loader
 * thread at a time. {@code finished} is called once, after the last input. URLs fetched apart from
 * the ordered inputs ({@link LoadOptions#urlsWhenFetched}) come when they are ready.
 */
public interface LoadSink {

    void loaded(Parsed parsed);

    /** A URL has started downloading; its result comes through {@link #loaded} when it is ready. */
    default void fetching(String url) {
    }

    /** The download of {@code url} has ended (read, failed or cancelled); its result follows. */
    default void fetched(String url) {
    }

    default void finished() {
    }
}
