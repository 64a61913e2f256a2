package dev.lede.cli;

import dev.lede.io.BundledSamples;
import dev.lede.ui.ShownFolder;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How inputs are named where a person reads them (the reader's title bar and source columns, {@code lede list}'s
 * source column): the bundled samples' folder is "samples", not the cache path they were unpacked to. Only what is
 * shown changes: the index, the reading state and the articles' ids keep the path (docs/index-and-cache.md, "The
 * cache folder").
 */
final class ShownNames {

    /** The samples' folder as shown. */
    static final String SAMPLES = "samples";

    private final Supplier<Path> samplesFolder;
    private String samples;
    private Boolean samplesLast;

    /** @param samplesFolder the samples' folder as {@link RunInputs#arguments} gives it */
    ShownNames(Path samplesFolder) {
        this(() -> samplesFolder);
    }

    private ShownNames(Supplier<Path> samplesFolder) {
        this.samplesFolder = samplesFolder;
    }

    /**
     * The names for a command run with {@code environment}, whose cache holds the samples, or a temporary
     * copy made when it cannot ({@link RunInputs#samples}): asked when first needed, after the inputs are known.
     */
    static ShownNames of(Map<String, String> environment) {
        return new ShownNames(
                () -> BundledSamples.of(environment, VersionProvider.version()).place());
    }

    private String samples() {
        if (samples == null) {
            samples = samplesFolder.get().toString();
        }
        return samples;
    }

    /** What the title bar names: the single input as given (the samples as such), else how many inputs. */
    String title(List<String> arguments) {
        if (arguments.size() == 1) {
            String only = arguments.get(0);
            return only.equals("-") ? "stdin" : only.equals(samples()) ? "bundled " + SAMPLES : only;
        }
        return arguments.size() + " inputs";
    }

    /** The samples' folder as the reader's source columns name it. */
    ShownFolder folder() {
        return new ShownFolder(samples(), SAMPLES);
    }

    /**
     * An article's source as a record names it ({@code lede list --json}, {@code lede export}): its path, which
     * opens the file, unless the samples are a temporary copy, gone when the run ends: then as {@link #source}.
     */
    String recorded(String source) {
        if (samplesLast == null) {
            samplesLast = !BundledSamples.isTemporaryCopy(Path.of(samples()));
        }
        return samplesLast ? source : source(source);
    }

    /** An article's source as {@code lede list} prints it: {@code samples/NAME} for a file of the samples. */
    String source(String source) {
        String samples = samples();
        if (source.length() > samples.length() && source.startsWith(samples)) {
            char next = source.charAt(samples.length());
            if (next == '/' || next == File.separatorChar) {
                return SAMPLES + source.substring(samples.length());
            }
        }
        return source;
    }
}
