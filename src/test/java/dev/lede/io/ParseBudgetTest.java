package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ParseBudgetTest {

    // Runs on a fresh thread, as loader pool threads are: its whole CPU time is this work's.
    private static <T> T onFreshThread(java.util.function.Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        Thread thread = new Thread(() -> result.set(work.get()));
        thread.start();
        thread.join();
        return result.get();
    }

    private static void spinFor(Duration cpu) {
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long sink = 0;
        while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start < cpu.toNanos()) {
            sink += System.nanoTime() % 7;
        }
        if (sink == 42) {
            System.out.print("");
        }
    }

    @Test
    void aParseStartedBeforeTheClocksWereLookedUpIsNotOverWhileItOnlyWaits() throws InterruptedException {
        ParseBudget budget = new ParseBudget(Duration.ofMillis(100));
        boolean over = onFreshThread(() -> {
            ParseBudget.Clock clock = budget.start();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return clock.over();
        });
        assertFalse(over, "waiting is not parsing: a busy machine must not make a good file miss its budget");
    }

    @Test
    void aParseStartedBeforeTheClocksWereLookedUpIsOverOnceItHasUsedTheBudgetInCpu() throws InterruptedException {
        ParseBudget budget = new ParseBudget(Duration.ofMillis(50));
        boolean over = onFreshThread(() -> {
            ParseBudget.Clock clock = budget.start();
            spinFor(Duration.ofMillis(120));
            return clock.over();
        });
        assertTrue(over);
    }

    @Test
    void aParseStartedAfterPrepareCountsOnlyItsOwnCpu() throws InterruptedException {
        ParseBudget budget = new ParseBudget(Duration.ofMillis(100));
        boolean over = onFreshThread(() -> {
            budget.prepare();
            spinFor(Duration.ofMillis(150)); // before the parse: not counted
            ParseBudget.Clock clock = budget.start();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return clock.over();
        });
        assertFalse(over);
    }
}
