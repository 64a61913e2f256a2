package dev.lede.core.article;

/** A numbered link of an article, listed after the body. */
public record Link(int number, String text, String url) {}
