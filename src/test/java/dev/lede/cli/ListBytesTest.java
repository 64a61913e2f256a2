package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.text.Transliteration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code lede list} on lede's own stdout ({@link StreamWriter}) writes its lines as bytes itself: they are
 * the bytes the writer would have made of the same text, in UTF-8 and in a charset that cannot encode
 * every headline (transliterated, as the reader shows it), over more lines than one batch, from a fresh load and
 * from the index's stored listing.
 */
class ListBytesTest {

    @TempDir
    Path dir;

    @TempDir
    Path cache;

    @Test
    void bytesAreTheWritersBytes() throws Exception {
        String[] headlines = {
            "Plain ASCII headline number", "“Curly” quotes — and a dash in", "Ünïcödé café in Zürich, day",
            "東京の記事 number", "Rocket 🚀 launches, item", "Tab\tand trailing space ",
        };
        for (int i = 0; i < 1100; i++) {
            String headline = headlines[i % headlines.length] + " " + i + ".";
            Files.writeString(
                    dir.resolve(String.format("a%04d.txt", i)),
                    headline + "\n\nBody of article " + i + ", long enough to be a body.\n",
                    StandardCharsets.UTF_8);
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1}) {
            for (String[] args : new String[][] {
                {"list", dir.toString()}, // the first run parses and stores
                {"list", dir.toString()}, // then from the index
                {"list", "--json", dir.toString()},
                {"list", "--no-state", dir.toString()},
            }) {
                String text = run(new PrintWriter(new StringWriter()), args).text;
                Run bytes = run(new StreamWriter(new ByteArrayOutputStream(), charset), args);
                assertEquals(1100, text.lines().count(), String.join(" ", args));
                // Another charset than UTF-8 gets the text as the reader shows it, not the encoder's '?'.
                String shown = Transliteration.forCharset(text, charset);
                assertArrayEquals(shown.getBytes(charset), bytes.bytes, charset + " " + String.join(" ", args));
            }
        }
    }

    /**
     * Numbers are written as digits and separators as bytes encoded once: the same bytes as each encoded
     * on its own, in a charset with ASCII digits and in one without (UTF-16, which marks every string it
     * encodes).
     */
    @Test
    void numbersAndSeparatorsAreTheirEncodedBytes() {
        int[] numbers = {0, 7, 9, 10, 99, 100, 12_345, 100_000, Integer.MAX_VALUE, -1, Integer.MIN_VALUE};
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16}) {
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            ListCommand.ByteLines lines = new ListCommand.ByteLines(new StreamWriter(stream, charset));
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            for (int number : numbers) {
                lines.number(number);
                lines.separator("\t");
                lines.separator(" ");
                expected.writeBytes(Integer.toString(number).getBytes(charset));
                expected.writeBytes("\t".getBytes(charset));
                expected.writeBytes(" ".getBytes(charset));
            }
            lines.flush();
            assertArrayEquals(expected.toByteArray(), stream.toByteArray(), charset.name());
        }
    }

    private record Run(String text, byte[] bytes) {}

    private Run run(PrintWriter out, String... args) throws Exception {
        Map<String, String> environment = new HashMap<>(CliRun.testEnvironment());
        environment.put("XDG_CACHE_HOME", cache.toString());
        StringWriter text = new StringWriter();
        ByteArrayOutputStream bytes =
                out instanceof StreamWriter stream ? (ByteArrayOutputStream) stream.stream() : null;
        PrintWriter writer = bytes == null ? new PrintWriter(text, true) : out;
        CommandLine line = LedeCommand.commandLine(
                new ByteArrayInputStream(new byte[0]), dev.lede.io.StdinKind.NOTHING, environment);
        line.setOut(writer);
        line.setErr(new PrintWriter(new StringWriter(), true));
        line.execute(args);
        writer.flush();
        return new Run(text.toString(), bytes == null ? null : bytes.toByteArray());
    }
}
