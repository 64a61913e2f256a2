package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader leaves in the cache folder when it does not go through the library index: no copy of
 * a folder's listing beside the index (earlier versions kept one for folders of 2,000 or more entries).
 */
@ExtendWith(NeedsTmuxAndTheJar.class)
class CacheFolderIT {

    private static final int FILES = 2_010;

    @TempDir
    Path dir;

    @Test
    void aLargeFolderReadWithAForcedFormatLeavesNoListingInTheCacheFolder() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        for (int i = 0; i < FILES; i++) {
            Launch.write(news, String.format("story-%05d.txt", i), "Story " + i + ".\n\nBody.\n");
        }
        // Settled long ago, as a folder whose listing would have been kept.
        Files.setLastModifiedTime(news, FileTime.from(Instant.now().minusSeconds(3_600)));
        Path cache = Files.createDirectories(dir.resolve("cache"));
        try (Tmux tmux = new Tmux()) {
            tmux.start(
                    100,
                    24,
                    "XDG_CACHE_HOME=" + Launch.quoted(cache) + " "
                            + Launch.lede("--format text " + Launch.quoted(news))
                            + " 2>" + Launch.quoted(dir.resolve("err.txt")) + "; echo exit=$? > "
                            + Launch.quoted(dir.resolve("exit.txt")) + "; sleep 60");
            tmux.expect("every file of the folder loaded", s -> s.contains(FILES + " articles"));
            tmux.keys("q");
            tmux.expect("lede exits", s -> size(dir.resolve("exit.txt")) > 0);
        }
        assertEquals("exit=0", Files.readString(dir.resolve("exit.txt")).strip());
        assertEquals("", Files.readString(dir.resolve("err.txt")));
        assertFalse(Files.exists(cache.resolve("lede/listings")), "a listing was kept in the cache folder");
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
