package dev.lede.tui.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A folder of hostile inputs: binary, empty, sparse 2 GB, invalid UTF-8, a 10 MB line, a
 * million lines, HTML nested 100,000 deep, entity expansion and external entities, a feed of 100,000
 * items, and file names holding control characters and invalid UTF-8. All text is our own invention.
 */
final class HostileFolder {

    /** The files that are bad on purpose, each of which must be named on stderr with a reason. */
    static final List<String> SKIPPED = List.of("random.dat", "empty.txt", "sparse.txt");

    /** Lines of the local password file that must never show up in anything lede prints. */
    static final Path SECRET = Path.of("/etc/passwd");

    static final int FEED_ITEMS = 100_000;

    private HostileFolder() {}

    static void create(Path dir) throws IOException, InterruptedException {
        byte[] random = new byte[256 * 1024];
        new Random(7).nextBytes(random);
        random[10] = 0;
        Files.write(dir.resolve("random.dat"), random);
        Files.createFile(dir.resolve("empty.txt"));
        try (RandomAccessFile sparse =
                new RandomAccessFile(dir.resolve("sparse.txt").toFile(), "rw")) {
            sparse.setLength(2L * 1024 * 1024 * 1024);
        }
        Files.write(
                dir.resolve("invalid-utf8.txt"),
                concat(
                        "Broken bytes in Tarrow \u00e9\n".getBytes(StandardCharsets.UTF_8),
                        new byte[] {
                            (byte) 0xC3,
                            0x28,
                            (byte) 0xA0,
                            (byte) 0xA1,
                            (byte) 0xFF,
                            (byte) 0xFE,
                            (byte) 0xED,
                            (byte) 0xA0,
                            (byte) 0x80
                        },
                        " the council of Tarrow met again on Tuesday.\n".getBytes(StandardCharsets.UTF_8)));
        try (OutputStream out = Files.newOutputStream(dir.resolve("long-line.txt"))) {
            out.write("One very long line from the Pellworth gazette\n".getBytes(StandardCharsets.UTF_8));
            byte[] words = "the mill at Pellworth turns again ".getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < 10 * 1024 * 1024; written += words.length) {
                out.write(words);
            }
            out.write('\n');
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("million-lines.txt"))) {
            out.write("A million short lines from Dunmere\n".getBytes(StandardCharsets.UTF_8));
            byte[] line = "ok\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1_000_000; i++) {
                out.write(line);
            }
        }
        Files.writeString(
                dir.resolve("deep.html"),
                "<html><head><title>Deep nesting in Orbury</title></head><body>"
                        + "<div>".repeat(100_000) + "<p>The Orbury archive sits at the bottom of many boxes.</p>"
                        + "</div>".repeat(100_000) + "</body></html>");
        Files.writeString(
                dir.resolve("laughs.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
                        + "<!ENTITY a \"haha\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
                        + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
                        + "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n"
                        + "<!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">\n]>\n"
                        + "<rss version=\"2.0\"><channel><title>Laughing Gull Weekly</title>"
                        + "<item><title>Gulls laugh &i;</title><description>&i;</description></item></channel></rss>\n");
        Files.writeString(
                dir.resolve("xxe.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
                        + "<!ENTITY secret SYSTEM \"file://" + SECRET + "\">\n"
                        + "<!ENTITY % remote SYSTEM \"file://" + SECRET + "\">\n]>\n"
                        + "<rss version=\"2.0\"><channel><title>Quarry Lane News</title>"
                        + "<item><title>Quarry Lane reopens &secret;</title><description>Paving done. &secret;</description>"
                        + "</item></channel></rss>\n");
        try (OutputStream out = Files.newOutputStream(dir.resolve("big-feed.xml"))) {
            out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Hollin Ward Bulletin</title>\n"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i <= FEED_ITEMS; i++) {
                out.write(("<item><title>Hollin Ward notice " + i + "</title><description>Notice number " + i
                                + " about the ward hall.</description></item>\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write("</channel></rss>\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(
                dir.resolve("ctrl-\u001b[31m-\u0007-\r.txt"),
                "Bells ring in Farrow\nThe bells of Farrow rang at noon, said warden Ilse Marr.\n");
        // Invalid UTF-8 in a name can only be made from bytes, which Java's path encoding will not pass.
        Process shell = new ProcessBuilder(
                        "bash",
                        "-c",
                        "printf 'Gates open in Lindow\\nThe gates of Lindow opened at dawn.\\n'"
                                + " > $'bad-\\xff\\xfe-name.txt'")
                .directory(dir.toFile())
                .inheritIO()
                .start();
        if (shell.waitFor() != 0) {
            throw new IOException("could not create the file with an invalid UTF-8 name");
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
