package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
import dev.lede.io.index.FileStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk run ahead hands over exactly what the walk itself gives, in order, and stops when told. */
class WalkAheadTest {

    @TempDir
    Path dir;

    private void touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Story " + name + ".\nBody.");
    }

    /** What the walk reports, one line each: a file's path and stamp, or a problem. */
    private static final class Seen implements InputWalk.Visitor, WalkAhead.Visitor {
        final List<String> lines = new ArrayList<>();
        private final int stopAfter;

        Seen(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public boolean file(Path file, String name, FileStamp stamp) {
            FileStamp stated = stamp;
            if (stated == null) { // a file named as an argument: its visitor states it
                try {
                    stated = FileStamp.of(file);
                } catch (IOException e) {
                    stated = null;
                }
            }
            return stated(file, file.toAbsolutePath().normalize().toString(), stated);
        }

        @Override
        public boolean stated(Path file, String absolute, FileStamp stamp) {
            lines.add(file + " " + absolute + " "
                    + (stamp == null
                            ? "not stated"
                            : stamp.size() + " " + stamp.modifiedNanos() + " " + stamp.fileKey()));
            return lines.size() < stopAfter;
        }

        @Override
        public void problem(Problem problem) {
            lines.add("problem " + problem.describe());
        }
    }

    @Test
    void handsOverTheFilesAndProblemsOfTheWalkInItsOrder() throws IOException {
        for (int i = 0; i < 600; i++) { // more than a chunk
            touch(String.format("news/%04d.txt", i));
        }
        touch("news/deeper/a.txt");
        touch("news/.hidden.txt");
        touch("news/picture.png");
        touch("single.txt");
        List<String> arguments = List.of(
                dir.resolve("news").toString(),
                dir.resolve("single.txt").toString(),
                dir.resolve("absent").toString(),
                "not\0a path",
                dir.resolve("news/0003.txt").toString());
        LoadOptions options = LoadOptions.defaults();

        Seen walked = new Seen(Integer.MAX_VALUE);
        assertTrue(InputWalk.walk(arguments, options, walked));
        Seen replayed = new Seen(Integer.MAX_VALUE);
        try (WalkAhead ahead = WalkAhead.start(arguments, options)) {
            assertTrue(ahead.replay(replayed));
        }

        // 601 in news, the single file, the absent one, the invalid path's problem, not 0003 again
        assertEquals(604, walked.lines.size());
        assertTrue(walked.lines.stream().anyMatch(line -> line.endsWith(" not stated")));
        assertTrue(walked.lines.stream().anyMatch(line -> line.startsWith("problem ")));
        assertEquals(walked.lines, replayed.lines);
    }

    /** The check's slots as lines: a file's name, key and size, or a problem. */
    private static List<String> slotLines(CheckedInputs checked) {
        List<String> lines = new ArrayList<>();
        for (CheckedInputs.Slot slot : checked.slots()) {
            if (slot instanceof CheckedInputs.Fresh fresh) {
                lines.add(fresh.file().name() + " " + fresh.file().path() + " " + fresh.key() + " "
                        + (fresh.stamp() == null
                                ? "not stated"
                                : fresh.stamp().size() + " " + fresh.stamp().fileKey()));
            } else if (slot instanceof CheckedInputs.Walked walked) {
                lines.add("problem " + walked.problem().describe());
            } else {
                lines.add("listed " + slot);
            }
        }
        return lines;
    }

    @Test
    void theLoadsCheckTakesTheWalkNobodyTookAndWalksItselfOtherwise() throws IOException {
        for (int i = 0; i < 300; i++) {
            touch(String.format("news/%04d.txt", i));
        }
        touch("news/deeper/a.txt");
        touch("single.txt");
        List<String> arguments = List.of(
                dir.resolve("news").toString(),
                dir.resolve("single.txt").toString(),
                dir.resolve("absent").toString());
        LoadOptions options = LoadOptions.defaults();
        List<String> walked = slotLines(CheckedInputs.check(arguments, options, java.util.Map.of(), null));
        assertEquals(303, walked.size()); // 301 in news, the single file, the absent one

        try (WalkAhead ahead = WalkAhead.start(arguments, options)) {
            assertFalse(ahead.taken());
            assertEquals(walked, slotLines(CheckedInputs.check(arguments, options, java.util.Map.of(), ahead)));
            assertTrue(ahead.taken(), "the check took the walk");
        }
        try (WalkAhead ahead = WalkAhead.start(arguments, options)) {
            assertFalse(ahead.replay(new Seen(5))); // a listing that took part of it and stopped
            assertEquals(walked, slotLines(CheckedInputs.check(arguments, options, java.util.Map.of(), ahead)));
        }
    }

    @Test
    void stopsWhenTheVisitorDoes() throws IOException {
        for (int i = 0; i < 300; i++) {
            touch(String.format("news/%04d.txt", i));
        }
        Seen seen = new Seen(5);
        try (WalkAhead ahead = WalkAhead.start(List.of(dir.resolve("news").toString()), LoadOptions.defaults())) {
            assertFalse(ahead.replay(seen));
        }
        assertEquals(5, seen.lines.size());
    }

    @Test
    void closingEndsAWalkNobodyTakesOnceItIsAsFarAheadAsItGoes() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        for (int i = 0; i < WalkAhead.AHEAD + 2_000; i++) {
            Files.createFile(news.resolve(String.format("%05d.txt", i)));
        }
        WalkAhead unread = WalkAhead.start(List.of(news.toString()), LoadOptions.defaults());
        Thread walker = null;
        for (int tries = 0; tries < 500 && (walker == null || walker.getState() != Thread.State.WAITING); tries++) {
            Thread.sleep(10); // until it waits with its chunks full
            walker = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().equals("lede-walk"))
                    .findFirst()
                    .orElse(null);
        }
        assertEquals(Thread.State.WAITING, walker.getState());
        assertTimeoutPreemptively(Duration.ofSeconds(5), unread::close);
        assertFalse(walker.isAlive());
    }
}
