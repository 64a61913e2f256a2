package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.library.Library;
import dev.lede.core.library.LibraryBuilder;
import dev.lede.core.library.LibraryEntry;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {

    @TempDir
    Path dir;

    private final List<Parsed> loaded = new ArrayList<>();
    private boolean finished;

    private final LoadSink sink = new LoadSink() {
        @Override
        public void loaded(Parsed parsed) {
            loaded.add(parsed);
        }

        @Override
        public void finished() {
            finished = true;
        }
    };

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<String> sources() {
        return loaded.stream()
                .flatMap(p -> p.articles().stream())
                .map(a -> a.source().name())
                .toList();
    }

    private List<String> problems() {
        return loaded.stream()
                .flatMap(p -> p.problems().stream())
                .map(Problem::describe)
                .toList();
    }

    private void load(byte[] stdin, String... args) {
        new Loader(LoadOptions.defaults(), new ByteArrayInputStream(stdin), url -> {
                    throw new IOException("offline");
                })
                .load(List.of(args), sink);
    }

    @Test
    void readsDirectoriesRecursivelyInNameOrderSkippingHiddenAndBinaryTypes() throws IOException {
        write("b.txt", "Bee story.\nBody.");
        write("a.txt", "Ay story.\nBody.");
        write("sub/c.txt", "Sea story.\nBody.");
        write(".hidden.txt", "Hidden story.");
        write(".git/d.txt", "Hidden dir story.");
        write("photo.jpg", "not really a photo");
        load(new byte[0], dir.toString());
        assertEquals(
                List.of(
                        dir.resolve("a.txt").toString(),
                        dir.resolve("b.txt").toString(),
                        dir.resolve("sub/c.txt").toString()),
                sources());
        assertTrue(finished);
    }

    @Test
    void filesAndStdinAreReadNowSoADateYearsAheadIsNoDate() throws IOException {
        // 2098 is far past any day this test runs on (and within the years a date may have).
        write("ahead.txt", "Title: Regatta\nDate: 2098-06-01\n\nEntries open.");
        load(
                "Title: Fireworks\nDate: 2098-06-01\n\nOver the quay.".getBytes(StandardCharsets.UTF_8),
                dir.toString(),
                "-");
        assertEquals(2, loaded.stream().mapToLong(p -> p.articles().size()).sum());
        loaded.stream().flatMap(p -> p.articles().stream()).forEach(a -> assertEquals(null, a.published()));
        assertEquals(
                List.of(
                        dir.resolve("ahead.txt") + ": date \"2098-06-01\" is after the day it was read; left out",
                        "-: date \"2098-06-01\" is after the day it was read; left out"),
                problems());
    }

    @Test
    void problemsAreCollectedPerFileAndTheRestStillLoads() throws IOException {
        write("1-empty.txt", "  \n");
        Files.write(dir.resolve("2-binary.txt"), new byte[] {'a', 0, 'b'});
        write("3-good.txt", "Good story.\nBody.");
        load(new byte[0], dir.toString(), dir.resolve("missing.txt").toString());
        assertEquals(List.of(dir.resolve("3-good.txt").toString()), sources());
        assertEquals(
                List.of(
                        dir.resolve("1-empty.txt") + ": empty; skipped",
                        dir.resolve("2-binary.txt") + ": binary file; skipped",
                        dir.resolve("missing.txt") + ": no such file"),
                problems());
    }

    @Test
    void fileOverTheSizeLimitIsSkippedFromItsSize() throws IOException {
        Path big = write("big.txt", "x".repeat(3 * 1024 * 1024 / 2));
        new Loader(LoadOptions.defaults().withMaxSize(1024 * 1024), new ByteArrayInputStream(new byte[0]), url -> null)
                .load(List.of(big.toString()), sink);
        assertEquals(List.of(big + ": file is 1.5 MiB, over the 1 MiB limit (--max-size); skipped"), problems());
    }

    @Test
    void parseOverItsBudgetIsSkippedWithTheBudgetAsReason() throws IOException {
        Path slow = write("1-slow.txt", "Slow story.\n" + "Words enough to take a moment. ".repeat(20_000));
        new Loader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]), url -> null, Duration.ofNanos(1))
                .load(List.of(slow.toString()), sink);
        assertEquals(List.of(slow + ": took longer than 0 ms to read; skipped"), problems());
        assertTrue(finished);
    }

    @Test
    void unreadableFileIsAProblem() throws IOException {
        Path secret = write("secret.txt", "Secret story.");
        Assumptions.assumeTrue(secret.toFile().setReadable(false, false), "cannot change permissions here");
        Assumptions.assumeFalse(Files.isReadable(secret), "running as root: the file stays readable");
        load(new byte[0], secret.toString());
        assertEquals(List.of(secret + ": permission denied; skipped"), problems());
    }

    @Test
    void gzipIsDecompressedTransparently() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("Zipped story.\nBody.".getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("z.txt.gz");
        Files.write(file, bytes.toByteArray());
        load(new byte[0], file.toString());
        assertEquals("Zipped story.", loaded.get(0).articles().get(0).headline());
    }

    @Test
    void stdinIsReadOnceAndCombinesWithPathsInArgumentOrder() throws IOException {
        Path file = write("a.txt", "File story.\nBody.");
        load("Piped story.\nBody.".getBytes(StandardCharsets.UTF_8), file.toString(), "-", "-");
        assertEquals(List.of(file.toString(), "-"), sources());
        assertEquals(
                List.of(), problems(), "stdin named twice is read once, as a file named twice is, and skips nothing");
    }

    @Test
    void aFolderOrAMissingFileNamedTwiceIsSaidOnce() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String missing = dir.resolve("missing.txt").toString();
        load(new byte[0], empty.toString(), missing, empty.toString(), missing);
        assertEquals(
                List.of(empty + ": no articles found (no files to read in it)", missing + ": no such file"),
                problems());
    }

    @Test
    void urlFailureIsAOneLineProblem() {
        load(new byte[0], "https://news.example.com/feed");
        assertEquals(List.of("https://news.example.com/feed: offline"), problems());
    }

    @Test
    void storeReadsFilesAgainAndKeepsStdinArticles() throws IOException {
        Path file = write("a.txt", "File story.\nBody.");
        Loader loader = new Loader(
                LoadOptions.defaults(),
                new ByteArrayInputStream("Piped story.".getBytes(StandardCharsets.UTF_8)),
                url -> null);
        LibraryBuilder builder = new LibraryBuilder();
        loader.load(List.of(file.toString(), "-"), builder::add);
        Library library = builder.finish();
        Article reread = loader.store().open(library.entry(0)).orElseThrow();
        assertEquals(library.entry(0).id(), reread.id());
        assertEquals(
                "Piped story.",
                loader.store().open(library.entry(1)).orElseThrow().headline());
        Files.writeString(file, "Changed story.");
        assertTrue(loader.store().open(library.entry(0)).isEmpty(), "changed content is not the same article");
    }

    /**
     * A command that opens every article (the export) keeps what the load parsed, within its allowance, instead of
     * parsing each file again; past the allowance, or for an article kept from another file of the same text, the
     * file is read again.
     */
    @Test
    void aLoadKeepingWhatItParsedOpensThoseArticlesWithoutReadingTheirFilesAgain() throws IOException {
        Path kept = write("a.txt", "Quay story.\nBody.");
        Path twin = write("b.txt", "Quay story.\nBody.");
        Path other = write("c.txt", "Ferry story.\n" + "A body longer than the allowance leaves room for. ".repeat(4));
        // Room for both quay files however their text is counted (each under 30 characters), whichever the parallel
        // parse keeps first, and never for the ferry file (over 200).
        long allowance = 100;
        Loader loader = new Loader(
                LoadOptions.defaults().keepingParsed(allowance), new ByteArrayInputStream(new byte[0]), url -> null);
        LibraryBuilder builder = new LibraryBuilder();
        loader.loadFiles(
                List.of(
                        new Loader.NamedFile(kept, kept.toString()),
                        new Loader.NamedFile(twin, twin.toString()),
                        new Loader.NamedFile(other, other.toString())),
                builder::add);
        Library library = builder.finish();
        for (Path file : List.of(kept, twin, other)) {
            Files.writeString(file, "Changed on disk."); // read again, none of them is the article listed
        }

        LibraryEntry quay = library.entries().stream()
                .filter(e -> e.headline().equals("Quay story."))
                .findFirst()
                .orElseThrow();
        Article opened = loader.store().open(quay).orElseThrow(); // kept: the file is not read again
        assertEquals(quay.source(), opened.source(), "the entry's own file's article, not its twin's");
        LibraryEntry ferry = library.entries().stream()
                .filter(e -> e.headline().equals("Ferry story."))
                .findFirst()
                .orElseThrow();
        assertTrue(loader.store().open(ferry).isEmpty(), "past the allowance the changed file is read again");
    }

    /**
     * A date is judged against the day its input was read: listed on a day before the one a file names, the
     * article has none, and opened again later it keeps none, as the list shows it.
     */
    @Test
    void anArticleOpenedOnALaterDayIsDatedAsItIsListed() throws IOException {
        Path file = write("a.txt", "Title: Quay reopens\nDate: 2026-01-15\n\nThe quay reopened.\n");
        Parsed listedEarlier = new Parsers(InputFormat.AUTO)
                .parse(Input.of(Source.of(file.toString()), Files.readAllBytes(file))
                        .readAt(Instant.parse("2025-06-01T12:00:00Z")));
        Library library = new LibraryBuilder().add(listedEarlier).finish();
        assertNull(library.entry(0).published(), "a day after the read is no date");
        Loader loader = new Loader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]), url -> null);

        Article opened = loader.store().open(library.entry(0)).orElseThrow();

        assertNull(opened.published(), "dated as listed, not as read today");
        assertEquals("The quay reopened.", opened.bodyText());
    }

    @Test
    void theUrlSourceIsMadeOnlyWhenAUrlIsFetchedAndThenOnce() throws IOException {
        Path file = write("a.txt", "File story.\nBody.");
        int[] made = {0};
        Loader.UrlSource lazy = Loader.onFirstFetch(() -> {
            made[0]++;
            return url -> {
                throw new IOException("offline");
            };
        });
        Loader loader = new Loader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]), lazy);
        loader.load(List.of(file.toString()), sink);
        assertEquals(0, made[0], "no URL argument: no HTTP client");
        loader.load(List.of("https://news.example.com/a", "https://news.example.com/b"), sink);
        assertEquals(1, made[0]);
        assertEquals(List.of("https://news.example.com/a: offline", "https://news.example.com/b: offline"), problems());
    }

    @Test
    void aFolderThatGivesNothingSaysWhyInOneLine() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path images = Files.createDirectories(dir.resolve("images"));
        Files.write(images.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(images.resolve("b.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8});
        load(new byte[0], empty.toString(), images.toString());
        assertEquals(
                List.of(
                        empty + ": no articles found (no files to read in it)",
                        images + ": no articles found (2 files of other kinds ignored)"),
                problems());
    }

    @Test
    void anEmptyArgumentIsNoSuchFileNotTheCurrentFolder() {
        load(new byte[0], ""); // Path.of("") is the working folder, which holds files: the project's own
        assertEquals(List.of(), sources());
        assertEquals(List.of("'': no such file"), problems());
    }

    @Test
    void anInputThatGivesNoArticleAndNoProblemIsNamedAllTheSame() throws IOException {
        Path feed = write(
                "zero.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title></channel></rss>");
        load(new byte[0], feed.toString());
        assertEquals(List.of(feed + ": feed has no items"), problems());
    }

    @Test
    void aFileNamedTwiceDirectlyAndThroughItsFolderIsReadOnce() throws IOException {
        Path a = write("news/a.txt", "Ay story.\nBody.");
        write("news/b.txt", "Bee story.\nBody.");
        load(
                new byte[0],
                dir.resolve("news").toString(),
                a.toString(),
                dir.resolve("news/../news/a.txt").toString());
        assertEquals(List.of(a.toString(), dir.resolve("news/b.txt").toString()), sources());
        assertEquals(List.of(), problems());
    }

    @Test
    void aUrlThatNeverAnswersHoldsUpNoOtherInputAndEscCancelsIt() throws Exception {
        write("a.txt", "Ay story.\nBody.");
        java.util.concurrent.CountDownLatch fetching = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch fileLoaded = new java.util.concurrent.CountDownLatch(1);
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        Loader loader =
                new Loader(LoadOptions.defaults().withUrlsWhenFetched(), new ByteArrayInputStream(new byte[0]), url -> {
                    fetching.countDown();
                    try {
                        Thread.sleep(60_000); // a server that accepts and never answers
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException(url + ": interrupted");
                    }
                    throw new IOException("never");
                });
        Thread loading = new Thread(() -> loader.load(
                List.of("http://stalled.example/feed", dir.resolve("a.txt").toString()), new LoadSink() {
                    @Override
                    public void loaded(Parsed parsed) {
                        parsed.articles().forEach(article -> events.add("article " + article.headline()));
                        parsed.problems().forEach(problem -> events.add("problem " + problem.describe()));
                        if (!parsed.articles().isEmpty()) {
                            fileLoaded.countDown();
                        }
                    }

                    @Override
                    public void fetching(String url) {
                        events.add("fetching " + url);
                    }

                    @Override
                    public void fetched(String url) {
                        events.add("fetched " + url);
                    }

                    @Override
                    public void finished() {
                        events.add("finished");
                    }
                }));
        loading.start();
        assertTrue(
                fileLoaded.await(10, java.util.concurrent.TimeUnit.SECONDS), "the file waited for the URL: " + events);
        assertTrue(fetching.await(10, java.util.concurrent.TimeUnit.SECONDS));
        loader.cancelFetches();
        loading.join(10_000);
        assertEquals(
                List.of(
                        "fetching http://stalled.example/feed",
                        "article Ay story.",
                        "fetched http://stalled.example/feed",
                        "problem http://stalled.example/feed: cancelled",
                        "finished"),
                events);
    }
}
