package dev.lede.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The inputs every command reads: paths, URLs or {@code -}, and how to read them. */
final class InputOptions {

    @Parameters(
            paramLabel = "PATH|URL|-",
            arity = "0..*",
            description = "Article files, folders (read recursively), feed or page URLs, or - for stdin. "
                    + "Default: the config's path entries, beside the fetched library once there are subscriptions; "
                    + "else ./feeds if it exists, else the bundled samples.")
    List<String> inputs = new ArrayList<>();

    @Mixin
    ReadOptions read = new ReadOptions();

    /** Text of parsed files the load keeps for opening again, set by a command, not an option ({@link dev.lede.io.LoadOptions#keptChars}). */
    long keptChars;
}
