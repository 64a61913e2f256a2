package dev.lede.ui;

/**
 * A folder shown under another name in the list's and the story's source column: the bundled samples,
 * unpacked to {@code samples-VERSION} in the cache, are shown as {@code samples}, as the title bar and
 * {@code lede list} name them (docs/index-and-cache.md, "The cache folder").
 *
 * @param path  the folder as the articles' sources begin with it (null: none)
 * @param shown the name shown for it
 */
public record ShownFolder(String path, String shown) {

    public static final ShownFolder NONE = new ShownFolder(null, null);

    /** Whether {@code folderPath}, the folder an article's file is in, is this one. */
    boolean names(String folderPath) {
        return path != null && path.equals(folderPath);
    }
}
