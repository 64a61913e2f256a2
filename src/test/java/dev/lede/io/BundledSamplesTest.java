package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking the samples fails whole: no half-made folder is left in the cache. */
class BundledSamplesTest {

    @TempDir
    Path cache;

    @Test
    void anUnpackingThatFailsLeavesNoStagingFolder() throws IOException {
        BundledSamples samples = new BundledSamples(cache, "9.9");
        // A sample's file name taken by a folder that is not empty: its copy fails halfway through the
        // samples, as on a full disk.
        Path staging = cache.resolve("samples-9.9.tmp" + ProcessHandle.current().pid());
        Files.createDirectories(staging.resolve("000_c23174d06cde3e3a.txt").resolve("inside"));
        assertThrows(IOException.class, samples::folder);
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aFullDiskIsNamedByTheFolderTheSamplesWereFor() {
        // A write on a full disk fails with the system's words alone ("No space left on device"), no path.
        BundledSamples samples = new BundledSamples(cache, "9.9", (in, file) -> {
            throw new IOException("No space left on device");
        });
        IOException failure = assertThrows(IOException.class, samples::folder);
        assertEquals(samples.place() + ": no space left on device", FileFailures.describe(failure));
    }

    @Test
    void anUnpackingThatWorksLeavesTheFolderAlone() throws IOException {
        Path folder = new BundledSamples(cache, "9.9").folder();
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(List.of(folder), left.toList());
        }
    }
}
