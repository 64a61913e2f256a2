package dev.lede.core.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A picture as one line of a text article: {@code [image: alt]}, then {@code <url>} when its address is
 * known. The fetched library writes pictures so and the text parser reads them back as pictures (README,
 * "Formats"), so a fetched page's pictures keep their addresses.
 */
public final class PictureLine {

    private static final String START = "[image: ";
    private static final Pattern LINE = Pattern.compile("\\[image: (.*\\S)\\](?: <(\\S+)>)?");

    private PictureLine() {}

    /** The line for {@code picture}, on one line already when its alt and url are. */
    public static String of(Block.Image picture) {
        return picture.url() == null ? picture.text() : picture.text() + " <" + picture.url() + ">";
    }

    /** The picture a whole paragraph (sanitized, collapsed) names, or null when it is text. */
    public static Block.Image read(String paragraph) {
        if (!paragraph.startsWith(START)) {
            return null; // most paragraphs, at no cost
        }
        Matcher m = LINE.matcher(paragraph);
        return m.matches() ? new Block.Image(m.group(1), m.group(2)) : null;
    }
}
