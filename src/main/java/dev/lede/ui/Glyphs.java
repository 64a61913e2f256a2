package dev.lede.ui;

import java.nio.charset.Charset;

/**
 * The marks the views draw around the text: the selection, unread articles, the pane border, resolved
 * related headlines, separators, the typing cursor of a prompt and the end of cut text. Unicode where
 * the terminal's charset can show it, else ASCII of the same layout, so nothing becomes a '?'.
 */
public record Glyphs(
        String selected,
        String unread,
        String border,
        String related,
        String separator,
        String promptCursor,
        String cut) {

    public static final Glyphs UNICODE = new Glyphs("▸", "•", "│", "→", "·", "▏", "…");
    public static final Glyphs ASCII = new Glyphs(">", "+", "|", "->", "|", "_", "...");

    /** Unicode when {@code charset} can encode every Unicode mark (UTF-8 can), else ASCII. */
    public static Glyphs forCharset(Charset charset) {
        return charset.newEncoder()
                        .canEncode(String.join(
                                "",
                                UNICODE.selected,
                                UNICODE.unread,
                                UNICODE.border,
                                UNICODE.related,
                                UNICODE.separator,
                                UNICODE.promptCursor,
                                UNICODE.cut))
                ? UNICODE
                : ASCII;
    }
}
