package dev.lede.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file named on the command line whose name is not valid in the locale's charset ({@code café.txt} written in
 * Latin-1 under a UTF-8 locale, any name beyond ASCII under {@code LANG=C}): the JDK decodes such an argument
 * with U+FFFD in place of each bad byte, and that string names no file (or no path at all). Its folder's listing
 * keeps every name's bytes, and decodes them the same way: the one entry whose name reads as the argument's is
 * the file meant. (Two names that differ only in their bad bytes read alike: with both in the folder neither is
 * taken; with one, a name as typed that is not there reads as the one that is.)
 */
final class UndecodedName {

    private static final char REPLACEMENT = '\uFFFD';

    private UndecodedName() {}

    /**
     * The file {@code argument} names when it holds a U+FFFD and, as spelled, names nothing: the one entry of its
     * folder whose name decodes alike; empty when there is none, or more than one (each would be a guess).
     */
    static Optional<Path> find(String argument) {
        int slash = argument.lastIndexOf('/');
        String name = argument.substring(slash + 1);
        if (name.indexOf(REPLACEMENT) < 0 || argument.substring(0, slash + 1).indexOf(REPLACEMENT) >= 0) {
            return Optional.empty(); // nothing undecoded, or in a folder's name too: not looked for
        }
        try {
            Path spelled = Path.of(argument);
            if (Files.exists(spelled, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
        } catch (InvalidPathException e) {
            // unmappable in this charset: only the listing can name it
        }
        Path folder;
        try {
            folder = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : argument.substring(0, slash));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        Path found = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equals(name)) {
                    if (found != null) {
                        return Optional.empty();
                    }
                    found = slash < 0 ? entry.getFileName() : entry;
                }
            }
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }
}
