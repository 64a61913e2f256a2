package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier 4: the commands' output and exit statuses, run in process. */
class CommandsTest {

    @TempDir
    Path dir;

    private Path article(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void listPrintsNumberSourceAndHeadlinePerArticle() throws IOException {
        article("a.txt", "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n");
        article("b.txt", "Ferry timetable changes for the winter season.\nFewer crossings after ten.\n");
        CliRun run = CliRun.of("list", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size());
        assertEquals(
                "1\t" + dir.resolve("a.txt") + "\tHarbour pilots vote to strike over night shifts.\t", lines.get(0));
        assertTrue(lines.get(1).startsWith("2\t"));
    }

    @Test
    void listNeverPrintsAFileNamesControlCharacters() throws IOException {
        // A name may hold anything but '/' and NUL: an escape sequence would drive the terminal, a tab or
        // newline would break the tab-separated line. They are written out, as cat -v writes them.
        article(
                "a\u001b[31mred\ttab\nline.txt",
                "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n");
        for (String pass : List.of("parsed", "listed from the index")) {
            CliRun run = CliRun.of("list", dir.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(
                    "1\t" + dir + "/a^[[31mred^Itab^Jline.txt\tHarbour pilots vote to strike over night shifts.\t\n",
                    run.out(),
                    pass);
        }
    }

    @Test
    void listJsonGivesOneObjectPerLine() throws IOException {
        article("a.txt", "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n");
        CliRun run = CliRun.of("list", "--json", dir.toString());
        assertTrue(run.out().startsWith("{\"n\":1,\"id\":\""), run.out());
        assertTrue(
                run.out().contains("\"title\":\"Harbour pilots vote to strike over night shifts.\",\"related\":[]}"),
                run.out());
    }

    @Test
    void listEndsEachLineWithTheNumbersItsRelatedHeadlinesResolveTo() throws IOException {
        article(
                "a.txt",
                "Harbour pilots vote to strike over night shifts.\n\nThe vote was close.\n\nRelated\n"
                        + "Lighthouse keepers return to the point\nFerry timetable changes for the winter season\n"
                        + "Harbour pilots vote to strike over night shifts\n");
        article("b.txt", "Ferry timetable changes for the winter season.\nFewer crossings after ten.\n");
        article(
                "c.txt",
                "Lighthouse keepers return to the point after forty years.\n\nThe lamp is lit again.\n\nRelated\n"
                        + "Glassblowers of the old quarter open their doors\n");
        CliRun run = CliRun.of("list", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        // In the headlines' order; a headline naming no loaded article (c's) adds nothing, nor one naming the article
        // holding it (a's third): a page does not link to itself.
        assertTrue(lines.get(0).endsWith("shifts.\t3 2"), lines.get(0));
        assertTrue(lines.get(1).endsWith("season.\t"), lines.get(1));
        assertTrue(lines.get(2).endsWith("years.\t"), lines.get(2));
        assertEquals(4, lines.get(0).split("\t", -1).length);
    }

    @Test
    void listJsonGivesTheRelatedNumbers() throws IOException {
        article(
                "a.txt",
                "Harbour pilots vote to strike over night shifts.\n\nThe vote was close.\n\nRelated\n"
                        + "Ferry timetable changes for the winter season\nGlassblowers of the old quarter open their doors\n");
        article("b.txt", "Ferry timetable changes for the winter season.\nFewer crossings after ten.\n");
        List<String> lines =
                CliRun.of("list", "--json", dir.toString()).out().lines().toList();
        assertTrue(lines.get(0).endsWith(",\"related\":[2]}"), lines.get(0));
        assertTrue(lines.get(1).endsWith(",\"related\":[]}"), lines.get(1));
    }

    @Test
    void listResolvesTheBundledFeedsAsExportDoes() {
        Path feeds = Path.of("").toAbsolutePath().resolve("feeds");
        assumeTrue(Files.isDirectory(feeds), "the repository's feeds/ folder is not here");
        List<String> listed = CliRun.of("list", feeds.toString()).out().lines().toList();
        List<String> exported = CliRun.of("export", "--no-state", feeds.toString())
                .out()
                .lines()
                .toList();
        assertEquals(exported.size(), listed.size());
        List<String> ids = exported.stream().map(line -> line.substring(7, 19)).toList();
        int resolved = 0;
        for (int i = 0; i < listed.size(); i++) {
            String numbers = listed.get(i).split("\t", -1)[3];
            StringBuilder expected = new StringBuilder();
            java.util.regex.Matcher target = java.util.regex.Pattern.compile("\"target\":\"([0-9a-f]{12})\"")
                    .matcher(exported.get(i));
            while (target.find()) {
                expected.append(expected.length() == 0 ? "" : " ").append(ids.indexOf(target.group(1)) + 1);
                resolved++;
            }
            assertEquals(expected.toString(), numbers, listed.get(i));
        }
        assertTrue(resolved >= listed.size(), "the samples' related headlines should mostly resolve: " + resolved);
    }

    @Test
    void badFilesAreNamedOnStderrAndTheRestStillLoads() throws IOException {
        article("good.txt", "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n");
        Files.write(dir.resolve("bad.txt"), new byte[] {'a', 0, 0, 'b'});
        article("empty.txt", "");
        CliRun run = CliRun.of("list", dir.toString());
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode());
        assertEquals(1, run.out().lines().count());
        List<String> errors = run.err().lines().toList();
        assertEquals(2, errors.size(), run.err());
        assertTrue(errors.stream().allMatch(line -> line.startsWith("lede: " + dir)), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void nothingReadableExitsWithThree() throws IOException {
        article("empty.txt", "");
        assertEquals(ExitCodes.NOTHING_READ, CliRun.of("list", dir.toString()).exitCode());
        assertEquals(
                ExitCodes.NOTHING_READ,
                CliRun.of("export", dir.resolve("missing.txt").toString()).exitCode());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        CliRun run = CliRun.of("list", "--no-such-option");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("Unknown option"), run.err());
        assertEquals(1, run.err().lines().count(), "one line, not the whole usage: " + run.err());
    }

    @Test
    void exportWritesTheFieldsOfTheFormatInOrder() throws IOException {
        article(
                "a.txt",
                "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n"
                        + "Ferry timetable changes for the winter season\nLighthouse keepers return to the point\n");
        article("b.txt", "Ferry timetable changes for the winter season.\nFewer crossings after ten.\n");
        CliRun run = CliRun.of("export", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        String first = run.out().lines().findFirst().orElseThrow();
        String second = run.out().lines().skip(1).findFirst().orElseThrow();
        String secondId = second.substring("{\"id\":\"".length(), second.indexOf('"', "{\"id\":\"".length()));
        String firstId = first.substring("{\"id\":\"".length(), first.indexOf('"', "{\"id\":\"".length()));
        assertTrue(
                first.matches("\\{\"id\":\"[0-9a-f]{12}\",\"source\":\"[^\"]+a\\.txt\",\"format\":\"text\","
                        + "\"title\":\"Harbour pilots vote to strike over night shifts\\.\",\"byline\":null,\"published\":null,"
                        + "\"url\":null,\"addresses\":\\[\\],\"site\":null,"
                        + "\"body\":\"Harbour pilots vote to strike over night shifts\\.\\\\n\\\\nThe vote was close\\.\",\"images\":\\[\\],"
                        + "\"related\":\\[\\{\"headline\":\"Ferry timetable changes for the winter season\",\"url\":null,\"target\":\""
                        + secondId
                        + "\"\\},\\{\"headline\":\"Lighthouse keepers return to the point\",\"url\":null,\"target\":null\\}\\],"
                        + "\"linked_from\":\\[\\],\"story\":\"" + firstId + "\","
                        + "\"problems\":\\[\\],\"read\":false,\"starred\":false\\}"),
                first);
        // The second is linked from the first, and in its story, which the first (in file order, no dates) names.
        assertTrue(
                second.contains(",\"linked_from\":[\"" + firstId + "\"],\"story\":\"" + firstId + "\",\"problems\""),
                second);
    }

    @Test
    void exportOfStdinEqualsExportOfTheFileButForTheSource() throws IOException {
        String text = "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n";
        Path file = article("a.txt", text);
        String fromFile = CliRun.of("export", file.toString()).out();
        String fromStdin = CliRun.withStdin(text, "export", "-").out();
        assertEquals(fromFile.replace("\"source\":\"" + file + "\"", "\"source\":\"-\""), fromStdin);
    }

    @Test
    void idsAreStableAcrossRuns() throws IOException {
        article("a.txt", "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n");
        assertEquals(
                CliRun.of("list", "--json", dir.toString()).out(),
                CliRun.of("list", "--json", dir.toString()).out());
    }

    @Test
    void showPrintsTheArticleWrappedWithRelatedMarks() throws IOException {
        article(
                "a.txt",
                "Harbour pilots vote to strike over night shifts.\n"
                        + "The vote, held in the pilots' hall on the quay, was closer than the union had expected and the count "
                        + "ran late into the evening.\n"
                        + "Ferry timetable changes for the winter season\nLighthouse keepers return to the point\n");
        article("b.txt", "Ferry timetable changes for the winter season.\nFewer crossings after ten.\n");
        CliRun run = CliRun.of("show", "--width", "40", "1", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().allMatch(line -> line.length() <= 40), run.out());
        assertTrue(run.out().contains(" 1 -> Ferry timetable changes for the\n      winter season"), run.out());
        assertTrue(
                run.out().contains(" 2    Lighthouse keepers return to the\n      point (not in library)"), run.out());
        // As in the reader, the article a.txt leads to lists it under "Linked from", numbered on.
        CliRun linked = CliRun.of("show", "--width", "60", "2", dir.toString());
        assertTrue(
                linked.out().contains("Linked from\n 1 -> Harbour pilots vote to strike over night shifts."),
                linked.out());
    }

    @Test
    void showSaysAnArticleLinkingHereIsAlsoARelatedHeadlineAsTheReaderDoes() throws IOException {
        String elsewhere = "Lighthouse keepers return to the point\n";
        article(
                "a.txt",
                "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n"
                        + "Ferry timetable changes for the winter season\n" + elsewhere);
        article(
                "b.txt",
                "Ferry timetable changes for the winter season.\nFewer crossings after ten.\n"
                        + "Harbour pilots vote to strike over night shifts\n" + elsewhere);
        CliRun run = CliRun.of("show", "--width", "80", "2", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out()
                        .contains(" 1 -> Harbour pilots vote to strike over night shifts\n"
                                + " 2    Lighthouse keepers return to the point (not in library)\n\nLinked from\n"
                                + " 3 -> Harbour pilots vote to strike over night shifts. (also related 1)\n"),
                run.out());
    }

    @Test
    void aUtf8FileWithOneBadByteShowsItsAccentsAndCountsTheByte() throws IOException {
        byte[] head = "Café owners in Maresby say they don".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "t mind the crème brûlée tax.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0x92;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Path file = Files.write(dir.resolve("cafe.txt"), bytes);
        CliRun run = CliRun.of("show", "1", file.toString());
        assertTrue(run.out().contains("Café owners in Maresby say they don’t mind the crème brûlée tax."), run.out());
        assertTrue(run.err().contains(file + ": 1 invalid byte (not UTF-8); the rest read as UTF-8"), run.err());
    }

    @Test
    void showGivesTheDateAsAReaderReadsItAndExportKeepsTheOffset() throws IOException {
        Path file = article(
                "late.txt",
                "Title: Council meets late into the night\nDate: 2026-12-02T23:30:00-05:00\n\n"
                        + "The vote came just before midnight.\n");
        CliRun show = CliRun.of("show", "1", file.toString());
        assertTrue(
                show.out().contains("\n2 Dec 2026, 23:30\n"),
                "in the article's own offset, so on its own day: " + show.out());
        CliRun export = CliRun.of("export", file.toString());
        assertTrue(
                export.out().contains("\"published\":\"2026-12-02T23:30:00-05:00\""),
                "export keeps the stated offset, so the day stays the article's: " + export.out());
    }

    @Test
    void aPlaceholderDateIsNotShown() throws IOException {
        Path file = article("old.txt", "Title: Harbour notice\nDate: 0001-01-01\n\nThe quay is closed on Sunday.\n");
        CliRun show = CliRun.of("show", "1", file.toString());
        assertFalse(show.out().contains("0001") || show.out().contains("Jan 1"), show.out());
    }

    @Test
    void showOfAMissingNumberIsAUsageError() throws IOException {
        article("a.txt", "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n");
        CliRun run = CliRun.of("show", "7", dir.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("lede: no article 7"), run.err());
    }

    /** `lede show page.html`: a file holding one article may stand where its number goes; a folder of more is named. */
    @Test
    void showOfAFileAloneShowsItsOneArticleAndAFolderOfMoreAsksForANumber() throws IOException {
        Path one = article("pilots.txt", "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n");
        article("ferry.txt", "Ferry timetable changes for the winter season.\nFewer crossings after ten.\n");
        CliRun file = CliRun.of("show", "--no-state", one.toString());
        assertEquals(0, file.exitCode(), file.err());
        assertEquals(CliRun.of("show", "--no-state", "1", one.toString()).out(), file.out());

        CliRun folder = CliRun.of("show", "--no-state", dir.toString());
        assertEquals(ExitCodes.USAGE, folder.exitCode(), folder.out());
        assertEquals(
                "lede: " + dir + " holds 2 articles; name one: lede show N " + dir + " (lede list numbers them)\n",
                folder.err());
    }

    /** Nothing read: each input's problem is said once, and no "no article 1" is added to them. */
    @Test
    void showWithNothingReadSaysEachProblemOnce() {
        CliRun run = CliRun.of(
                "show",
                "--no-state",
                "1",
                dir.resolve("missing-a").toString(),
                dir.resolve("missing-b").toString());
        assertEquals(ExitCodes.NOTHING_READ, run.exitCode());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).contains("missing-a") && lines.get(1).contains("missing-b"), run.err());
        // An empty folder is said once too.
        CliRun empty = CliRun.of("show", "--no-state", "1", dir.toString());
        assertEquals(ExitCodes.NOTHING_READ, empty.exitCode());
        assertEquals(1, empty.err().lines().count(), empty.err());
    }

    @Test
    void showTakesAnIdOrTheStartOfOneThatNoOtherIdShares() throws IOException {
        // Ids are hashes: of 40, some two start with the same letter (a start of digits may be a number).
        for (int i = 0; i < 40; i++) {
            article("a" + i + ".txt", "Harbour pilots vote " + i + " times over night shifts.\nThe vote was close.\n");
        }
        List<String> ids = CliRun.of("export", "--no-state", dir.toString())
                .out()
                .lines()
                .map(line -> line.substring(7, 19)) // {"id":"0123456789ab",…
                .toList();
        String shared = ids.stream()
                .map(id -> id.substring(0, 1))
                .filter(start -> !Character.isDigit(start.charAt(0)))
                .filter(start -> ids.stream().filter(id -> id.startsWith(start)).count() > 1)
                .findFirst()
                .orElseThrow();

        CliRun ambiguous = CliRun.of("show", "--no-state", shared, dir.toString());
        assertEquals(ExitCodes.USAGE, ambiguous.exitCode(), ambiguous.out());
        assertTrue(
                ambiguous.err().startsWith("lede: " + shared + " starts more than one article's id"), ambiguous.err());

        // Digits out of range are read as a number: numbers start at 1.
        CliRun zero = CliRun.of("show", "--no-state", "0", dir.toString());
        assertEquals(ExitCodes.USAGE, zero.exitCode(), zero.out());
        assertTrue(zero.err().startsWith("lede: no article 0: articles are numbered 1 to 40"), zero.err());
        for (String past : List.of("41", "99", "999")) {
            CliRun beyond = CliRun.of("show", "--no-state", past, dir.toString());
            assertEquals(
                    ExitCodes.USAGE, beyond.exitCode(), past + " shows no article by an id's start: " + beyond.out());
        }

        CliRun empty = CliRun.of("show", "--no-state", "", dir.toString());
        assertEquals(ExitCodes.USAGE, empty.exitCode(), "an empty id starts every id: " + empty.out());
        assertTrue(empty.err().startsWith("lede: no article "), empty.err());

        CliRun whole = CliRun.of("show", "--no-state", ids.get(5), dir.toString());
        assertEquals(0, whole.exitCode(), whole.err());
        assertEquals(CliRun.of("show", "--no-state", "6", dir.toString()).out(), whole.out());
    }

    /** An id may start with digits: such a start beyond the list's numbers is the id's, as `lede export` prints it. */
    @Test
    void showTakesAStartOfAnIdMadeOfDigitsWhenNoArticleHasThatNumber() throws IOException {
        for (int i = 0; i < 40; i++) {
            article("a" + i + ".txt", "Harbour pilots vote " + i + " times over night shifts.\nThe vote was close.\n");
        }
        List<String> ids = CliRun.of("export", "--no-state", dir.toString())
                .out()
                .lines()
                .map(line -> line.substring(7, 19)) // {"id":"0123456789ab",…
                .toList();
        int digits = 4; // from four digits on, as git abbreviates: fewer are a number
        String id = ids.stream()
                .filter(each -> each.substring(0, digits).chars().allMatch(Character::isDigit))
                .filter(each -> Integer.parseInt(each.substring(0, digits)) > ids.size())
                .filter(each -> ids.stream()
                                .filter(other -> other.startsWith(each.substring(0, digits)))
                                .count()
                        == 1)
                .findFirst()
                .orElseThrow();

        CliRun start = CliRun.of("show", "--no-state", id.substring(0, digits), dir.toString());
        assertEquals(0, start.exitCode(), start.err());
        assertEquals(CliRun.of("show", "--no-state", id, dir.toString()).out(), start.out());
        // A number in the list's range stays the number.
        CliRun first = CliRun.of("show", "--no-state", "1", dir.toString());
        assertTrue(first.out().startsWith("Harbour pilots vote 0 times"), first.out());
    }

    /**
     * The reader's options and inputs before a command's name were set on the reader, which does not run:
     * {@code lede --no-state list} used the index, {@code lede DIR list} listed the default library.
     */
    @Test
    void optionsAndInputsBeforeACommandsNameAreAUsageError() throws IOException {
        article("a.txt", "Harbour pilots vote to strike over night shifts.\nThe vote was close.\n");
        String folder = dir.toString();
        for (String[] args : List.of(
                new String[] {"--no-state", "list", folder},
                new String[] {"--format", "html", "export", folder},
                new String[] {"--max-size", "1", "stories", folder},
                new String[] {"--width", "40", "show", "1", folder},
                new String[] {folder, "list"},
                new String[] {"--no-state", "subscriptions"})) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.USAGE, run.exitCode(), String.join(" ", args) + ": " + run.out());
            assertEquals("", run.out(), String.join(" ", args));
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("lede: " + args[0] + " goes after the command's name: lede "), run.err());
        }
        // --config is read before a command's name, and help is help wherever it is asked.
        assertEquals(
                0,
                CliRun.of("--config", dir.resolve("none").toString(), "list", folder)
                        .exitCode());
        // ... by the commands that read a config; one that reads none would take it and do nothing.
        CliRun unread = CliRun.of("--config", dir.resolve("none").toString(), "subscriptions");
        assertEquals(ExitCodes.USAGE, unread.exitCode(), unread.err());
        assertEquals("", unread.out());
        assertTrue(
                unread.err().startsWith("lede: --config has no say in subscriptions: it reads no config"),
                unread.err());
        CliRun helpAlone = CliRun.of("help");
        assertEquals(ExitCodes.USAGE, helpAlone.exitCode(), helpAlone.err());
        assertEquals("lede: help is no command of lede's (lede --help lists the options)\n", helpAlone.err());
        CliRun helpFirst = CliRun.of("help", "list");
        assertEquals(ExitCodes.USAGE, helpFirst.exitCode());
        assertTrue(helpFirst.err().startsWith("lede: help is no command of lede's; help on list is lede list --help"));
        CliRun help = CliRun.of("--no-state", "list", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().startsWith("Usage: lede list"), help.out());
    }

    /** An input starting with @ is a path: picocli had read the file after the @ as more arguments, word by word. */
    @Test
    void anInputStartingWithAtIsAPathNotAnArgumentFile() throws IOException {
        Path words = article("a.txt", "Harbour pilots vote to strike.\nhttps://example.org/pilots\n");
        for (String command : List.of("list", "export", "stories")) {
            CliRun run = CliRun.of(command, "--no-state", "@" + words);
            assertEquals(ExitCodes.NOTHING_READ, run.exitCode(), run.err());
            assertEquals("lede: @" + words + ": no such file\n", run.err());
        }
    }

    @Test
    void versionNamesLedeCommitAndJava() {
        CliRun run = CliRun.of("--version");
        assertTrue(run.out().startsWith("lede "), run.out());
        assertTrue(run.out().contains("\ncommit "), run.out());
        assertTrue(run.out().contains("\nJava " + System.getProperty("java.version")), run.out());
    }

    /**
     * The commit --version names is the one this folder has checked out, a linked worktree's (git worktree add)
     * included: the build had read the main checkout's HEAD there, and named another branch's commit.
     */
    @Test
    void versionNamesTheCommitOfTheFolderBuilt() throws Exception {
        String head = git("rev-parse", "--short=10", "HEAD");
        assumeTrue(head != null, "not built from a git checkout, or no git");
        // A commit made after this build's resources were written (while the tests run) is not this build's.
        Path built = Path.of("target/classes/dev/lede/build.properties");
        String moved = git("log", "-g", "-1", "--format=%ct", "HEAD");
        assumeTrue(
                moved == null
                        || !Files.exists(built)
                        || Long.parseLong(moved) * 1000
                                <= Files.getLastModifiedTime(built).toMillis(),
                "HEAD moved after the build");
        String version = CliRun.of("--version").out();
        assertTrue(version.contains("\ncommit " + head + "\n") || version.contains("\ncommit " + head + " ("), version);
    }

    /** What git says in this folder, or null when it fails. */
    private static String git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process git;
        try {
            git = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null; // no git
        }
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return git.waitFor() == 0 && !out.isEmpty() ? out : null;
    }
}
