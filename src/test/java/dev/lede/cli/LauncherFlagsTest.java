package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM flags the launchers' shared script gives (docs/performance.md, "Start-up"): huge pages for the heap only
 * where the kernel gives them on request, since elsewhere the JVM warns on stderr, over the reader's screen.
 */
@EnabledOnOs(OS.LINUX)
class LauncherFlagsTest {

    private static final Path THP = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    @TempDir
    Path temp;

    @Test
    void hugePagesAreAskedForExactlyWhenTheKernelGivesThemOnRequest() throws Exception {
        List<String> flags = launchedWith();
        String mode = Files.isReadable(THP) ? Files.readString(THP) : "";
        boolean given = mode.contains("[madvise]") || mode.contains("[always]");
        assertEquals(given, flags.contains("-XX:+UseTransparentHugePages"), "kernel mode: " + mode.strip());
        assertTrue(flags.contains("-XX:-UsePerfData"), String.join(" ", flags));
        assertTrue(flags.contains("-Xmn8m"), String.join(" ", flags));
    }

    /**
     * Java 22 and later warn unless native access is allowed; before that the option only sets a module property,
     * which turns off the class-data archives' optimized module handling (docs/performance.md, "Start-up").
     */
    @Test
    void nativeAccessIsAllowedOnlyWhereJavaAsksForIt() throws Exception {
        assertFalse(launchedWith(17).contains("--enable-native-access=ALL-UNNAMED"));
        assertFalse(launchedWith(21).contains("--enable-native-access=ALL-UNNAMED"));
        assertTrue(launchedWith(22).contains("--enable-native-access=ALL-UNNAMED"));
        assertTrue(launchedWith(25).contains("--enable-native-access=ALL-UNNAMED"));
        assertTrue(launchedWith(0).contains("--enable-native-access=ALL-UNNAMED"), "a Java of unknown version");
    }

