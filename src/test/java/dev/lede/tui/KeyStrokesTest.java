package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.ui.keys.Key;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Raw bytes as terminals send them, through the same decoder set-up LedeTerminal uses, to vi-notation keys. */
class KeyStrokesTest {

    private static final String ESC = "\u001b";

    @Test
    void printableKeysAreThemselves() throws IOException {
        assertEquals(List.of("j", "G", "/", "<", "<space>", "é", "日"), keys("jG/< é日"));
    }

    /**
     * A character beyond the first 65,536 (an emoji, a rare kanji as in 𠮷野家, a mathematical letter) arrives
     * as two halves: together they are one key, which a search prompt types. Each half alone was dropped, so
     * typing 🚀 or 𠮷 into a search typed nothing.
     */
    @Test
    void aCharacterOutsideTheBasicPlaneIsOneKey() throws IOException {
        assertEquals(List.of("a", "🚀", "𠮷", "b"), keys("a🚀𠮷b"));
    }

    @Test
    void backspaceArrivesAsDelOrCtrlH() throws IOException {
        assertEquals(List.of("<bs>", "<bs>"), keys("\u007f\b"));
    }

    @Test
    void enterArrivesAsCrOrLf() throws IOException {
        assertEquals(List.of("<enter>", "j", "<enter>"), keys("\rj\n"));
    }

    @Test
    void arrowsDecodeInCsiAndSs3Forms() throws IOException {
        assertEquals(
                List.of("<up>", "<down>", "<right>", "<left>", "<up>", "<down>"),
                keys(ESC + "[A" + ESC + "[B" + ESC + "[C" + ESC + "[D" + ESC + "OA" + ESC + "OB"));
    }

    @Test
    void homeAndEndDecodeInEveryForm() throws IOException {
        assertEquals(
                List.of("<home>", "<end>", "<home>", "<end>", "<home>", "<end>", "<home>", "<end>"),
                keys(ESC + "[H" + ESC + "[F" + ESC + "[1~" + ESC + "[4~" + ESC + "[7~" + ESC + "[8~" + ESC + "OH" + ESC
                        + "OF"));
    }

    @Test
    void pageKeysFunctionKeysAndBackTabDecode() throws IOException {
        assertEquals(
                List.of("<pgup>", "<pgdn>", "<s-tab>", "<f1>", "<f1>", "<tab>"),
                keys(ESC + "[5~" + ESC + "[6~" + ESC + "[Z" + ESC + "OP" + ESC + "[11~" + "\t"));
    }

    @Test
    void controlKeysIncludingSignalsArriveAsKeys() throws IOException {
        assertEquals(List.of("<c-c>", "<c-z>", "<c-d>", "<c-l>"), keys("\u0003\u001a\u0004\u000c"));
    }

    @Test
    void bracketedPasteMarkersAreIgnored() throws IOException {
        assertEquals(List.of("h", "i"), keys(ESC + "[200~hi" + ESC + "[201~"));
    }

    @Test
    void loneEscapeIsEscape() throws IOException {
        assertEquals(List.of("j", "<esc>"), keys("j" + ESC));
    }

    @Test
    void sequenceSplitAcrossPacketsStillDecodesAsOneKey() throws Exception {
        PipedOutputStream writer = new PipedOutputStream();
        PipedInputStream pipe = new PipedInputStream(writer);
        InputDecoder decoder = decoder(new EscapeTimingInput(pipe, 5_000));
        Thread sender = new Thread(() -> {
            try {
                writer.write(0x1b);
                writer.flush();
                Thread.sleep(50); // a network gap well inside the (here generous) wait
                writer.write("[B".getBytes(StandardCharsets.US_ASCII));
                writer.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        sender.start();
        assertEquals(KeyType.ArrowDown, decoder.getNextCharacter(true).getKeyType());
        sender.join();
    }

    @Test
    void modifiedArrowsKeepTheirModifiers() {
        assertEquals(
                "<c-up>",
                KeyStrokes.toKey(new KeyStroke(KeyType.ArrowUp, true, false))
                        .map(Key::name)
                        .orElseThrow());
        assertEquals(
                "<a-x>",
                KeyStrokes.toKey(new KeyStroke('x', false, true)).map(Key::name).orElseThrow());
    }

    private static List<String> keys(String typed) throws IOException {
        InputDecoder decoder =
                decoder(new EscapeTimingInput(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), 20));
        List<String> names = new ArrayList<>();
        KeyStrokes strokes = new KeyStrokes();
        for (KeyStroke stroke = decoder.getNextCharacter(true);
                stroke.getKeyType() != KeyType.EOF;
                stroke = decoder.getNextCharacter(true)) {
            strokes.next(stroke).ifPresent(key -> names.add(key.name()));
        }
        return names;
    }

    private static InputDecoder decoder(InputStream in) {
        InputDecoder decoder = new InputDecoder(new InputStreamReader(in, StandardCharsets.UTF_8));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        KeyDecoding.install(decoder);
        return decoder;
    }
}
