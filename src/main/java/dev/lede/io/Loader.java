package dev.lede.io;

import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads files, directories (lazily, in order), stdin ({@code -}) and URLs, parses them on a small pool
 * and hands each result to a {@link LoadSink} in input order as soon as it and all before it are done,
 * so the first articles are usable long before a large folder is read. Problems never stop the rest.
 */
public final class Loader {

    /** Fetches a URL argument; {@link UrlFetcher} in production, a stub in tests. */
    public interface UrlSource {
        Input fetch(String url) throws IOException;
    }

    /** Parsed inputs waiting in order: enough to keep the pool busy, few enough to bound memory. */
    private static final int WINDOW = 16;

    private final LoadOptions options;
    private final InputStream stdin;
    private final UrlSource urls;
    private final InputReader reader;
    private final FileArticleStore store;
    private boolean stdinRead;

    public Loader(LoadOptions options) {
        this(options, System.in, defaultUrls(options));
    }

    /** URLs fetched over the network, under the same size cap as files. */
    public static UrlSource defaultUrls(LoadOptions options) {
        UrlFetcher fetcher = new UrlFetcher(FetchOptions.defaults().withMaxBytes(options.maxSize()));
        return fetcher::fetch;
    }

    public Loader(LoadOptions options, InputStream stdin, UrlSource urls) {
        this.options = options;
        this.stdin = stdin;
        this.urls = urls;
        this.reader = new InputReader(options.maxSize());
        this.store = new FileArticleStore(options);
    }

    /** Where opened articles are read again from: files re-read, stdin and URL articles kept. */
    public FileArticleStore store() {
        return store;
    }

    /** Loads every argument in order into {@code sink}, then calls {@code finished}; blocks until done. */
    public void load(List<String> arguments, LoadSink sink) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "lede-loader");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Parsed>> pending = new ArrayDeque<>();
        try {
            for (String argument : arguments) {
                if (argument.equals(Source.STDIN)) {
                    submit(pool, pending, sink, this::readStdin);
                } else if (argument.startsWith("http://") || argument.startsWith("https://")) {
                    submit(pool, pending, sink, () -> fetch(argument));
                } else {
                    loadPath(argument, pool, pending, sink);
                }
            }
            while (!pending.isEmpty()) {
                deliver(pending.removeFirst(), sink);
            }
        } finally {
            pool.shutdownNow();
        }
        sink.finished();
    }

    private void loadPath(String argument, ExecutorService pool, Deque<Future<Parsed>> pending, LoadSink sink) {
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            submit(pool, pending, sink, () -> Parsed.skipped(new Problem(argument, "not a valid path")));
            return;
        }
        if (!Files.isDirectory(path)) {
            submit(pool, pending, sink, () -> readFile(path, argument));
            return;
        }
        DirectoryWalk walk = new DirectoryWalk(path, options);
        while (walk.hasNext()) {
            Path file = walk.next();
            for (Problem problem : walk.drainProblems()) {
                submit(pool, pending, sink, () -> Parsed.skipped(problem));
            }
            submit(pool, pending, sink, () -> readFile(file, file.toString()));
        }
        for (Problem problem : walk.drainProblems()) {
            submit(pool, pending, sink, () -> Parsed.skipped(problem));
        }
    }

    private void submit(ExecutorService pool, Deque<Future<Parsed>> pending, LoadSink sink, Callable<Parsed> job) {
        while (pending.size() >= WINDOW || !pending.isEmpty() && pending.peekFirst().isDone()) {
            deliver(pending.removeFirst(), sink);
        }
        pending.addLast(pool.submit(job));
    }

    private static void deliver(Future<Parsed> future, LoadSink sink) {
        try {
            sink.loaded(future.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
        } catch (ExecutionException e) {
            // parse() and the readers report problems; this is a bug, reported without a stack trace
            sink.loaded(Parsed.skipped(new Problem("lede", "internal error while loading: " + e.getCause())));
        }
    }

    private Parsed readFile(Path path, String name) {
        Source source = Source.of(name);
        try {
            return parse(Input.of(source, reader.readFile(path)));
        } catch (InputReader.SkippedInput e) {
            return Parsed.skipped(new Problem(name, e.getMessage()));
        }
    }

    private Parsed readStdin() {
        synchronized (this) {
            if (stdinRead) {
                return Parsed.skipped(new Problem(Source.STDIN, "stdin was already read; skipped"));
            }
            stdinRead = true;
        }
        try {
            Parsed parsed = parse(Input.of(Source.of(Source.STDIN), reader.readStream(stdin)));
            store.keep(parsed);
            return parsed;
        } catch (InputReader.SkippedInput e) {
            return Parsed.skipped(new Problem(Source.STDIN, e.getMessage()));
        }
    }

    private Parsed fetch(String url) {
        try {
            Input input = urls.fetch(url);
            byte[] bytes = reader.checked(new java.io.ByteArrayInputStream(input.bytes()));
            Parsed parsed = parse(new Input(input.source(), bytes, input.contentType()));
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

    private Parsed parse(Input input) {
        return new Parsers(options.format()).parse(input);
    }
}
