package dev.lede.core.text;

import java.util.regex.Pattern;

/**
 * A word as a POSIX shell reads it back as one word: as it is when every character is one no shell splits
 * on or expands, else in single quotes (a quote inside as {@code '\''}). For names in the commands lede
 * suggests ({@code lede unsubscribe 'Harbour News'}), so that pasting one does what it says.
 */
public final class ShellWord {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._,:/@%+=-]+");

    private ShellWord() {}

    public static String of(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
