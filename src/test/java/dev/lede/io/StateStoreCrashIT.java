package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.state.ReadingState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Robustness (docs/README.md, "Tests"), crash safety: {@value #KILLS} times a process saving reading state in a loop is killed with
 * SIGKILL at a random moment; afterwards the state always loads (nothing set aside as unreadable) and
 * every article whose save had returned before the kill is still marked read.
 */
class StateStoreCrashIT {

    static final int KILLS = 100;
    static final long SEED = 7L;

    @TempDir
    Path work;

    @Test
    void stateSurvivesAHundredKillsWhileSaving() throws Exception {
        Path folder = work.resolve("state");
        List<String> warnings = new ArrayList<>();
        Random random = new Random(SEED);
        List<Long> confirmed = new ArrayList<>();
        long next = 1;
        int killedMidRun = 0;
        for (int round = 0; round < KILLS; round++) {
            // Output to a file: killing a process closes the pipes a parent would read it from.
            Path output = work.resolve("child-" + round + ".out");
            Process child = new ProcessBuilder(javaCommand(folder, next))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(output.toFile())
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(output).startsWith("ready\n") && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(Files.readString(output).startsWith("ready\n"), "the saving process did not start");
            Thread.sleep(random.nextInt(800)); // a save (lock, read, merge, write, fsync, rename) takes tens of ms
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed process did not end");
            String printed = Files.readString(output);
            // Only whole lines count: one cut short by the kill has no newline yet.
            for (String line :
                    printed.substring(0, printed.lastIndexOf('\n') + 1).split("\n")) {
                if (line.matches("\\d+")) {
                    long number = Long.parseLong(line);
                    confirmed.add(number);
                    next = number + 1;
                }
            }
            next++; // the save that was cut short may or may not have landed: never count on it
            killedMidRun++;

            ReadingState state = new StateStore(folder, warnings::add).load();
            assertEquals(List.of(), warnings, "after kill " + (round + 1) + " the state did not load cleanly");
            for (long number : confirmed) {
                assertTrue(
                        state.isRead(StateSavingChild.id(number)),
                        "after kill " + (round + 1) + " article " + number + " (saved before it) is lost");
            }
        }
        System.out.printf(
                "state crash safety: %d kills, %d saves confirmed before them, all kept%n",
                killedMidRun, confirmed.size());
    }

    private static List<String> javaCommand(Path folder, long first) {
        Path root = Paths.get("").toAbsolutePath();
        String classPath = root.resolve("target/classes") + ":" + root.resolve("target/test-classes");
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-cp",
                classPath,
                StateSavingChild.class.getName(),
                folder.toString(),
                String.valueOf(first));
    }
}
