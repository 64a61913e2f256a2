package dev.lede.io;

import dev.lede.core.article.Problem;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Where the {@link Loader}'s inputs are parsed: a few threads, at most {@value #WINDOW} inputs ahead of the
 * one being handed over, each parse under a time budget ({@link ParseBudget}) and all of them under one
 * memory allowance. Results reach the sink in the order the inputs were submitted.
 */
final class ParsePool {

    /** Parsed inputs waiting in order: enough to keep the pool busy, few enough to bound memory. */
    private static final int WINDOW = 16;

    /** Inputs submitted before the parse clocks are looked up (a few screenfuls: off the first frame's path). */
    private static final int CLOCKS_AFTER = 256;

    /** How often a wait for a parse looks again at its budget. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final InputFormat format;
    private final ParseBudget parseBudget;
    /**
     * Bytes being parsed at once, in KiB: a parse holds many times its input in memory, so large files
     * take turns instead of running out of heap together (one larger than the whole allowance runs alone).
     */
    private final Semaphore parsingKib;

    private final int parsingKibLimit;
    private int submitted; // inputs handed to the pool, by the one loading thread

    ParsePool(InputFormat format, Duration parseBudget) {
        this.format = format;
        this.parseBudget = new ParseBudget(parseBudget);
        this.parsingKibLimit = (int) Math.max(1024, Runtime.getRuntime().maxMemory() / 16 / 1024);
        this.parsingKib = new Semaphore(parsingKibLimit);
    }

    /** The work for one input, named as its problems name it; {@code work} reads it and calls {@link Job#parse}. */
    Job job(String name, Function<Job, Parsed> work) {
        return new Job(name, work);
    }

    /** An input that gave nothing says so: every input named yields an article or a line. */
    static Parsed explained(String name, Parsed parsed) {
        if (parsed.articles().isEmpty() && parsed.problems().isEmpty()) {
            return new Parsed(List.of(), List.of(new Problem(name, "no article found; skipped")), parsed.lasting());
        }
        return parsed;
    }

    /** Starts threads for one load into {@code sink}; close the run to stop them. */
    Run start(LoadSink sink) {
        return new Run(sink);
    }

    /** One load's threads and the inputs submitted to them, not yet handed over. */
    final class Run implements AutoCloseable {

        private final LoadSink sink;
        private final ThreadPoolExecutor pool;
        private final Deque<Pending> pending = new ArrayDeque<>();

        private Run(LoadSink sink) {
            this.sink = sink;
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            // Daemon threads: a parse abandoned over its budget must not keep the JVM alive.
            this.pool = new ThreadPoolExecutor(
                    threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
                        Thread thread = new Thread(runnable, "lede-loader");
                        thread.setDaemon(true);
                        return thread;
                    });
        }

        /** Queues {@code job}, first handing over the results that are done or that the window cannot hold. */
        void submit(Job job) {
            while (pending.size() >= WINDOW
                    || !pending.isEmpty() && pending.peekFirst().future().isDone()) {
                deliver(pending.removeFirst());
            }
            if (++submitted == CLOCKS_AFTER) {
                pool.execute(parseBudget::prepare); // on a pool thread, between two parses
            }
            pending.addLast(new Pending(job, pool.submit(() -> explained(job.name, job.work.apply(job)))));
        }

        /** Hands every result still pending to the sink, in order, waiting for each. */
        void finish() {
            while (!pending.isEmpty()) {
                deliver(pending.removeFirst());
            }
        }

        /**
         * Hands one result to the sink, waiting for it at most the parse budget from when its parse began. A
         * parse over budget is abandoned (a CPU-bound parser ignores the interrupt, so its daemon thread may
         * run on) and the pool grows by one thread so the inputs after it keep their pace.
         */
        private void deliver(Pending next) {
            Future<Parsed> future = next.future();
            try {
                while (true) {
                    ParseBudget.Clock clock = next.job().clock;
                    if (clock != null && clock.over() && !future.isDone()) {
                        future.cancel(true);
                        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                        sink.loaded(next.job().overBudget());
                        return;
                    }
                    try {
                        sink.loaded(future.get(POLL_NANOS, TimeUnit.NANOSECONDS));
                        return;
                    } catch (TimeoutException e) {
                        // not done yet: look at the budget again
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
            } catch (OutOfMemoryError e) {
                // The heap ran out in this thread as it waited (each look allocates): the parse in flight filled
                // it, and is dropped and said as a parse that runs out itself is.
                future.cancel(true);
                sink.loaded(next.job().outOfMemory());
            } catch (ExecutionException e) {
                // parse() and the readers report problems; this is a bug, reported without a stack trace
                sink.loaded(Parsed.skippedForNow(new Problem("lede", "internal error while loading: " + e.getCause())));
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** A submitted job and its result to come. */
    private record Pending(Job job, Future<Parsed> future) {}

    /**
     * The work for one input. The budget clock starts when the parse does, not while stdin or the network
     * is still being read.
     */
    final class Job {
        private final String name;
        private final Function<Job, Parsed> work;
        private volatile ParseBudget.Clock clock;

        private Job(String name, Function<Job, Parsed> work) {
            this.name = name;
            this.work = work;
        }

        /** Parses {@code input}; one that finished, but over budget, is skipped all the same. */
        Parsed parse(Input input) {
            int kib = Math.min(parsingKibLimit, Math.max(1, input.bytes().length / 1024));
            parsingKib.acquireUninterruptibly(kib);
            try {
                ParseBudget.Clock started = parseBudget.start();
                clock = started;
                Parsed parsed = new Parsers(format).parse(input);
                return started.over() ? overBudget() : parsed;
            } catch (OutOfMemoryError e) {
                // What the failed parse held is garbage now: report this input and go on with the rest.
                return outOfMemory();
            } finally {
                parsingKib.release(kib);
            }
        }

        Parsed outOfMemory() {
            return Parsed.skippedForNow(new Problem(name, "too large to read in the memory lede has (-Xmx); skipped"));
        }

        Parsed overBudget() {
            return Parsed.skippedForNow(
                    new Problem(name, "took longer than " + parseBudget.describe() + " to read; skipped"));
        }
    }
}
