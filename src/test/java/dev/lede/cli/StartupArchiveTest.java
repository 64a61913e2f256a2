package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' start-up cache before Java 25 (README, "Start-up"): the classes a reader run wrote down
 * are archived on the side by the next start, which runs without them, and the start after that maps the
 * archive. A stand-in java writes down each call and makes the archive it is asked to dump.
 */
@EnabledOnOs(OS.LINUX)
class StartupArchiveTest {

    @TempDir
    Path temp;

    private Path fakeJava;
    private Path jar;
    private Path calls;
    private String cache;

    @BeforeEach
    void installation() throws IOException {
        calls = temp.resolve("calls");
        Files.createDirectories(calls);
        fakeJava = temp.resolve("java");
        // Each call's arguments in a file of its own; a dump makes the archive named, unless FAIL_DUMP is set.
        Files.writeString(
                fakeJava,
                "#!/bin/sh\n"
                        + "out=" + calls + "/$$\n"
                        + "printf '%s\\n' \"$@\" > \"$out.tmp\" && mv \"$out.tmp\" \"$out\"\n"
                        + "for a in \"$@\"; do case $a in -Xshare:dump) dump=1 ;; -XX:SharedArchiveFile=*) jsa=${a#*=} ;; esac; done\n"
                        + "if [ -n \"$dump\" ]; then [ -z \"$FAIL_DUMP\" ] || exit 1; echo archive > \"$jsa\"; fi\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwx------"));
        jar = temp.resolve("lede.jar");
        Files.writeString(jar, "jar");
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(fakeJava, old);
        Files.setLastModifiedTime(jar, old);
        cache = temp.resolve("cache") + "/lede/startup" + temp + fakeJava;
        Files.createDirectories(Path.of(cache).getParent());
        Files.writeString(Path.of(cache + ".classes"), "dev/lede/Main\n");
    }

    @Test
    void theClassesWrittenDownAreArchivedOnceAndTheNextStartMapsTheArchive() throws Exception {
        List<String> run = launch(false);
        assertFalse(run.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")), run.toString());
        List<String> dump = awaitCall("-Xshare:dump");
        assertTrue(dump.contains("-XX:SharedClassListFile=" + cache + ".classes"), dump.toString());
        assertEquals(classpath(run), classpath(dump), "the archive holds the classes of the path it runs with");
        awaitGone(Path.of(cache + ".dumping"));
        assertEquals("archive\n", Files.readString(Path.of(cache + ".jsa")));

        List<String> next = launch(false);
        assertTrue(next.contains("-XX:SharedArchiveFile=" + cache + ".jsa"), next.toString());
        assertFalse(next.contains("-Xshare:dump"), next.toString());
    }

    @Test
    void aFailedDumpLeavesNoArchiveAndNoLock() throws Exception {
        launch(true);
        awaitCall("-Xshare:dump");
        awaitGone(Path.of(cache + ".dumping"));
        assertFalse(Files.exists(Path.of(cache + ".jsa")));
        List<String> next = launch(true);
        assertFalse(next.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")), next.toString());
    }

    @Test
    void oneDumpAtATime() throws Exception {
        Files.createDirectory(Path.of(cache + ".dumping")); // another launcher is dumping
        List<String> run = launch(false);
        Thread.sleep(500);
        try (var listed = Files.list(calls)) {
            assertEquals(1, listed.count(), "no second dump beside the one running");
        }
        assertFalse(run.contains("-Xshare:dump"));
    }

    /** The arguments of the run launch.sh execs (the dump goes on in the background). */
    private List<String> launch(boolean failDump) throws IOException, InterruptedException {
        clearCalls();
        ProcessBuilder builder = new ProcessBuilder(
                        "sh",
                        "-c",
                        "home=$1 java=$2 major=17 jar=$3 classpath=$3; . \"$4\"",
                        "sh",
                        temp.toString(),
                        fakeJava.toString(),
                        jar.toString(),
                        Path.of("src/dist/lib/launch.sh").toAbsolutePath().toString(),
                        "list")
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("sh.out").toFile());
        builder.environment().remove("LEDE_OPTS");
        builder.environment().remove("LEDE_NO_STARTUP_CACHE");
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        if (failDump) {
            builder.environment().put("FAIL_DUMP", "1");
        }
        Process sh = builder.start();
        assertTrue(sh.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, sh.exitValue(), Files.readString(temp.resolve("sh.out")));
        return awaitCall("dev.lede.Main");
    }

    private void clearCalls() throws IOException {
        try (var listed = Files.list(calls)) {
            for (Path call : listed.toList()) {
                Files.delete(call);
            }
        }
    }

    /** The arguments of the call that holds {@code argument}, waiting up to 20 s for it. */
    private List<String> awaitCall(String argument) throws IOException, InterruptedException {
        for (int i = 0; i < 400; i++) {
            try (var listed = Files.list(calls)) {
                for (Path call :
                        listed.filter(p -> !p.toString().endsWith(".tmp")).toList()) {
                    List<String> args = Files.readAllLines(call);
                    if (args.contains(argument)) {
                        return args;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no call with " + argument);
    }

    private static void awaitGone(Path path) throws InterruptedException {
        for (int i = 0; i < 400 && Files.exists(path); i++) {
            Thread.sleep(50);
        }
        assertFalse(Files.exists(path), path + " is still there");
    }

    private static String classpath(List<String> args) {
        int at = args.indexOf("-cp");
        return at < 0 ? null : args.get(at + 1);
    }
}
