package dev.lede.cli;

import dev.lede.io.BundledSamples;
import dev.lede.io.FileFailures;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a run opens: the inputs it names, else the subscriptions' library, the config's paths, ./feeds or the samples. */
final class RunInputs {

    private RunInputs() {}

    /**
     * The inputs as given, else what the reader opens with none (README, "Configuration", {@code path}):
     * the fetched library once there are subscriptions, beside the config's {@code path} entries; without
     * subscriptions those entries alone; with neither, ./feeds, else the samples bundled in the jar. The
     * configuration is read only when no input is given, where its paths have a say.
     */
    static List<String> arguments(
            InputOptions options, CommandConfig config, Map<String, String> environment, PrintWriter err) {
        if (!options.inputs.isEmpty()) {
            return options.inputs;
        }
        List<String> defaults = new ArrayList<>();
        SubscribedLibrary.folder(environment).ifPresent(library -> defaults.add(library.toString()));
        config.get().paths().forEach(path -> defaults.add(underHome(path, environment)));
        if (!defaults.isEmpty()) {
            return defaults;
        }
        Path feeds = Paths.get("feeds");
        if (Files.isDirectory(feeds)) {
            return List.of("feeds");
        }
        return samples(environment, err);
    }

    /**
     * The configuration's file and line for each input its {@code path} lines gave, as {@link #arguments} gives
     * them, when they are what a run opens (no input named): its problems are named by where they were asked for.
     */
    static ConfigPathNames configPathNames(
            InputOptions options, CommandConfig config, Map<String, String> environment) {
        if (!options.inputs.isEmpty()) {
            return ConfigPathNames.NONE;
        }
        List<String> paths = config.get().paths();
        Map<String, String> lines = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            lines.putIfAbsent(
                    underHome(paths.get(i), environment),
                    config.get().pathLines().get(i));
        }
        return new ConfigPathNames(lines);
    }

    /**
     * The bundled samples' folder, unpacked into the cache. When they cannot be unpacked there (a cache that
     * cannot be written), an earlier unpacking is read if there is one, else a copy in the system's temporary
     * folder (one line says why; no index is kept of it). When even that fails the cache's folder is still
     * the input, named as missing, the load counted as nothing read (exit 3, the reader not opened on an
     * empty list).
     */
    static List<String> samples(Map<String, String> environment, PrintWriter err) {
        BundledSamples samples = BundledSamples.of(environment, VersionProvider.version());
        try {
            return List.of(samples.folder().toString());
        } catch (IOException e) {
            String why = FileFailures.describe(e);
            if (!Files.isDirectory(samples.place())) {
                try {
                    Path copy = samples.temporaryCopy();
                    err.println(
                            "lede: the bundled samples are read from a temporary copy (the cache cannot be written: "
                                    + why + ")");
                    return List.of(copy.toString());
                } catch (IOException | RuntimeException temporary) {
                    // said below with the cache's reason, which is the one to mend
                }
            }
            err.println("lede: cannot unpack the bundled samples: " + why);
            return List.of(samples.place().toString());
        }
    }

    /** A config's {@code path ~/news} as a shell would read it: {@code ~} is $HOME (no shell reads the file). */
    static String underHome(String path, Map<String, String> environment) {
        String home = environment.get("HOME");
        if (home == null || home.isEmpty() || !(path.equals("~") || path.startsWith("~/"))) {
            return path;
        }
        return Paths.get(home)
                .resolve(path.substring(1).replaceFirst("^/+", ""))
                .toString();
    }
}
