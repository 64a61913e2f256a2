package dev.lede.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/** Opens the interactive reader on the terminal (wired to dev.lede.tui once it lands). */
final class Reader {

    private Reader() {
    }

    static int open(InputOptions inputs, InputStream stdin, int textWidth, PrintWriter err) {
        err.println("lede: the interactive reader is not wired yet; printing the list");
        LibraryLoad.Loaded loaded = LibraryLoad.loadAll(inputs, stdin, err);
        ListCommand.print(loaded.library(), new PrintWriter(System.out, true), false);
        return loaded.exitCode();
    }
}
