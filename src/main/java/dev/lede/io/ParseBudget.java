package dev.lede.io;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * How long one input may take to parse. Counted in CPU time of the parsing thread, so that a busy
 * machine does not make good files miss it, with a wall-clock cap of {@value #WALL_FACTOR} times the
 * budget for a parse that is starved or stuck collecting garbage. The thread clocks come from
 * java.management, whose start-up (service lookups, MBean providers, security properties) is not
 * worth paying before the first articles: they are looked up by {@link #prepare} or when a parse first
 * runs past the budget in wall time. A parse that started before has no CPU start; its thread's whole
 * CPU time stands in for it (an upper bound: pool threads are made for each load and have done at most
 * a few hundred small parses before).
 */
final class ParseBudget {

    private static final int WALL_FACTOR = 6;

    private final Duration budget;
    private volatile boolean clocksReady;

    ParseBudget(Duration budget) {
        this.budget = budget;
    }

    /** Looks the thread clocks up now; parses that start from then on count CPU time. */
    void prepare() {
        cpuTime(Thread.currentThread().getId());
        clocksReady = true;
    }

    /** A clock for the parse that starts now on the current thread. */
    Clock start() {
        long thread = Thread.currentThread().getId();
        return new Clock(thread, clocksReady ? cpuTime(thread) : -1, System.nanoTime());
    }

    /** The budget as a user reads it: whole seconds, or milliseconds below a second. */
    String describe() {
        return budget.toSeconds() > 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
    }

    /** CPU time of a live thread in nanoseconds, or -1 where the JVM does not measure it. */
    private long cpuTime(long thread) {
        try {
            ThreadMXBean threads = Threads.BEAN;
            return threads != null && threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(thread) : -1;
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    /** The JVM's thread clocks, looked up on first use: that loads java.management. */
    private static final class Threads {
        static final ThreadMXBean BEAN = lookUp();

        /** Null where java.management is not there (a runtime image made without it): wall time only. */
        private static ThreadMXBean lookUp() {
            try {
                return ManagementFactory.getThreadMXBean();
            } catch (LinkageError | RuntimeException e) {
                return null;
            }
        }
    }

    /** One running parse: whether it has used up the budget yet. */
    final class Clock {
        private final long thread;
        private final long cpuStart;
        private final long wallStart;

        private Clock(long thread, long cpuStart, long wallStart) {
            this.thread = thread;
            this.cpuStart = cpuStart;
            this.wallStart = wallStart;
        }

        /** True once the parse has run longer than the budget; safe to ask from any thread. */
        boolean over() {
            long wall = System.nanoTime() - wallStart;
            if (wall <= budget.toNanos()) {
                return false; // a thread's CPU time never runs ahead of the wall clock
            }
            clocksReady = true;
            long cpuNow = cpuTime(thread);
            long used = cpuNow < 0 ? wall : cpuStart >= 0 ? cpuNow - cpuStart : Math.min(wall, cpuNow);
            return used > budget.toNanos() || wall > budget.toNanos() * WALL_FACTOR;
        }
    }
}
