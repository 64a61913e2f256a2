package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache folder deleted while lede runs (README, "Cache": safe at any time) left the JVM, writing the start-up
 * cache at exit as the launchers ask on a first run, without a folder to write into: it printed "Unable to create
 * shared archive file" on stdout and exited 1 after a run that went well (found by qa7 with rm -rf of the cache
 * under an open reader).
 */
@EnabledOnOs(OS.LINUX)
class StartupCacheFolderTest {

    @TempDir
    Path temp;

    @Test
    void theFolderIsMadeAgainBeforeTheJvmWritesTheCache() throws Exception {
        Path cache = temp.resolve("deleted/startup/java.jsa"); // its folder gone, as after rm -rf
        Path out = temp.resolve("out");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xshare:auto",
                        "-XX:ArchiveClassesAtExit=" + cache,
                        "-D" + StartupCacheFolder.PROPERTY + "=" + cache,
                        "-cp",
                        jarredClassPath(),
                        Main.class.getName(),
                        "--version")
                .redirectInput(new File("/dev/null"))
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int status = child.waitFor();
        String printed = Files.readString(out);
        assertEquals(0, status, printed);
        assertTrue(Files.exists(cache), printed);
    }

    /** The test's class path with its folders as jars: the JVM writes no such cache for a class path with folders. */
    private String jarredClassPath() throws java.io.IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.isDirectory(path)) {
                entries.add(entry);
            } else if (!path.endsWith("test-classes")) {
                Path jar = temp.resolve("classes" + entries.size() + ".jar");
                try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                        Stream<Path> files = Files.walk(path)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        out.putNextEntry(
                                new JarEntry(path.relativize(file).toString().replace(File.separatorChar, '/')));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
                entries.add(jar.toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
