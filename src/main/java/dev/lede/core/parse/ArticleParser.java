package dev.lede.core.parse;

/** Turns the bytes of one input into articles. Lenient: problems are returned, never thrown. */
public interface ArticleParser {

    Parsed parse(Input input);
}
