package dev.lede.io;

import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.Parsed;
import dev.lede.io.index.FileStamp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    /** How long one input may take to parse before it is skipped (CPU time, see {@link ParseBudget}). */
    public static final Duration DEFAULT_PARSE_BUDGET = Duration.ofSeconds(10);

    private final LoadOptions options;
    private final InputStream stdin;
    private final UrlSource urls;
    private final InputReader reader;
    private final FileArticleStore store;
    private final ParsePool parses;
    private boolean stdinRead;
    private SeenFiles seen = SeenFiles.forArguments(0);
    /** URLs being fetched apart from the ordered inputs ({@link LoadOptions#urlsWhenFetched}). */
    private final UrlFetches fetches;

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
        this.parses = new ParsePool(options.format(), parseBudget);
        this.fetches = new UrlFetches(url -> ParsePool.explained(url, fetch(url, parses.job(url, job -> null))));
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
        try (ParsePool.Run run = parses.start(sink)) {
            boolean stdinNamed = false;
            for (String argument : arguments) {
                if (argument.equals(Source.STDIN)) {
                    if (!stdinNamed) { // named again, it is read once, as a file named twice is
                        run.submit(parses.job(Source.STDIN, this::readStdin));
                    }
                    stdinNamed = true;
                } else if (argument.startsWith("http://") || argument.startsWith("https://")) {
                    if (options.urlsWhenFetched()) {
                        fetches.start(argument, sink);
                    } else {
                        run.submit(parses.job(argument, job -> fetch(argument, job)));
                    }
                } else {
                    loadPath(argument, run);
                }
            }
            run.finish();
            fetches.awaitAll();
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
        try (ParsePool.Run run = parses.start(sink)) {
            for (NamedFile file : files) {
                run.submit(parses.job(file.name(), job -> readFile(file.path(), file.name(), job)));
            }
            run.finish();
        }
        sink.finished();
    }

    private void loadPath(String argument, ParsePool.Run run) {
        InputWalk.walk(argument, seen, options, new InputWalk.Visitor() {
            @Override
            public boolean file(Path file, String name, FileStamp stamp) {
                run.submit(parses.job(name, job -> readFile(file, name, job)));
                return true;
            }

            @Override
            public void problem(Problem problem) {
                run.submit(parses.job(problem.source(), job -> Parsed.skippedForNow(problem)));
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

    private Parsed readFile(Path path, String name, ParsePool.Job job) {
        Source source = Source.of(name);
        try {
            byte[] bytes = reader.readFile(path);
            store.readFrom(name, path);
            // Read now, whatever the file's time says: no date after the day it was read is its own (PlausibleDates).
            Parsed parsed = job.parse(Input.of(source, bytes).readAt(Instant.now()));
            if (options.keptChars() > 0) {
                store.keepParsed(parsed);
            }
            return parsed;
        } catch (InputReader.SkippedInput e) {
            Problem problem = new Problem(name, e.getMessage());
            return e.lasting() ? Parsed.skipped(problem) : Parsed.skippedForNow(problem);
        }
    }

    private Parsed readStdin(ParsePool.Job job) {
        synchronized (this) {
            if (stdinRead) {
                return Parsed.skipped(new Problem(Source.STDIN, "stdin was already read; skipped"));
            }
            stdinRead = true;
        }
        try {
            byte[] bytes = reader.readStream(stdin);
            Parsed parsed = job.parse(Input.of(Source.of(Source.STDIN), bytes).readAt(Instant.now()));
            store.keep(parsed);
            return parsed;
        } catch (InputReader.EmptyInput e) {
            return Parsed.skipped(new Problem(Source.STDIN, "stdin was empty"));
        } catch (InputReader.SkippedInput e) {
            return Parsed.skipped(new Problem(Source.STDIN, e.getMessage()));
        }
    }

    private Parsed fetch(String url, ParsePool.Job job) {
        try {
            Input input = urls.fetch(url);
            byte[] bytes = reader.checked(new java.io.ByteArrayInputStream(input.bytes()));
            Parsed parsed =
                    job.parse(new Input(input.source(), bytes, input.contentType(), input.location(), input.readAt()));
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
        String named = FetchFailures.oneLine(url) + ": "; // as the fetcher names it: a control in it made two names
        return message.startsWith(named) ? message.substring(named.length()) : message;
    }
}
