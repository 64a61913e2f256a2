package dev.lede.io.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link IndexChild} in a JVM of its own, with this JVM's class path and a cache folder of the test's. */
final class ChildJvm {

    private ChildJvm() {}

    static Process start(Path cache, Path output, List<String> jvmOptions, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(IndexChild.class.getName());
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        return builder.start();
    }

    /** Waits until the child printed {@code line} (a whole line), or fails after a minute. */
    static void awaitLine(Process child, Path output, String line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if ((Files.readString(output) + "").lines().anyMatch(line::equals)
                    || !child.isAlive() && !Files.readString(output).contains(line)) {
                break;
            }
            Thread.sleep(10);
        }
        if (!Files.readString(output).lines().anyMatch(line::equals)) {
            throw new AssertionError("the child never printed " + line + ": " + Files.readString(output));
        }
    }

    /** The whole lines the child printed: one cut short by a kill has no newline yet and is left out. */
    static List<String> lines(Path output) throws IOException {
        String printed = Files.readString(output);
        return printed.substring(0, printed.lastIndexOf('\n') + 1).lines().toList();
    }
}
