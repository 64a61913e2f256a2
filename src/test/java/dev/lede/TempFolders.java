package dev.lede;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing the temporary folders tests make outside JUnit's {@code @TempDir}, so runs leave nothing in /tmp. */
public final class TempFolders {

    private TempFolders() {}

    /** Deletes {@code folder} and everything in it; what cannot be deleted is left behind. */
    public static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
