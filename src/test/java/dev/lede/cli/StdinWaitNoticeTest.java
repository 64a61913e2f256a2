package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A batch command waiting on stdin that does not end ({@code tail -f news.txt | lede list}) says so once on
 * stderr; stdin that ends, or that is no longer being read, gets no word.
 */
class StdinWaitNoticeTest {

    private static final long QUIET = 100;

    @Test
    void aPipeThatNeverEndsIsSaidOnce() throws Exception {
        StringWriter said = new StringWriter();
        PipedOutputStream writer = new PipedOutputStream();
        InputStream stdin = StdinWaitNotice.watching(new PipedInputStream(writer), new PrintWriter(said), QUIET);
        writer.write("Headline\n\nBody.\n".getBytes(StandardCharsets.UTF_8));
        Thread reading = new Thread(() -> {
            try {
                stdin.readAllBytes();
            } catch (Exception e) {
                // the pipe closed below
            }
        });
        reading.setDaemon(true);
        reading.start();
        Thread.sleep(QUIET * 6);
        writer.close();
        reading.join(5000);
        assertEquals(StdinWaitNotice.LINE + System.lineSeparator(), said.toString());
    }

    @Test
    void stdinThatEndsIsNotSaid() throws Exception {
        StringWriter said = new StringWriter();
        InputStream stdin = StdinWaitNotice.watching(
                new ByteArrayInputStream("Headline\n\nBody.\n".getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(said),
                QUIET);
        stdin.readAllBytes();
        Thread.sleep(QUIET * 4);
        assertEquals("", said.toString());
    }

    /** Read up to a cap and left (the command prints then): no read is waiting, so nothing is said. */
    @Test
    void stdinNoLongerReadIsNotSaid() throws Exception {
        StringWriter said = new StringWriter();
        PipedOutputStream writer = new PipedOutputStream();
        InputStream stdin = StdinWaitNotice.watching(new PipedInputStream(writer), new PrintWriter(said), QUIET);
        writer.write(new byte[10]);
        stdin.readNBytes(10);
        Thread.sleep(QUIET * 4);
        assertEquals("", said.toString());
        writer.close();
    }
}
