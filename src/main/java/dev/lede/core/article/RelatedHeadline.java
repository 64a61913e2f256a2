package dev.lede.core.article;

/** A headline the article names as related; {@code url} is null when the input gave none. */
public record RelatedHeadline(String headline, String url) {}
