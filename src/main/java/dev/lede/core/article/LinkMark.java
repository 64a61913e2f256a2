package dev.lede.core.article;

/** Link number {@code number} is shown as {@code [number]} right after character {@code end} of a block's text. */
public record LinkMark(int end, int number) {}
