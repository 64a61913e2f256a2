package dev.lede.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.core.article.Block;
import dev.lede.core.article.LinkMark;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the sanitizer and the wrapper: sanitized text holds no control, sanitizing is
 * idempotent, and no wrapped line is wider than the width it was wrapped at, in display columns.
 */
class TextFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void sanitize(byte[] bytes) {
        String text = anyChars(bytes);
        String clean = Sanitizer.sanitize(text);
        Controls.assertMultiLine("sanitize", clean);
        assertEquals(clean, Sanitizer.sanitize(clean), "sanitize is idempotent");
    }

    @FuzzTest(maxDuration = "30s")
    void sanitizeLine(byte[] bytes) {
        String text = anyChars(bytes);
        String clean = Sanitizer.sanitizeLine(text);
        Controls.assertOneLine("sanitizeLine", clean);
        assertEquals(clean, Sanitizer.sanitizeLine(clean), "sanitizeLine is idempotent");
    }

    @FuzzTest(maxDuration = "30s")
    void wrap(FuzzedDataProvider data) {
        int width = data.consumeInt(1, 160);
        List<Block> blocks = new ArrayList<>();
        int count = data.consumeInt(1, 4);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            blocks.add(block(data));
        }
        for (Wrap.Line line : Wrap.blocks(blocks, width)) {
            int columns = Columns.width(line.text());
            assertTrue(columns <= width, () -> columns + " columns at width " + width + ": " + line.text());
            for (Wrap.Mark mark : line.links()) {
                assertTrue(
                        mark.start() >= 0
                                && mark.start() <= mark.end()
                                && mark.end() <= line.text().length(),
                        () -> "link label outside its line: " + mark + " in " + line.text());
            }
        }
    }

    /** UTF-16 code units as they come, lone surrogates and all. */
    private static String anyChars(byte[] bytes) {
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff);
        }
        return new String(chars);
    }

    private static Block block(FuzzedDataProvider data) {
        int kind = data.consumeInt(0, 7);
        String text = Sanitizer.sanitize(data.consumeString(200));
        List<LinkMark> marks = new ArrayList<>();
        for (int m = data.consumeInt(0, 3); m > 0; m--) {
            marks.add(new LinkMark(data.consumeInt(0, text.length()), data.consumeInt(1, 999)));
        }
        return switch (kind) {
            case 0 -> new Block.Heading(data.consumeInt(1, 6), text, marks);
            case 1 ->
                new Block.ListItem(
                        data.pickValue(new String[] {"•", "1.", "10.", "-", "iv."}),
                        data.consumeInt(0, 8),
                        text,
                        marks);
            case 2 -> new Block.Quote(text, marks);
            case 3 -> new Block.Preformatted(text);
            case 4 ->
                new Block.Table(List.of(
                        List.of(text, Sanitizer.sanitizeLine(data.consumeString(40))),
                        List.of(Sanitizer.sanitizeLine(data.consumeString(40)))));
            case 5 -> new Block.Image(Sanitizer.sanitizeLine(text));
            case 6 -> new Block.Caption(text, marks);
            default -> new Block.Paragraph(text, marks);
        };
    }
}
