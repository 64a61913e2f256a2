package dev.lede.io;

import dev.lede.core.library.Library;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The reader's first screen ({@link FirstScreen}) for one load of some inputs typed in one folder: the
 * rows kept from the last complete library are handed to the sink before the library index is open, and
 * the first rows of this load's complete library are kept again for the next start (docs/performance.md, "Start-up").
 */
final class KeptFirstScreen {

    private final FirstScreen screen;
    private final ListingFile listing;
    /** The folder the inputs were typed in: the names the rows carry are relative to it. */
    private final Path typedIn;

    private List<String> arguments = List.of();
    /** Volatile: kept from the loader's thread once the library is complete, asked on quitting. */
    private volatile boolean kept;

    KeptFirstScreen(FirstScreen screen, Path typedIn) {
        this.screen = screen;
        this.listing = new ListingFile(screen);
        this.typedIn = typedIn;
    }

    /**
     * Hands {@code sink} the rows kept for {@code arguments}, if any: plain java.io, a few KB, so the reader's
     * first frame needs no SQLite.
     */
    void handOver(List<String> arguments, LoadSink sink) {
        this.arguments = List.copyOf(arguments);
        screen.read(typedIn, this.arguments).ifPresent(sink::firstScreen);
    }

    /** The whole listing kept for the arguments handed over ({@link ListingFile}); empty when none is. */
    Optional<ListingFile.Kept> listing() {
        return arguments.isEmpty() ? Optional.empty() : listing.read(typedIn, arguments);
    }

    /**
     * Keeps what {@code source} hands over, copied from the index in {@code indexFile} whose own number is
     * {@code instance}, as the whole listing for
     * the next start on the same inputs.
     */
    boolean keepListing(
            Path indexFile,
            int instance,
            ListingFile.Source source,
            java.util.function.Function<List<Long>, List<ListingFile.Seed>> seedsOf) {
        return !arguments.isEmpty() && listing.write(typedIn, arguments, indexFile, instance, source, seedsOf);
    }

    /** Keeps the first rows of {@code library}, this load's complete library, for the next start. */
    void keep(Library library) {
        if (!arguments.isEmpty()) {
            screen.write(typedIn, arguments, library);
            kept = true;
        }
    }

    /** {@link #keep}, unless that was done in this run already (writing again would only delay an exit). */
    void keepUnlessKept(Library library) {
        if (!kept) {
            keep(library);
        }
    }
}
