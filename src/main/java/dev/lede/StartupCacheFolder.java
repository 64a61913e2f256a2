package dev.lede;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder the JVM writes the start-up cache into as it exits (the launchers' {@code -XX:ArchiveClassesAtExit}
 * or {@code -XX:AOTCacheOutput}, named again in {@value #PROPERTY}), made again if it went while lede ran: the
 * cache folder is safe to delete at any time (README, "Cache"), but a JVM that finds no folder to write into
 * says so on stdout and exits 1 after a run that went well.
 */
final class StartupCacheFolder {

    /** The system property the launchers set to the cache being written, only when one is. */
    static final String PROPERTY = "lede.startup-cache";

    private StartupCacheFolder() {}

    /** At exit, after lede's own work and before the JVM writes the cache: its folder is there again. */
    static void keepAtExit() {
        String cache = System.getProperty(PROPERTY);
        if (cache != null && !cache.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> restore(Path.of(cache)), "lede-startup-cache"));
        }
    }

    /** Makes the folder of {@code cache} if it is missing; when it cannot be made the JVM says so, as before. */
    static void restore(Path cache) {
        Path folder = cache.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException | SecurityException e) {
                // nothing more to do: the JVM names the file it could not write
            }
        }
    }
}
