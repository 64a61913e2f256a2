package dev.lede.ui.view;

/**
 * What a span means, not what colour it is: the painter maps each style to colours and attributes
 * for the terminal's colour mode (none, 16, 256, true colour).
 */
public enum Style {
    NORMAL,
    DIM,
    BOLD,
    TITLE_BAR,
    STATUS_BAR,
    SELECTED,
    SELECTED_UNFOCUSED,
    UNREAD_MARK,
    HEADING,
    QUOTE,
    LINK,
    MATCH,
    CURRENT_MATCH,
    RELATED_RESOLVED,
    RELATED_MISSING,
    ERROR,
    BORDER,
    KEY_HINT
}
