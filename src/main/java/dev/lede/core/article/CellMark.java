package dev.lede.core.article;

/** A link mark inside cell {@code column} of row {@code row} of a {@link Block.Table}: its {@code end} counts in that cell's text. */
public record CellMark(int row, int column, LinkMark mark) {}
