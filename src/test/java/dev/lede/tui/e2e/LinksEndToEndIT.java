package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged reader in tmux, picking links: the {@code U} list shows URLs whole, a link picked there
 * is copied with {@code y} (OSC 52, read back from tmux's buffer), {@code 3y} in the reader copies link
 * [3], and with {@code set hyperlinks on} the links go out as OSC 8.
 */
@ExtendWith(NeedsTmuxAndTheJar.class)
class LinksEndToEndIT {

    private static final String REPORT =
            "https://maresby.example/reports/2026/winter-crossings-pilot-training-fuel-costs"
                    + "-and-timetable-full-report.pdf";
    private static final String PETITION = "https://maresby.example/petition";
    private static final String DESK = "mailto:desk@maresby.example";

    @TempDir
    Path dir;

    @Test
    void aLinkPickedInTheLinksListIsCopiedWholeAndANumberBeforeYCopiesThatLink() throws Exception {
        Path page = Launch.write(
                dir,
                "story.html",
                "<!doctype html><html><head><title>Harbour board report</title></head>"
                        + "<body><article><h1>Harbour board publishes its winter report</h1>"
                        + "<p>The harbour board of Maresby published its <a href=\"" + REPORT
                        + "\">winter report</a> on Tuesday, "
                        + "after a long <a href=\"" + PETITION
                        + "\">petition</a> by residents who asked for the ferry to keep "
                        + "running through the storms of the winter.</p><p>Questions go to the <a href=\"" + DESK
                        + "\">desk</a>; "
                        + "the report says fuel costs rose by a fifth and that two new pilots will be trained next spring.</p>"
                        + "</article></body></html>");
        Path config = Launch.write(dir, "config", "set hyperlinks on\n");
        Path bytes = dir.resolve("bytes.bin");
        try (Tmux tmux = new Tmux()) {
            tmux.start(60, 24, Launch.lede("--no-state --config " + Launch.quoted(config) + " " + Launch.quoted(page)));
            tmux.clipboardOn();
            tmux.pipeTo(bytes);
            tmux.expect("the article", s -> s.contains("Harbour board publishes") && s.contains("reading"));

            tmux.keys("U");
            String list = tmux.expect("the links list", s -> s.contains("links —") && s.contains("[3] desk"));
            assertTrue(joined(list).contains(REPORT), "the URL is shown whole, wrapped:\n" + list);
            assertTrue(!list.contains("…") || list.indexOf("…") < list.indexOf("[1]"), "no URL is cut:\n" + list);

            tmux.keys("j"); // from [1] (the page names no address of its own) to [2]
            tmux.keys("y");
            tmux.expect("link [2] copied", s -> s.contains("link [2] copied"));
            assertEquals(PETITION, tmux.buffer().strip());

            tmux.keys("1", "y");
            tmux.expect("typing 1 selects link [1], y copies it", s -> s.contains("link [1] copied"));
            assertEquals(REPORT, tmux.buffer().strip());

            tmux.keys("q");
            tmux.expect("the list closed", s -> !s.contains("links —") && s.contains("reading"));
            tmux.keys("3", "y");
            tmux.expect("3y copies link [3]", s -> s.contains("link [3] copied"));
            assertEquals(DESK, tmux.buffer().strip());

            tmux.keys("Q");
            tmux.expect("the shell again", s -> !s.contains("reading"));
        }
        String sent = Files.readString(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(sent.contains("\u001b]8;;" + REPORT + "\u001b\\"), "the links went out as OSC 8 hyperlinks");
    }

    // The screen's rows stripped and joined: a URL wrapped over rows reads whole again.
    private static String joined(String screen) {
        StringBuilder out = new StringBuilder();
        screen.lines().forEach(line -> out.append(line.strip()));
        return out.toString();
    }
}
