package dev.lede.cli;

import dev.lede.core.parse.InputFormat;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every command reads: paths, URLs or {@code -}, and how to read them. */
final class InputOptions {

    @Parameters(
            paramLabel = "PATH|URL|-",
            arity = "0..*",
            description = "Article files, folders (read recursively), feed or page URLs, or - for stdin. "
                    + "Default: ./feeds if it exists, else the bundled samples.")
    List<String> inputs = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Read every input as this format instead of detecting it: ${COMPLETION-CANDIDATES}.")
    InputFormat format = InputFormat.AUTO;

    @Option(
            names = "--max-size",
            paramLabel = "MIB",
            description = "Skip inputs larger than this many MiB (default: ${DEFAULT-VALUE}).")
    int maxSizeMib = 32;
}