    @Test
    void theRealJavaTakesTheFlagsWithoutAWord() throws Exception {
        List<String> flags = launchedWith();
        List<String> options = flags.subList(0, flags.indexOf("-cp"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(
                options.stream().filter(flag -> !flag.startsWith("-Xlog")).toList());
        command.add("-version");
        Process jvm = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("java.out").toFile())
                .start();
        assertTrue(jvm.waitFor(60, TimeUnit.SECONDS));
        String output = Files.readString(temp.resolve("java.out"));
        assertEquals(0, jvm.exitValue(), output);
        assertFalse(output.toLowerCase(Locale.ROOT).contains("warning"), output);
    }

    /**
     * The jlink image's two AOT caches (docs/releasing.md): the one trained by `lede list` for a command,
     * the reader's for a reader run in a terminal, the reader's for everything when the other is missing.
     */
    @Test
    void theImageStartsACommandFromTheCommandsCacheAndTheReaderFromTheReaders() throws Exception {
        Path reader = Files.createFile(temp.resolve("lede.aot"));
        Path batch = Files.createFile(temp.resolve("lede-batch.aot"));
        String readerCache = "-XX:AOTCache=" + reader;
        String batchCache = "-XX:AOTCache=" + batch;
        assertTrue(shipped("list", "feeds").contains(batchCache));
        assertTrue(shipped("--version").contains(batchCache));
        assertTrue(shipped("feeds").contains(batchCache), "no terminal on stdout: lede prints the list");
        if (Files.isExecutable(Path.of("/usr/bin/script"))) {
            assertTrue(inTerminal("feeds").contains(readerCache), "a reader run in a terminal");
            assertTrue(inTerminal("show", "feeds").contains(batchCache));
        }
        Files.delete(batch);
        assertTrue(shipped("list", "feeds").contains(readerCache));
    }

    /**
     * A download's own start-up caches (docs/releasing.md): a library command writes and then uses one of
     * its own, the reader its own; any other command uses the library commands' once there is one, the
     * reader's before that.
     */
    @Test
    void aLibraryCommandWritesAndUsesItsOwnStartUpCacheApartFromTheReaders() throws Exception {
        Path cacheHome = temp.resolve("cache");
        Path folder = cacheHome.resolve("lede/startup" + temp + temp); // the installation, then the java binary
        Path reader = folder.resolve("java.jsa");
        Path batch = folder.resolve("java.batch.jsa");
        Files.createFile(temp.resolve("lede.jar")); // a cache counts only while it is newer than the jar
        List<String> writing = withStartupCache(cacheHome, false, "list", "feeds");
        assertTrue(writing.contains("-XX:ArchiveClassesAtExit=" + batch));
        // lede makes the folder again at exit, should the cache folder be deleted meanwhile (StartupCacheFolder)
        assertTrue(writing.contains("-Dlede.startup-cache=" + batch), String.join(" ", writing));
        assertTrue(withStartupCache(cacheHome, false, "--version").stream().noneMatch(f -> f.contains("Archive")));

        Files.createDirectories(folder);
        Files.createFile(reader);
        Files.setLastModifiedTime(
                reader, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
        assertTrue(withStartupCache(cacheHome, false, "--version").contains("-XX:SharedArchiveFile=" + reader));
        assertTrue(withStartupCache(cacheHome, false, "export", "feeds").contains("-XX:ArchiveClassesAtExit=" + batch));

        Files.createFile(batch);
        Files.setLastModifiedTime(
                batch, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
        assertTrue(withStartupCache(cacheHome, false, "list", "feeds").contains("-XX:SharedArchiveFile=" + batch));
        assertTrue(withStartupCache(cacheHome, false, "--version").contains("-XX:SharedArchiveFile=" + batch));
        assertTrue(
                withStartupCache(cacheHome, false, "feeds").contains("-XX:SharedArchiveFile=" + batch), "no terminal");
        if (Files.isExecutable(Path.of("/usr/bin/script"))) {
            assertTrue(withStartupCache(cacheHome, true, "feeds").contains("-XX:SharedArchiveFile=" + reader));
        }
    }

    /**
     * No start-up cache is written where the disk has no room for it: the JVM would exit 1 at the end of the
     * command and print its complaint on stdout (a full cache disk, found by QA). A stand-in df says how full.
     */
    @Test
    void noStartUpCacheIsWrittenOnADiskWithoutRoomForIt() throws Exception {
        Path cacheHome = temp.resolve("cache");
        Files.createFile(temp.resolve("lede.jar"));
        freeKib = 1_000;
        assertTrue(withStartupCache(cacheHome, false, "list", "feeds").stream().noneMatch(f -> f.contains("Archive")));
        freeKib = 10_000_000;
        assertTrue(withStartupCache(cacheHome, false, "list", "feeds").stream()
                .anyMatch(f -> f.contains("ArchiveClassesAtExit")));
    }

    /**
     * No start-up cache is written into a folder lede cannot write (a cache made read-only, or another user's):
     * the JVM refused to start ('Unable to create shared archive file …: Permission denied' on stdout, exit 1)
     * whenever the cache there was missing or older than the jar, so lede did not run at all (found by chaos).
     * Made unwritable with chmod, and for root, to whom modes do not apply, with chattr +i where it works.
     */
    @Test
    void noStartUpCacheIsWrittenIntoAFolderThatCannotBeWritten() throws Exception {
        Path cacheHome = temp.resolve("cache");
        Path folder = Files.createDirectories(cacheHome.resolve("lede/startup" + temp + temp));
        Files.createFile(temp.resolve("lede.jar"));
        freeKib = 10_000_000;
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean immutable = !Files.isWritable(folder) ? false : chattr("+i", folder);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(
                    Files.isWritable(folder),
                    "the start-up folder cannot be made unwritable here (root without chattr)");
            assertTrue(
                    withStartupCache(cacheHome, false, "list", "feeds").stream().noneMatch(f -> f.contains("Archive")));
        } finally {
            if (immutable) {
                chattr("-i", folder);
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        assertTrue(withStartupCache(cacheHome, false, "list", "feeds").stream()
                .anyMatch(f -> f.contains("ArchiveClassesAtExit")));
    }

    private static boolean chattr(String flag, Path file) throws IOException, InterruptedException {
        try {
            Process chattr = new ProcessBuilder("chattr", flag, file.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return chattr.waitFor(10, TimeUnit.SECONDS) && chattr.exitValue() == 0;
        } catch (IOException e) {
            return false; // no chattr
        }
    }

    /**
     * A standard stream the caller closed ({@code lede <&-}) is /dev/null by the time Java starts: the JVM's
     * first files would take its number, and lede read the runtime's lib/modules as stdin (found by QA).
     */
    @Test
    void closedStandardStreamsReachJavaAsDevNull() throws Exception {
        Path fds = temp.resolve("fds");
        Path fakeJava = temp.resolve("java");
        Files.writeString(
                fakeJava,
                "#!/bin/sh\n"
                        // Read before anything is opened: a file opened here would take a closed number.
                        + "a=$(readlink /proc/$$/fd/0) b=$(readlink /proc/$$/fd/1) c=$(readlink /proc/$$/fd/2)\n"
                        + "printf '%s\\n' \"$a\" \"$b\" \"$c\" > \"" + fds + "\"\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder builder = new ProcessBuilder(
                        "sh",
                        "-c",
                        "exec <&- >&- 2>&-; home=$1 java=$2 major=17 jar=$3 classpath=$3; shift 3; . \"$launcher\"",
                        "sh",
                        temp.toString(),
                        fakeJava.toString(),
                        temp.resolve("lede.jar").toString(),
                        "list")
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("sh.out").toFile());
        builder.environment()
                .put(
                        "launcher",
                        Path.of("src/dist/lib/launch.sh").toAbsolutePath().toString());
        builder.environment().put("LEDE_NO_STARTUP_CACHE", "1");
        Process sh = builder.start();
        assertTrue(sh.waitFor(30, TimeUnit.SECONDS));
        assertEquals(List.of("/dev/null", "/dev/null", "/dev/null"), Files.readAllLines(fds));
    }

    /** What a stand-in df reports free, in KiB; the real df when negative. */
    private long freeKib = -1;

    /** The arguments launch.sh hands to java, read from a stand-in that writes them down. */
    private List<String> launchedWith() throws IOException, InterruptedException {
        return launchedWith(17);
    }

    /** As {@link #launchedWith()}, for a Java of feature version {@code major} (0: unknown). */
    private List<String> launchedWith(int major) throws IOException, InterruptedException {
        return run(major, false, false, "list");
    }

    /** As the jlink image's launcher runs it, with its shipped caches in the temporary folder. */
    private List<String> shipped(String... args) throws IOException, InterruptedException {
        return run(25, true, false, args);
    }

    /** As {@link #shipped}, with stdout a terminal (util-linux's script). */
    private List<String> inTerminal(String... args) throws IOException, InterruptedException {
        return run(25, true, true, args);
    }

    private List<String> run(int major, boolean shipped, boolean terminal, String... arguments)
            throws IOException, InterruptedException {
        return run(major, shipped, terminal, null, arguments);
    }

    /** As a download without shipped caches runs it, its start-up caches under {@code cacheHome}. */
    private List<String> withStartupCache(Path cacheHome, boolean terminal, String... args)
            throws IOException, InterruptedException {
        return run(17, false, terminal, cacheHome, args);
    }

    private List<String> run(int major, boolean shipped, boolean terminal, Path cacheHome, String... arguments)
            throws IOException, InterruptedException {
        Path args = temp.resolve("args");
        Path fakeJava = temp.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + args + "\"\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwx------"));
        String caches = shipped ? " shipped_aot=$1/lede.aot shipped_batch_aot=$1/lede-batch.aot" : "";
        List<String> command = new ArrayList<>(List.of(
                "sh",
                "-c",
                "home=$1 java=$2 major=$5 jar=$3 classpath=$3" + caches + "; shift 5; . \"$launcher\"",
                "sh",
                temp.toString(),
                fakeJava.toString(),
                temp.resolve("lede.jar").toString(),
                "unused",
                String.valueOf(major)));
        command.addAll(List.of(arguments));
        if (terminal) {
            String line =
                    String.join(" ", command.stream().map(a -> "'" + a + "'").toList());
            command = List.of("script", "-qec", line, "/dev/null");
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("sh.out").toFile());
        builder.environment().remove("LEDE_OPTS");
        builder.environment()
                .put(
                        "launcher",
                        Path.of("src/dist/lib/launch.sh").toAbsolutePath().toString());
        if (freeKib >= 0) {
            Path bin = Files.createDirectories(temp.resolve("bin"));
            Path df = bin.resolve("df");
            Files.writeString(
                    df,
                    "#!/bin/sh\necho 'Filesystem 1024-blocks Used Available Capacity Mounted on'\n"
                            + "echo \"/dev/x 20000000 1 " + freeKib + " 99% /\"\n");
            Files.setPosixFilePermissions(df, PosixFilePermissions.fromString("rwx------"));
            builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        }
        if (cacheHome != null) {
            builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
            builder.environment().put("TERM", "xterm");
            builder.environment().remove("LEDE_NO_STARTUP_CACHE");
        } else if (!shipped) {
            builder.environment().put("LEDE_NO_STARTUP_CACHE", "1");
        }
        Process sh = builder.start();
        assertTrue(sh.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, sh.exitValue(), Files.readString(temp.resolve("sh.out")));
        return Files.readAllLines(args);
    }
}
