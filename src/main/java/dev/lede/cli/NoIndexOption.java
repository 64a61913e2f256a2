package dev.lede.cli;

import picocli.CommandLine.Option;

/**
 * {@code --no-state} for a command whose only state is the library index (list, stories): one
 * declaration, one help text. Export and the reader also leave out read marks, so they say so in their own.
 */
final class NoIndexOption {

    @Option(
            names = "--no-state",
            description = "Neither read nor write the library index kept in "
                    + "$XDG_CACHE_HOME/lede (every file is read). Stdin alone never uses it.")
    boolean noState;
}
