package dev.lede.io.index;

import dev.lede.core.article.Article;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The other process of {@link IndexProcessesTest}. Arguments: the index file, then
 * {@code open} (opens the index, prints "opened" and where the driver unpacked its native library) or
 * {@code write <first version>} (prints "ready", then rewrites {@value #INPUTS} inputs to version after
 * version, one batch each, printing each version once its batch is committed).
 */
public final class IndexChild {

    static final int INPUTS = 50;
    static final int ITEMS = 3;
    static final IndexScope SCOPE = IndexScope.of(List.of(Path.of("/synthetic")));

    private IndexChild() {}

    static String path(int input) {
        return "/synthetic/input" + input;
    }

    /** Input {@code input} at {@code version}: a text whose headline and body name both, parsed as lede would. */
    static Parsed parsed(int input, long version) {
        String text =
                "Input " + input + " version v" + version + "\n\nBody of v" + version + " for input " + input + ".\n";
        return new Parsers(InputFormat.AUTO)
                .parse(Input.of(Source.of(path(input)), text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Optional<LibraryIndex> opened = LibraryIndex.open(file, System.getenv(), System.err::println);
        if (args[1].equals("open")) {
            System.out.println(opened.isPresent() ? "opened" : "not opened");
            System.out.println(System.getProperty(SqliteNative.TMPDIR_PROPERTY));
            System.out.println(System.getProperty(SqliteNative.LIB_PATH_PROPERTY));
            opened.ifPresent(index -> System.out.println(index.count(SCOPE)));
            return;
        }
        LibraryIndex index = opened.orElseThrow();
        long version = Long.parseLong(args[2]);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            try (IndexBatch batch = index.batch()) {
                for (int input = 0; input < INPUTS; input++) {
                    // The stamp's size carries the version, so the parent can tell what each input was written with.
                    batch.put(
                            path(input),
                            new FileStamp(version, 0, "key" + input, 0),
                            path(input),
                            repeat(parsed(input, version)),
                            Article::lede);
                }
                batch.commit();
            }
            System.out.println(version);
            System.out.flush();
            version++;
            // Between batches a real writer parses the next files; a loop that took the lock straight
            // back would starve the other process's writer, which polls for it.
            Thread.sleep(20);
        }
    }

    /** The input's article {@value #ITEMS} times, as a feed with that many items would give. */
    private static Parsed repeat(Parsed one) {
        Article article = one.articles().get(0);
        List<Article> items = new java.util.ArrayList<>();
        for (int item = 1; item <= ITEMS; item++) {
            items.add(new Article(
                    article.id(),
                    article.source().forItem(item),
                    article.format(),
                    article.headline(),
                    article.byline(),
                    article.published(),
                    article.url(),
                    article.site(),
                    article.body(),
                    article.related(),
                    article.links(),
                    article.problems()));
        }
        return new Parsed(items, one.problems());
    }

    static Map<String, String> environment(Path cache) {
        return Map.of("XDG_CACHE_HOME", cache.toString());
    }
}
