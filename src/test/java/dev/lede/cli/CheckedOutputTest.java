package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that could not be written is said, and the run fails (1): {@code lede export > a.jsonl} on a full disk
 * exited 0 without a word, leaving a cut export. A reader of a pipe that went away ({@code | head}) is the
 * pipe's normal end and says nothing, as for {@code cat}.
 */
class CheckedOutputTest {

    @TempDir
    Path temp;

    private static OutputStream failingWith(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }
        };
    }

    @Test
    void aFailedWriteIsSaidOnceAndFailsTheRun() {
        CheckedOutput output = new CheckedOutput(failingWith("No space left on device"));
        PrintWriter writer = new PrintWriter(output, true);
        writer.println("first");
        writer.println("second");
        StringWriter err = new StringWriter();
        assertEquals(1, output.settle(0, new PrintWriter(err, true)));
        assertEquals("lede: cannot write the output: no space left on device" + System.lineSeparator(), err.toString());
    }

    @Test
    void aStatusWorseThanOneIsKept() {
        CheckedOutput output = new CheckedOutput(failingWith("Input/output error"));
        new PrintWriter(output, true).println("x");
        assertEquals(3, output.settle(3, new PrintWriter(new StringWriter(), true)));
    }

    @Test
    void aPipeWhoseReaderWentAwayIsNoFailure() {
        CheckedOutput output = new CheckedOutput(failingWith("Broken pipe"));
        new PrintWriter(output, true).println("x");
        StringWriter err = new StringWriter();
        assertEquals(0, output.settle(0, new PrintWriter(err, true)));
        assertEquals("", err.toString());
    }

    @Test
    void writtenOutputChangesNothing() {
        StringWriter err = new StringWriter();
        CheckedOutput output = new CheckedOutput(OutputStream.nullOutputStream());
        new PrintWriter(output, true).println("x");
        assertEquals(0, output.settle(0, new PrintWriter(err, true)));
        assertEquals("", err.toString());
    }

    /** The whole program, its stdout on /dev/full, as {@code lede export > a.jsonl} on a full disk. */
    @Test
    void anExportToAFullDiskSaysSoAndExitsOne() throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists(), "skipped: no /dev/full here");
        Path article = Files.writeString(temp.resolve("a.txt"), "A headline\n\nA body.\n");
        Path errors = temp.resolve("err");
        ProcessBuilder child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        dev.lede.Main.class.getName(),
                        "export",
                        "--no-state",
                        article.toString())
                .redirectInput(new File("/dev/null"))
                .redirectOutput(full)
                .redirectError(errors.toFile());
        child.environment().put("XDG_STATE_HOME", temp.resolve("state").toString());
        child.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        child.environment().put("XDG_CONFIG_HOME", temp.resolve("config").toString());
        int status = child.start().waitFor();
        assertEquals("lede: cannot write the output: no space left on device\n", Files.readString(errors));
        assertEquals(1, status);
    }

    /**
     * Output to a pipe or file is UTF-8 under any locale: {@code java -jar} on Java 17 with no UTF-8 locale (cron,
     * {@code env -i}) had written '?' for each character beyond ASCII, in the export's JSON too.
     */
    @Test
    void outputThatIsNoTerminalIsUtf8UnderTheCLocale() throws Exception {
        Path article = Files.writeString(temp.resolve("a.txt"), "Zoë pays £14\n\nA body.\n");
        Path output = temp.resolve("out");
        ProcessBuilder child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        dev.lede.Main.class.getName(),
                        "list",
                        "--no-state",
                        article.toString())
                .redirectInput(new File("/dev/null"))
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        child.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        child.environment().put("LC_ALL", "C");
        child.environment().put("XDG_STATE_HOME", temp.resolve("state").toString());
        child.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        child.environment().put("XDG_CONFIG_HOME", temp.resolve("config").toString());
        assertEquals(0, child.start().waitFor());
        assertEquals(
                "1\t" + article + "\tZoë pays £14\t\n",
                new String(Files.readAllBytes(output), java.nio.charset.StandardCharsets.UTF_8));
    }
}
