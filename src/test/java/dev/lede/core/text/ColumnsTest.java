package dev.lede.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void asciiAndLatinTakeOneColumnEach() {
        assertEquals(5, Columns.width("hello"));
        assertEquals(4, Columns.width("café"));
        assertEquals(6, Columns.width("Ελλάδα"));
    }

    @Test
    void cjkAndHangulTakeTwoColumns() {
        assertEquals(4, Columns.width("日本"));
        assertEquals(4, Columns.width("한국"));
        assertEquals(1, Columns.width("ｱ")); // halfwidth katakana stays narrow
        assertEquals(2, Columns.width("𠀋")); // CJK Extension B, outside the BMP
    }

    @Test
    void fullwidthSignsAreWideUnlikeLanterna() {
        assertEquals(2, Columns.width("￥"));
        assertEquals(2, Columns.width("Ａ"));
    }

    @Test
    void emojiWithEmojiPresentationAreWide() {
        assertEquals(2, Columns.width("⌚")); // BMP emoji
        assertEquals(2, Columns.width("😀"));
        assertEquals(2, Columns.width("❤️")); // text-default heart asked for emoji presentation
        assertEquals(1, Columns.width("❤")); // and without the selector it stays narrow
    }

    @Test
    void combiningMarksAndZeroWidthCharactersTakeNoColumn() {
        assertEquals(1, Columns.width("e\u0301"));
        assertEquals(2, Columns.width("a\u200Bb"));
        assertEquals(0, Columns.width("\u200D"));
        assertEquals(1, Columns.width("ที่")); // Thai consonant with two marks
    }

    @Test
    void zwjSequencesAndFlagsAreOneWideCharacter() {
        assertEquals(2, Columns.width("👩‍💻"));
        assertEquals(2, Columns.width("👨‍👩‍👧‍👦"));
        assertEquals(2, Columns.width("🇫🇷"));
        assertEquals(4, Columns.width("🇫🇷🇩🇪"));
        assertEquals(2, Columns.width("👍🏽")); // skin tone modifier joins its emoji
    }

    @Test
    void controlCharactersTakeNoColumn() {
        assertEquals(0, Columns.width("\u001b"));
        assertEquals(0, Columns.width(0x9b));
    }

    @Test
    void conjoiningJamoMakeOneWideSyllable() {
        assertEquals(2, Columns.width("\u1100\u1161\u11A8"));
    }

    @Test
    void graphemesSplitBetweenUserPerceivedCharacters() {
        assertEquals(List.of("e\u0301", "🇫🇷", "👩‍💻", "x"), Graphemes.split("e\u0301🇫🇷👩‍💻x"));
        assertEquals(List.of("🇫🇷", "🇩🇪"), Graphemes.split("🇫🇷🇩🇪"));
        assertEquals(List.of("a", "\u200B", "b"), Graphemes.split("a\u200Bb"));
    }

    @Test
    void widthOfStringIsTheSumOfItsClusters() {
        String mixed = "Ünïcode 日本 😀 🇫🇷 e\u0301!";
        int sum =
                Graphemes.split(mixed).stream().mapToInt(Columns::clusterWidth).sum();
        assertEquals(sum, Columns.width(mixed));
        assertEquals(21, sum); // 7 + 1 + 4 + 1 + 2 + 1 + 2 + 1 + 1 + 1
    }
}
