package dev.lede.io.index;

/**
 * The index could not do what was asked (busy, corrupt, unwritable, gone): the caller carries on without
 * it, reading the files. The message is one line for the user.
 */
public final class IndexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
