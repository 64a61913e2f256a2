package dev.lede.io.index;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens an index in the cache folder given, stores one article and finds it again with an FTS5 query,
 * printing what each step cost. The release check runs it in every download (a jlink image without
 * java.sql, or a single jar without the native libraries, fails here), and it is what measures the
 * driver's cold start. Success is the line {@code index ok: 1 hit} on stdout (only Main sets exit
 * codes). Usage: {@code java -cp ... dev.lede.io.index.IndexProbe <cache folder>}.
 */
public final class IndexProbe {

    private IndexProbe() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: IndexProbe <cache folder>");
            return;
        }
        long start = System.nanoTime();
        Map<String, String> environment =
                Map.of("XDG_CACHE_HOME", Path.of(args[0]).toAbsolutePath().toString());
        Path file = LibraryIndex.defaultFile(environment).orElseThrow();
        Optional<LibraryIndex> opened = LibraryIndex.open(file, environment, System.err::println);
        if (opened.isEmpty()) {
            return; // the reason is on stderr already
        }
        long openedAt = System.nanoTime();
        try (LibraryIndex index = opened.get()) {
            String name = "/probe/harbour.txt";
            Parsed parsed = new Parsers(InputFormat.AUTO)
                    .parse(Input.of(
                            Source.of(name),
                            "Harbour wall opens\n\nThe harbour wall opened on Monday.\n"
                                    .getBytes(StandardCharsets.UTF_8)));
            try (IndexBatch batch = index.batch()) {
                batch.put(name, new FileStamp(1, 0, null, 0), name, parsed, Article::lede);
                batch.commit();
            }
            long queryStart = System.nanoTime();
            int hits = index.search(IndexScope.of(List.of(Path.of("/probe"))), "harb", 10)
                    .size();
            long done = System.nanoTime();
            Optional<Instant> jvmStart = ProcessHandle.current().info().startInstant();
            System.out.printf(
                    "index ok: %d hit; open %d ms, first query %d ms, since the JVM started %s%n",
                    hits,
                    (openedAt - start) / 1_000_000,
                    (done - queryStart) / 1_000_000,
                    jvmStart.map(t -> Duration.between(t, Instant.now()).toMillis() + " ms")
                            .orElse("unknown"));
        } catch (IndexException e) {
            System.err.println("lede: " + e.getMessage());
        }
    }
}
