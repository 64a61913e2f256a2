package dev.lede.cli;

import dev.lede.core.parse.InputFormat;
import dev.lede.io.LoadOptions;
import picocli.CommandLine.Option;

/** How every command that loads reads its inputs: {@code --format} and {@code --max-size} (a picocli mixin). */
final class ReadOptions {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            completionCandidates = LowercaseNames.Formats.class,
            converter = FormatConverter.class,
            defaultValue = "auto",
            description = "Read every input as this format instead of detecting it: ${COMPLETION-CANDIDATES}.")
    InputFormat format = InputFormat.AUTO;

    @Option(
            names = "--max-size",
            paramLabel = "MIB",
            converter = MaxSizeConverter.class,
            description = "Skip inputs larger than this many MiB (default: ${DEFAULT-VALUE}).")
    int maxSizeMib = 32;

    LoadOptions loadOptions() {
        return LoadOptions.defaults().withMaxSize(maxSizeMib * 1024L * 1024L).withFormat(format);
    }
}
