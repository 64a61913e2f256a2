package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input named that yields no article gets a line; merged articles are said; exit statuses follow. */
class InputReportTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * README, "Formats": in a folder, a file whose name says it is of a kind lede does not read is left unopened and
     * unsaid while the folder gives articles (counted only in the folder's line when it gives none); named on the
     * command line, the same file is tried (qa21: the README had said every binary input is skipped with a line).
     */
    @Test
    void aFolderLeavesOtherKindsUnsaidWhileANamedFileIsAlwaysTried() throws IOException {
        write("mixed/a.txt", "Title: Harbour dues rise\n\nThe port board raised the dues again.\n");
        Path named = write("mixed/x.bin", "Title: Tide tables for March\n\nHigh water at noon all week.\n");
        write("mixed/.draft.txt", "Title: A hidden draft\n\nNot for the list.\n");
        CliRun folder = CliRun.of("list", dir.resolve("mixed").toString());
        assertEquals(0, folder.exitCode(), folder.err());
        assertEquals("", folder.err(), "the folder gave an article: its other kinds are not said");
        assertEquals(1, folder.out().lines().count(), folder.out());
        assertTrue(folder.out().contains("Harbour dues rise"), folder.out());

        CliRun file = CliRun.of("list", named.toString());
        assertEquals(0, file.exitCode(), file.err());
        assertTrue(file.out().contains("Tide tables for March"), "named, x.bin is read: " + file.out());
        Path binary = dir.resolve("bytes.bin");
        Files.write(binary, new byte[] {'x', 0, 0, 0, 1, 2, 3, 0});
        CliRun bytes = CliRun.of("list", binary.toString());
        assertEquals(3, bytes.exitCode());
        assertEquals("lede: " + binary + ": binary file; skipped\n", bytes.err());
    }

    @Test
    void aSavedPagesStyleSheetsAndScriptsAreNoArticles() throws IOException {
        write(
                "saved/quay.html",
                "<html><head><title>Quay reopens after the storm</title></head><body><article><p>"
                        + "The quay reopened on Monday after a week of repairs to its wall and its lamps.</p></article></body></html>");
        write("saved/quay_files/site.css", "body { color: red; }\n");
        write("saved/quay_files/app.js", "window.onload = function () { start(); };\n");
        write("saved/quay_files/app.js.map", "{\"version\":3}\n");
        CliRun run = CliRun.of("list", dir.resolve("saved").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("Quay reopens after the storm"), run.out());
        CliRun parts = CliRun.of("list", dir.resolve("saved/quay_files").toString());
        assertEquals(3, parts.exitCode(), parts.err());
        assertTrue(parts.err().contains("no articles found (3 files of other kinds ignored)"), parts.err());
    }

    @Test
    void anEmptyFolderAFolderOfImagesAndAFeedWithNoItemsEachGetALineAndExitThree() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("list", empty.toString());
        assertEquals(3, run.exitCode());
        assertEquals("lede: " + empty + ": no articles found (no files to read in it)\n", run.err());

        Path images = Files.createDirectories(dir.resolve("images"));
        Files.write(images.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(images.resolve("b.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8});
        run = CliRun.of("list", images.toString());
        assertEquals(3, run.exitCode());
        assertEquals("lede: " + images + ": no articles found (2 files of other kinds ignored)\n", run.err());

        Path feed = write(
                "zero-items.xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title>" + "</channel></rss>");
        run = CliRun.of("list", feed.toString());
        assertEquals(3, run.exitCode());
        assertEquals("lede: " + feed + ": feed has no items\n", run.err());
    }

    @Test
    void anInputNamedTwiceIsSaidOnceThroughTheIndexAndWithoutItAndStdinTwiceSkipsNothing() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path story = write("story.txt", "Harbour opens\n\nThe quay is busy.\n");
        for (List<String> options : List.<List<String>>of(List.of(), List.of("--no-state"))) {
            List<String> arguments = new ArrayList<>(List.of("list"));
            arguments.addAll(options);
            arguments.addAll(List.of(empty.toString(), empty.toString(), story.toString()));
            CliRun run = CliRun.of(arguments.toArray(String[]::new));
            assertEquals(1, run.exitCode(), run.err());
            assertEquals(
                    "lede: " + empty + ": no articles found (no files to read in it)\n", run.err(), options.toString());
        }

        CliRun stdinTwice = CliRun.withStdin("Piped story\n\nBody.\n", "list", "-", "-");
        assertEquals(0, stdinTwice.exitCode(), stdinTwice.err());
        assertEquals("", stdinTwice.err());
        assertEquals(1, stdinTwice.out().lines().count(), stdinTwice.out());
    }

    @Test
    void aNameNoPathCanHoldIsOneLineInEveryCommandNotAnInternalError() throws IOException {
        // Under LANG=C, Java cannot turn "Zoë.txt" into a path (InvalidPathException); a NUL does the same here.
        Path story = write("story.txt", "Harbour opens\n\nThe quay is busy.\n");
        for (String command : List.of("list", "export", "stories")) {
            CliRun run = CliRun.of(command, "bad\0name.txt");
            assertEquals(3, run.exitCode(), command + ": " + run.err());
            assertEquals(
                    // the NUL written out, as cat -v writes it
                    "lede: bad^@name.txt: not a valid path (nul character not allowed); skipped\n", run.err(), command);
            run = CliRun.of(command, story.toString(), "bad\0name.txt");
            assertEquals(1, run.exitCode(), command + ": " + run.err());
        }
    }

    @Test
    void anUnreadableFolderNamedAndMetInsideAnotherIsSaidOnceInEitherOrder() throws IOException {
        write("a/story.txt", "Harbour opens\n\nThe quay is busy.\n");
        Path sub = Files.createDirectories(dir.resolve("a/sub"));
        write("a/sub/inner.txt", "Ferry late\n\nAgain.\n");
        Assumptions.assumeTrue(sub.toFile().setReadable(false, false), "cannot change permissions here");
        try {
            Assumptions.assumeFalse(Files.isReadable(sub), "running as root: the folder stays readable");
            String a = dir.resolve("a").toString();
            for (List<String> options : List.<List<String>>of(List.of(), List.of("--no-state"))) {
                for (List<String> inputs : List.of(List.of(a, sub.toString()), List.of(sub.toString(), a))) {
                    List<String> arguments = new ArrayList<>(List.of("list"));
                    arguments.addAll(options);
                    arguments.addAll(inputs);
                    CliRun run = CliRun.of(arguments.toArray(String[]::new));
                    assertEquals(1, run.exitCode(), run.err());
                    assertEquals(
                            "lede: " + sub + ": directory cannot be read; skipped\n", run.err(), arguments.toString());
                }
            }
        } finally {
            sub.toFile().setReadable(true, false);
        }
    }

    @Test
    void aFileWhoseNameIsNotValidInTheLocaleIsReadWhenNamedAsTheShellGivesIt() throws Exception {
        // A Latin-1 "café.txt": Java cannot write that name, a shell can. Java reads the argument back with U+FFFD.
        Path folder = Files.createDirectories(dir.resolve("latin1"));
        Process shell = new ProcessBuilder(
                        "sh", "-c", "printf 'Cafe opens\\n\\nBody.\\n' > \"$(printf 'caf\\351.txt')\"")
                .directory(folder.toFile())
                .start();
        Assumptions.assumeTrue(shell.waitFor() == 0, "no shell here");
        String named = folder + "/caf\uFFFD.txt";
        for (String option : List.of("--no-state", "--json")) {
            CliRun run = CliRun.of("list", option, named);
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("", run.err());
            assertTrue(run.out().contains("Cafe opens"), run.out());
        }
    }

    @Test
    void aLoopOfSymbolicLinksIsNamedOnceAndSaidSo() throws IOException {
        Path one = dir.resolve("one");
        Files.createSymbolicLink(one, dir.resolve("two"));
        Files.createSymbolicLink(dir.resolve("two"), one);
        CliRun run = CliRun.of("list", "--no-state", one.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertEquals("lede: " + one + ": cannot be read (a loop of symbolic links); skipped\n", run.err());
    }

    @Test
    void aBrokenLinkInsideAFolderIsSaidAsAWarningThatSkipsNothing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("links"));
        Files.writeString(folder.resolve("a.txt"), "Ferry runs again\n\nThe ferry ran.\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(folder.resolve("gone.txt"), Path.of("nowhere.txt"));
        Files.createSymbolicLink(folder.resolve("one"), folder.resolve("two"));
        Files.createSymbolicLink(folder.resolve("two"), folder.resolve("one"));
        String said =
                "lede: " + folder.resolve("gone.txt") + ": a symbolic link to nothing (nowhere.txt); passed over\n"
                        + "lede: " + folder.resolve("one") + ": a loop of symbolic links; passed over\n"
                        + "lede: " + folder.resolve("two") + ": a loop of symbolic links; passed over\n";
        // Without the index, then with it twice: a first run that fills it, a second that finds it unchanged.
        for (List<String> options : List.<List<String>>of(List.of("--no-state"), List.of(), List.of())) {
            List<String> args = new java.util.ArrayList<>(List.of("list"));
            args.addAll(options);
            args.add(folder.toString());
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(said, run.err(), options.toString());
            assertEquals(1, run.out().lines().count(), run.out());
        }
    }

    @Test
    void anEmptyFileIsSaidAlikeWhetherItHoldsNothingBlanksOrOnlyAByteOrderMark() throws IOException {
        for (String text : List.of("", "  \n\n \n", "\uFEFF", "\uFEFF \n")) {
            Path file = write("empty.txt", text);
            CliRun run = CliRun.of("list", "--no-state", file.toString());
            assertEquals(3, run.exitCode());
            assertEquals(
                    "lede: " + file + ": empty; skipped\n",
                    run.err(),
                    text.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void theSameArticleFromTwoInputsIsMergedAndSaidOnceAndStillExitsZero() throws IOException {
        String story = "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n";
        Path a = write("a.txt", story);
        Path b = write("backup/a-copy.txt", story);
        write("c.txt", "Ferry timetable changes for the winter season.\nFewer crossings after ten.\n");
        CliRun run = CliRun.of("list", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.out().lines().count(), run.out());
        assertEquals("lede: " + b + ": same article as " + a + "; merged\n", run.err());
    }

    @Test
    void aFileNamedDirectlyAndThroughItsFolderIsExportedOnce() throws IOException {
        Path a = write("news/a.txt", "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n");
        Path b = write("news/b.txt", "Ferry timetable changes for the winter season.\nFewer crossings after ten.\n");
        // As `find news -print0 | xargs -0 lede export` names them: the folder, then each file.
        CliRun run = CliRun.of("export", "--no-state", dir.resolve("news").toString(), a.toString(), b.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> ids = ids(run.out());
        assertEquals(2, ids.size(), run.out());
        assertEquals(2, ids.stream().distinct().count(), "duplicate ids: " + ids);
    }

    @Test
    void aFileReadWithAWarningIsNotCountedAsSkipped() throws IOException {
        write("good.txt", "Ferry timetable changes for the winter season.\nFewer crossings after ten.\n");
        Path latin = dir.resolve("latin.txt");
        Files.write(
                latin, "Caf\u00e9 owners meet the harbour board.\nThey agree.\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("list", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.out().lines().count(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("lede: " + latin + ": "), run.err());
    }

    @Test
    void aNameHoldingControlsIsStillNamedWithThemWrittenOut() {
        CliRun run = CliRun.of("list", "\u001b[31mred", "\u001b]0;title\u0007", "right\u202Eleft.txt");
        assertEquals(
                "lede: ^[[31mred: no such file\n"
                        + "lede: ^[]0;title^G: no such file\n"
                        + "lede: right<U+202E>left.txt: no such file\n",
                run.err());
    }

    @Test
    void someInputsSkippedIsExitOneWithALineEach() throws IOException {
        write("good.txt", "Ferry timetable changes for the winter season.\nFewer crossings after ten.\n");
        CliRun run = CliRun.of("list", dir.toString(), "/no/such/path");
        assertEquals(1, run.exitCode());
        assertEquals("lede: /no/such/path: no such file\n", run.err());
    }

    private static List<String> ids(String jsonLines) {
        Matcher matcher =
                Pattern.compile("^\\{\"id\":\"([0-9a-f]+)\"", Pattern.MULTILINE).matcher(jsonLines);
        List<String> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
