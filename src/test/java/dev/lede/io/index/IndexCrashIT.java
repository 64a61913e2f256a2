package dev.lede.io.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@value #KILLS} times a process rewriting the index batch after batch is killed with SIGKILL at a random
 * moment. Afterwards the index always opens without being set aside, every input holds one whole batch
 * (stamp, articles and search agreeing), and no batch confirmed before the kill is lost.
 */
class IndexCrashIT {

    static final int KILLS = 12;

    @TempDir
    Path temp;

    @Test
    void killedWhileIndexingTheIndexNeverMisleads() throws Exception {
        Path cache = temp.resolve("cache");
        Path file = cache.resolve("lede/index.db");
        Random random = new Random(12);
        long confirmed = 0;
        for (int round = 0; round < KILLS; round++) {
            Path output = temp.resolve("child-" + round + ".out");
            Process child =
                    ChildJvm.start(cache, output, List.of(), file.toString(), "write", String.valueOf(confirmed + 1));
            ChildJvm.awaitLine(child, output, "ready");
            if (round % 2 == 1) {
                // Every other round lets one batch through first, so that batches are written however slow a
                // busy machine makes them; the even rounds may kill the child anywhere, its first batch too.
                ChildJvm.awaitLine(child, output, String.valueOf(confirmed + 1));
            }
            Thread.sleep(random.nextInt(600));
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, nothing flushed or rolled back
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            for (String line : ChildJvm.lines(output)) {
                if (line.matches("\\d+")) {
                    confirmed = Math.max(confirmed, Long.parseLong(line));
                }
            }
            List<String> warnings = new ArrayList<>();
            try (LibraryIndex index = LibraryIndex.open(file, IndexChild.environment(cache), warnings::add)
                    .orElseThrow()) {
                assertEquals(List.of(), warnings, "after kill " + (round + 1));
                if (confirmed > 0) {
                    long version = IndexProcessesTest.assertWholeBatch(index);
                    assertTrue(version >= confirmed, "after kill " + (round + 1) + " batch " + confirmed + " is lost");
                    confirmed = version; // a batch committed just before the kill, unconfirmed, counts too
                    assertEquals(
                            IndexChild.ITEMS * IndexChild.INPUTS,
                            index.search(IndexChild.SCOPE, "v" + version + " ", 1000)
                                    .size(),
                            "the search index holds the same version");
                    assertEquals(
                            0,
                            index.search(IndexChild.SCOPE, "v" + (version - 1) + " ", 1000)
                                    .size(),
                            "and nothing of the one before");
                }
            }
            try (var files = Files.list(file.getParent())) {
                assertEquals(
                        0,
                        files.filter(p -> p.getFileName().toString().contains("unreadable"))
                                .count());
            }
        }
        assertTrue(confirmed >= KILLS / 2, "batches were written between the kills: " + confirmed);
        System.out.printf("index crash safety: %d kills, %d batches committed, every input whole%n", KILLS, confirmed);
    }
}
