package dev.lede.io;

import dev.lede.core.parse.InputFormat;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the {@link Loader} reads its arguments.
 *
 * @param maxSize   largest input in bytes (files, decompressed gzip, stdin); larger ones are skipped
 * @param order     the order files of a directory are read in
 * @param format    {@link InputFormat#AUTO} to sniff each input, or the format to force
 * @param recursive whether directories inside directories are read too
 * @param listingCache where the first names of large folders are kept between runs ({@link ListingCache});
 *                     empty (the default) to list every folder and write nothing
 * @param urlsWhenFetched URLs are fetched alongside the other inputs and handed over when ready, after
 *                        inputs named later if need be, and can be cancelled (the reader); false (the
 *                        default) keeps every input in the order given (batch commands)
 */
public record LoadOptions(long maxSize, SortOrder order, InputFormat format, boolean recursive,
                          Optional<Path> listingCache, boolean urlsWhenFetched) {

    public LoadOptions {
        Objects.requireNonNull(listingCache, "listingCache");
    }

    public LoadOptions(long maxSize, SortOrder order, InputFormat format, boolean recursive) {
        this(maxSize, order, format, recursive, Optional.empty(), false);
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
        return new LoadOptions(bytes, order, format, recursive, listingCache, urlsWhenFetched);
    }

    public LoadOptions withFormat(InputFormat forced) {
        return new LoadOptions(maxSize, order, forced, recursive, listingCache, urlsWhenFetched);
    }

    public LoadOptions withOrder(SortOrder sortOrder) {
        return new LoadOptions(maxSize, sortOrder, format, recursive, listingCache, urlsWhenFetched);
    }

    /** Fetches URLs alongside the other inputs, each handed over when it is ready (see {@code urlsWhenFetched}). */
    public LoadOptions withUrlsWhenFetched() {
        return new LoadOptions(maxSize, order, format, recursive, listingCache, true);
    }

    /** Keeps and uses the first names of large folders in {@code folder} (see {@link ListingCache}). */
    public LoadOptions withListingCache(Path folder) {
        return new LoadOptions(maxSize, order, format, recursive, Optional.of(folder), urlsWhenFetched);
    }
}
