package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.lede.ui.view.Style;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The colours and attributes of one {@link Style} in one {@link ColorMode}. Colours are the terminal's
 * own palette entries (or its default foreground and background), never redefined.
 */
record CellStyle(TextColor foreground, TextColor background, Set<SGR> attributes) {

    private static final TextColor DEFAULT = TextColor.ANSI.DEFAULT;

    CellStyle {
        attributes = attributes.isEmpty() ? Set.of() : Set.copyOf(attributes);
    }

    SGR[] attributeArray() {
        return attributes.toArray(new SGR[0]);
    }

    /** One style per semantic role for the given colour mode. */
    static Map<Style, CellStyle> palette(ColorMode mode) {
        Map<Style, CellStyle> palette = new EnumMap<>(Style.class);
        for (Style style : Style.values()) {
            palette.put(style, mode == ColorMode.NONE ? monochrome(style) : coloured(style, mode));
        }
        return palette;
    }

    private static CellStyle monochrome(Style style) {
        return switch (style) {
            case NORMAL, DIM, BORDER, RELATED_MISSING -> plain();
            case BOLD, HEADING, UNREAD_MARK, RELATED_RESOLVED, ERROR, KEY_HINT -> attrs(SGR.BOLD);
            case TITLE_BAR -> attrs(SGR.REVERSE, SGR.BOLD);
            case STATUS_BAR, SELECTED, MATCH -> attrs(SGR.REVERSE);
            case CURRENT_MATCH -> attrs(SGR.REVERSE, SGR.UNDERLINE);
            case SELECTED_UNFOCUSED, LINK -> attrs(SGR.UNDERLINE);
            case QUOTE -> attrs(SGR.ITALIC);
        };
    }

    private static CellStyle coloured(Style style, ColorMode mode) {
        TextColor grey = switch (mode) {
            case TRUE_COLOR -> new TextColor.RGB(128, 128, 128);
            case INDEXED_256 -> new TextColor.Indexed(244);
            default -> TextColor.ANSI.BLACK_BRIGHT;
        };
        return switch (style) {
            case NORMAL -> plain();
            case DIM, BORDER, RELATED_MISSING -> new CellStyle(grey, DEFAULT, Set.of());
            case BOLD -> attrs(SGR.BOLD);
            case HEADING -> new CellStyle(TextColor.ANSI.CYAN, DEFAULT, Set.of(SGR.BOLD));
            case UNREAD_MARK -> new CellStyle(TextColor.ANSI.CYAN, DEFAULT, Set.of(SGR.BOLD));
            case RELATED_RESOLVED -> new CellStyle(TextColor.ANSI.GREEN, DEFAULT, Set.of());
            case ERROR -> new CellStyle(TextColor.ANSI.RED, DEFAULT, Set.of(SGR.BOLD));
            case KEY_HINT -> attrs(SGR.BOLD);
            case TITLE_BAR -> attrs(SGR.REVERSE, SGR.BOLD);
            case STATUS_BAR, SELECTED -> attrs(SGR.REVERSE);
            case SELECTED_UNFOCUSED -> attrs(SGR.UNDERLINE);
            case LINK -> new CellStyle(TextColor.ANSI.CYAN, DEFAULT, Set.of(SGR.UNDERLINE));
            case QUOTE -> new CellStyle(TextColor.ANSI.GREEN, DEFAULT, Set.of(SGR.ITALIC));
            case MATCH -> new CellStyle(TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW, Set.of());
            case CURRENT_MATCH -> new CellStyle(TextColor.ANSI.BLACK, TextColor.ANSI.MAGENTA_BRIGHT, Set.of(SGR.BOLD));
        };
    }

    private static CellStyle plain() {
        return new CellStyle(DEFAULT, DEFAULT, Set.of());
    }

    private static CellStyle attrs(SGR... attributes) {
        return new CellStyle(DEFAULT, DEFAULT, EnumSet.of(attributes[0], attributes));
    }
}
