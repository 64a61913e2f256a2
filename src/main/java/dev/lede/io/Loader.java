// Over 300 lines: one parse pool, with its time and memory budgets, serves files, folders, stdin and URLs in order.
package dev.lede.io;

import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
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
import java.util.function.Supplier;

/**
 * Reads files, directories (lazily, in order), stdin ({@code -}) and URLs, parses them on a small pool
 * and hands each result to a {@link LoadSink} in input order as soon as it and all before it are done,
 * so the first articles are usable long before a large folder is read. Problems never stop the rest,
 * and neither does a pathological input: a parse that runs over its budget is abandoned and skipped.
 */
public final class Loader {

    /** Fetches a URL argument; {@link UrlFetcher} in production, a stub in tests. */
    public interface UrlSource {
        Input fetch(String url) throws IOException;
    }

    /** Parsed inputs waiting in order: enough to keep the pool busy, few enough to bound memory. */
    private static final int WINDOW = 16;

    /** How long one input may take to parse before it is skipped (CPU time, see {@link ParseBudget}). */
    public static final Duration DEFAULT_PARSE_BUDGET = Duration.ofSeconds(10);

    /** Inputs submitted before the parse clocks are looked up (a few screenfuls: off the first frame's path). */
    private static final int CLOCKS_AFTER = 256;

    /** How often a wait for a parse looks again at its budget. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final LoadOptions options;
    private final InputStream stdin;
    private final UrlSource urls;
    private final InputReader reader;
    private final FileArticleStore store;
    private final ParseBudget parseBudget;
    /**
     * Bytes being parsed at once, in KiB: a parse holds many times its input in memory, so large files
     * take turns instead of running out of heap together (one larger than the whole allowance runs alone).
     */
    private final Semaphore parsingKib;

    private final int parsingKibLimit;
    private int submitted; // inputs handed to the pool, by the one loading thread
    private boolean stdinRead;
    private SeenFiles seen = SeenFiles.forArguments(0);
    /** URLs being fetched apart from the ordered inputs ({@link LoadOptions#urlsWhenFetched}). */
    private final UrlFetches fetches = new UrlFetches(url -> explained(url, fetch(url, new Job(url, job -> null))));

    public Loader(LoadOptions options) {
        this(options, System.in, defaultUrls(options));
    }

    /**
     * URLs fetched over the network, under the same size cap as files. The HTTP client is made on the
     * first fetch: building it loads the TLS stack, a large part of start-up that most runs never use.
     */
    public static UrlSource defaultUrls(LoadOptions options) {
        return onFirstFetch(() -> new UrlFetcher(FetchOptions.defaults().withMaxBytes(options.maxSize()))::fetch);
    }

