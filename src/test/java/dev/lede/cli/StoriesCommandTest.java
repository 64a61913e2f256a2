package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesCommandTest {

    @TempDir
    Path dir;

    private void article(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Three articles linked in a chain (dated out of file order), and one that stands alone. */
    private void library() throws IOException {
        article(
                "a.txt",
                "Date: 2025-03-12\n\nFerry crew trains two new pilots for the winter.\nThe course runs six weeks.\n\n"
                        + "Related:\nHarbour town votes to keep its last ferry running\n");
        article(
                "b.txt",
                "Date: 2025-03-10\n\nHarbour town votes to keep its last ferry running.\nThe vote was seven to two.\n");
        article(
                "c.txt",
                "Winter timetable for the ferry is published.\nTwo crossings a day.\n\n"
                        + "Related:\nFerry crew trains two new pilots for the winter\n");
        article(
                "d.txt",
                "Date: 2025-03-01\n\nIsland bakery wins a regional prize for its rye loaf.\nThe judges came twice.\n");
    }

    @Test
    void printsEachStoryOfTwoOrMoreWithItsSizeDateSpanHowManyItCountsAndEarliestHeadline() throws IOException {
        library();
        for (String state : new String[] {"--no-state", null}) {
            CliRun run =
                    state == null ? CliRun.of("stories", dir.toString()) : CliRun.of("stories", state, dir.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(
                    List.of("3\t2025-03-10..2025-03-12 (2 dated)\tHarbour town votes to keep its last ferry running."),
                    run.out().lines().toList(),
                    "with " + state);
        }
    }

    @Test
    void exportNamesTheStoryAndTheArticlesLinkingHere() throws IOException {
        library();
        CliRun run = CliRun.of("export", "--no-state", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        String a = id(lines.get(0));
        String b = id(lines.get(1));
        String c = id(lines.get(2));
        String d = id(lines.get(3));
        assertTrue(lines.get(0).contains("\"linked_from\":[\"" + c + "\"],\"story\":\"" + b + "\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"linked_from\":[\"" + a + "\"],\"story\":\"" + b + "\""), lines.get(1));
        assertTrue(lines.get(2).contains("\"linked_from\":[],\"story\":\"" + b + "\""), lines.get(2));
        assertTrue(lines.get(3).contains("\"linked_from\":[],\"story\":\"" + d + "\""), lines.get(3));
    }

    @Test
    void aPathThatIsNotThereIsOneLineNamingIt() {
        CliRun run = CliRun.of("stories", "--no-state", dir.resolve("nowhere").toString());
        assertTrue(run.exitCode() != 0);
        assertTrue(run.err().contains("nowhere"), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
    }

    private static String id(String line) {
        return line.substring("{\"id\":\"".length(), line.indexOf('"', "{\"id\":\"".length()));
    }
}
