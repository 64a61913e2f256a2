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
 * @param keptChars       how many characters of article text the {@link FileArticleStore} may keep of the files
 *                        the load parsed, so that a command that goes on to open every article (the export)
 *                        does not parse each file twice; 0 (the default) keeps none, as the reader, which opens
 *                        only what is read, and whose memory a library's whole text would swell
 */
public record LoadOptions(
        long maxSize, SortOrder order, InputFormat format, boolean recursive, boolean urlsWhenFetched, long keptChars) {

    public LoadOptions(long maxSize, SortOrder order, InputFormat format, boolean recursive) {
        this(maxSize, order, format, recursive, false, 0);
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
        return new LoadOptions(bytes, order, format, recursive, urlsWhenFetched, keptChars);
    }

    public LoadOptions withFormat(InputFormat forced) {
        return new LoadOptions(maxSize, order, forced, recursive, urlsWhenFetched, keptChars);
    }

    public LoadOptions withOrder(SortOrder sortOrder) {
        return new LoadOptions(maxSize, sortOrder, format, recursive, urlsWhenFetched, keptChars);
    }

    /** Fetches URLs alongside the other inputs, each handed over when it is ready (see {@code urlsWhenFetched}). */
    public LoadOptions withUrlsWhenFetched() {
        return new LoadOptions(maxSize, order, format, recursive, true, keptChars);
    }

    /** Keeps up to {@code chars} characters of the parsed articles' text for opening again (see {@code keptChars}). */
    public LoadOptions keepingParsed(long chars) {
        return new LoadOptions(maxSize, order, format, recursive, urlsWhenFetched, chars);
    }
}