    /** A source that asks {@code make} for the real one on its first fetch, once, and never before. */
    static UrlSource onFirstFetch(Supplier<UrlSource> make) {
        return new UrlSource() {
            private UrlSource made;

            private synchronized UrlSource made() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }

            @Override
            public Input fetch(String url) throws IOException {
                return made().fetch(url); // not under the lock: fetches on several threads run at once
            }
        };
    }

    public Loader(LoadOptions options, InputStream stdin, UrlSource urls) {
        this(options, stdin, urls, DEFAULT_PARSE_BUDGET);
    }

    /** As above, with the time one input may take to parse ({@link #DEFAULT_PARSE_BUDGET} otherwise). */
    public Loader(LoadOptions options, InputStream stdin, UrlSource urls, Duration parseBudget) {
        this.options = options;
        this.parseBudget = new ParseBudget(parseBudget);
        this.parsingKibLimit = (int) Math.max(1024, Runtime.getRuntime().maxMemory() / 16 / 1024);
        this.parsingKib = new Semaphore(parsingKibLimit);
        this.stdin = stdin;
        this.urls = urls;
        this.reader = new InputReader(options.maxSize());
        this.store = new FileArticleStore(options);
    }

    /** Where opened articles are read again from: files re-read, stdin and URL articles kept. */
    public FileArticleStore store() {
        return store;
    }

    /**
     * Stops every fetch in progress: each is reported as a problem "cancelled" (only with
     * {@link LoadOptions#urlsWhenFetched}; in input order a fetch ends by its timeout).
     */
    public void cancelFetches() {
        fetches.cancelAll();
    }

    /**
     * Loads every argument in order into {@code sink}, then calls {@code finished}; blocks until done.
     * With {@link LoadOptions#urlsWhenFetched}, URLs are fetched alongside and each is handed over when it
     * is ready, announced by {@link LoadSink#fetching}; the sink is then called from one thread at a time.
     */
    public void load(List<String> arguments, LoadSink given) {
        LoadSink sink = options.urlsWhenFetched() ? new OneAtATimeSink(given) : given;
        seen = SeenFiles.forArguments(arguments.size());
        ThreadPoolExecutor pool = newPool();
        Deque<Pending> pending = new ArrayDeque<>();
        try {
            for (String argument : arguments) {
                if (argument.equals(Source.STDIN)) {
                    submit(pool, pending, sink, new Job(Source.STDIN, this::readStdin));
                } else if (argument.startsWith("http://") || argument.startsWith("https://")) {
                    if (options.urlsWhenFetched()) {
                        fetches.start(argument, sink);
                    } else {
                        submit(pool, pending, sink, new Job(argument, job -> fetch(argument, job)));
                    }
                } else {
                    loadPath(argument, pool, pending, sink);
                }
            }
            while (!pending.isEmpty()) {
                deliver(pending.removeFirst(), sink, pool);
            }
            fetches.awaitAll();
        } finally {
            pool.shutdownNow();
        }
        sink.finished();
    }

    /** A file to read under the name the library gives it. */
    record NamedFile(Path path, String name) {}

    /**
     * Reads and parses these files in order into {@code sink}, exactly one result each (skipped ones
     * included), on the same pool and budgets as {@link #load}; blocks until done. For the files the
     * library index found new or changed.
     */
    void loadFiles(List<NamedFile> files, LoadSink sink) {
        ThreadPoolExecutor pool = newPool();
        Deque<Pending> pending = new ArrayDeque<>();
        try {
            for (NamedFile file : files) {
                submit(pool, pending, sink, new Job(file.name(), job -> readFile(file.path(), file.name(), job)));
            }
            while (!pending.isEmpty()) {
                deliver(pending.removeFirst(), sink, pool);
            }
        } finally {
            pool.shutdownNow();
        }
        sink.finished();
    }

    private static ThreadPoolExecutor newPool() {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        // Daemon threads: a parse abandoned over its budget must not keep the JVM alive.
        return new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "lede-loader");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    private void loadPath(String argument, ThreadPoolExecutor pool, Deque<Pending> pending, LoadSink sink) {
        InputWalk.walk(argument, seen, options, new InputWalk.Visitor() {
            @Override
            public boolean file(Path file, String name) {
                submit(pool, pending, sink, new Job(name, job -> readFile(file, name, job)));
                return true;
            }

            @Override
            public void problem(Problem problem) {
                submit(pool, pending, sink, skipped(problem));
            }
        });
    }

    /** Why a folder the user named gave nothing, when no file in it was even tried. */
    static String nothingIn(int otherKinds) {
        if (otherKinds == 0) {
            return "no articles found (no files to read in it)";
        }
        return "no articles found (" + otherKinds + (otherKinds == 1 ? " file" : " files") + " of other kinds ignored)";
    }

    private Job skipped(Problem problem) {
        return new Job(problem.source(), job -> Parsed.skipped(problem));
    }

    private void submit(ThreadPoolExecutor pool, Deque<Pending> pending, LoadSink sink, Job job) {
        while (pending.size() >= WINDOW
                || !pending.isEmpty() && pending.peekFirst().future().isDone()) {
            deliver(pending.removeFirst(), sink, pool);
        }
        if (++submitted == CLOCKS_AFTER) {
            pool.execute(parseBudget::prepare); // on a pool thread, between two parses
        }
        pending.addLast(new Pending(
                job, pool.submit(() -> explained(job.name(), job.work().apply(job)))));
    }

    /** An input that gave nothing says so: every input named yields an article or a line. */
    private static Parsed explained(String name, Parsed parsed) {
        if (parsed.articles().isEmpty() && parsed.problems().isEmpty()) {
            return Parsed.skipped(new Problem(name, "no article found; skipped"));
        }
        return parsed;
    }

    /**
     * Hands one result to the sink, waiting for it at most the parse budget from when its parse began. A
     * parse over budget is abandoned (a CPU-bound parser ignores the interrupt, so its daemon thread may
     * run on) and the pool grows by one thread so the inputs after it keep their pace.
     */
    private void deliver(Pending next, LoadSink sink, ThreadPoolExecutor pool) {
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
        } catch (ExecutionException e) {
            // parse() and the readers report problems; this is a bug, reported without a stack trace
            sink.loaded(Parsed.skipped(new Problem("lede", "internal error while loading: " + e.getCause())));
        }
    }

    private Parsed readFile(Path path, String name, Job job) {
        Source source = Source.of(name);
        try {
            byte[] bytes = reader.readFile(path);
            store.readFrom(name, path);
            return job.parse(Input.of(source, bytes));
        } catch (InputReader.SkippedInput e) {
            return Parsed.skipped(new Problem(name, e.getMessage()));
        }
    }

    private Parsed readStdin(Job job) {
        synchronized (this) {
            if (stdinRead) {
                return Parsed.skipped(new Problem(Source.STDIN, "stdin was already read; skipped"));
            }
            stdinRead = true;
        }
        try {
            Parsed parsed = job.parse(Input.of(Source.of(Source.STDIN), reader.readStream(stdin)));
            store.keep(parsed);
            return parsed;
        } catch (InputReader.EmptyInput e) {
            return Parsed.skipped(new Problem(Source.STDIN, "stdin was empty"));
        } catch (InputReader.SkippedInput e) {
            return Parsed.skipped(new Problem(Source.STDIN, e.getMessage()));
        }
    }

    private Parsed fetch(String url, Job job) {
        try {
            Input input = urls.fetch(url);
            byte[] bytes = reader.checked(new java.io.ByteArrayInputStream(input.bytes()));
            Parsed parsed = job.parse(new Input(input.source(), bytes, input.contentType()));
            store.keep(parsed);
            return parsed;
        } catch (IOException e) {
            return Parsed.skipped(new Problem(url, reason(url, e)));
        } catch (InputReader.SkippedInput e) {
            return Parsed.skipped(new Problem(url, e.getMessage()));
        }
    }

    /** The fetcher's message names the URL already; the problem names it once. */
    private static String reason(String url, IOException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "cannot be fetched";
        }
        return message.startsWith(url + ": ") ? message.substring(url.length() + 2) : message;
    }

    /** A submitted job and its result to come. */
    private record Pending(Job job, Future<Parsed> future) {}

    /**
     * The work for one input, named as problems name it. The budget clock starts when the parse does,
     * not while stdin or the network is still being read.
     */
    private final class Job {
        private final String name;
        private final Function<Job, Parsed> work;
        private volatile ParseBudget.Clock clock;

        Job(String name, Function<Job, Parsed> work) {
            this.name = name;
            this.work = work;
        }

        String name() {
            return name;
        }

        Function<Job, Parsed> work() {
            return work;
        }

        /** Parses {@code input}; one that finished, but over budget, is skipped all the same. */
        Parsed parse(Input input) {
            int kib = Math.min(parsingKibLimit, Math.max(1, input.bytes().length / 1024));
            parsingKib.acquireUninterruptibly(kib);
            try {
                ParseBudget.Clock started = parseBudget.start();
                clock = started;
                Parsed parsed = new Parsers(options.format()).parse(input);
                return started.over() ? overBudget() : parsed;
            } catch (OutOfMemoryError e) {
                // What the failed parse held is garbage now: report this input and go on with the rest.
                return Parsed.skipped(new Problem(name, "too large to read in the memory lede has (-Xmx); skipped"));
            } finally {
                parsingKib.release(kib);
            }
        }

        Parsed overBudget() {
            return Parsed.skipped(
                    new Problem(name, "took longer than " + parseBudget.describe() + " to read; skipped"));
        }
    }
}
