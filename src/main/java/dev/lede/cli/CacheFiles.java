package dev.lede.cli;

import dev.lede.io.BundledSamples;
import dev.lede.io.index.LibraryIndex;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Whether this run uses the library index, and where it is. */
final class CacheFiles {

    private CacheFiles() {}

    /**
     * The library index in {@code $XDG_CACHE_HOME/lede/index.db}: none with {@code --no-state} (neither
     * read nor written), when the only input is stdin, without a home folder, or when it cannot be used
     * (one line to {@code warnings}, and every file is read); none either for a temporary copy of the
     * samples, read because the cache cannot be written ({@link RunInputs#samples} said so).
     */
    static Optional<LibraryIndex> libraryIndex(
            List<String> arguments, boolean noState, Map<String, String> environment, Consumer<String> warnings) {
        if (noState || StateFiles.stdinOnly(arguments) || temporarySamplesOnly(arguments)) {
            return Optional.empty();
        }
        try {
            return LibraryIndex.defaultFile(environment)
                    .flatMap(file -> LibraryIndex.open(file, environment, warnings));
        } catch (LinkageError e) {
            // A Java runtime without java.sql fails here, at the first class that names it.
            warnings.accept("lede: the library index cannot be used here (" + e + "); every file is read");
            return Optional.empty();
        }
    }

    private static boolean temporarySamplesOnly(List<String> arguments) {
        if (arguments.size() != 1) {
            return false;
        }
        try {
            return BundledSamples.isTemporaryCopy(Path.of(arguments.get(0)));
        } catch (InvalidPathException e) {
            return false; // a name no path can hold (non-ASCII under LANG=C): the load says so, in its place
        }
    }
}
