package dev.lede.io;

import dev.lede.core.parse.InputFormat;

/**
 * How the {@link Loader} reads its arguments.
 *
 * @param maxSize   largest input in bytes (files, decompressed gzip, stdin); larger ones are skipped
 * @param order     the order files of a directory are read in
 * @param format    {@link InputFormat#AUTO} to sniff each input, or the format to force
 * @param recursive whether directories inside directories are read too
 * @param urlsWhenFetched URLs are fetched alongside the other inputs and handed over when ready, after
 *                        inputs named later if need be, and can be cancelled (the reader); false (the
 *                        default) keeps every input in the order given (batch commands)
 */
public record LoadOptions(
        long maxSize, SortOrder order, InputFormat format, boolean recursive, boolean urlsWhenFetched) {

    public LoadOptions(long maxSize, SortOrder order, InputFormat format, boolean recursive) {
        this(maxSize, order, format, recursive, false);
    }

    public static final long DEFAULT_MAX_SIZE = 32L * 1024 * 1024;

    /** How files inside a directory are ordered. */
    public enum SortOrder {
        /** By file name, as {@code ls} would list them (directories interleaved by name). */
        NAME,
        /** By last-modified time, oldest first, then by name. */
        MODIFIED
    }

    public static LoadOptions defaults() {
        return new LoadOptions(DEFAULT_MAX_SIZE, SortOrder.NAME, InputFormat.AUTO, true);
    }

    public LoadOptions withMaxSize(long bytes) {
        return new LoadOptions(bytes, order, format, recursive, urlsWhenFetched);
    }

    public LoadOptions withFormat(InputFormat forced) {
        return new LoadOptions(maxSize, order, forced, recursive, urlsWhenFetched);
    }

    public LoadOptions withOrder(SortOrder sortOrder) {
        return new LoadOptions(maxSize, sortOrder, format, recursive, urlsWhenFetched);
    }

    /** Fetches URLs alongside the other inputs, each handed over when it is ready (see {@code urlsWhenFetched}). */
    public LoadOptions withUrlsWhenFetched() {
        return new LoadOptions(maxSize, order, format, recursive, true);
    }
}
