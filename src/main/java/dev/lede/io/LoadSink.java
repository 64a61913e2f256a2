package dev.lede.io;

import dev.lede.core.parse.Parsed;

/**
 * Receives inputs as they finish loading, in input order (sorted file order), from one loader
 * thread at a time. {@code finished} is called once, after the last input.
 */
public interface LoadSink {

    void loaded(Parsed parsed);

    default void finished() {
    }
}
