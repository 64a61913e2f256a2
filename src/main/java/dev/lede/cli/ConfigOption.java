package dev.lede.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE} for the commands that print the library (list, show, export, stories): the
 * file's {@code path} entries are their inputs when none is named, as in the reader.
 */
final class ConfigOption {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Read the configuration from FILE instead of $XDG_CONFIG_HOME/lede/config "
                    + "(its path entries are the inputs when none is given).")
    Path file;
}
