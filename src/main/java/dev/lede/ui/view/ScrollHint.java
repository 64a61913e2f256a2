package dev.lede.ui.view;

/**
 * Says that rows {@code firstRow}..{@code lastRow} (inclusive, in the columns {@code firstColumn}..
 * {@code lastColumn}) show the previous frame's content moved up by {@code distance} rows (down when
 * negative), so the painter can ask the terminal to scroll instead of repainting the pane.
 */
public record ScrollHint(int firstRow, int lastRow, int firstColumn, int lastColumn, int distance) {}
