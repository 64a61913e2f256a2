package dev.lede.cli;

import dev.lede.core.library.Library;
import dev.lede.io.IndexedLoad;
import dev.lede.io.LoadOptions;
import dev.lede.io.LoadSink;
import dev.lede.io.Loader;
import dev.lede.io.ResolvedRelated;
import dev.lede.tui.ReaderContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The folders the reader watches, and how it loads them again when they change: through the library
 * index as the start did (its check of the folders reads only what changed), or straight from the
 * files with {@code --no-state}. Only a library of paths is watched: stdin and URLs cannot be read again.
 */
final class ReaderReload implements Consumer<LoadSink> {

    private final List<String> arguments;
    private final LoadOptions options;
    private final boolean indexed;
    private final Map<String, String> environment;
    private final Consumer<String> warnings;
    private final ConfigPathNames names;
    /** The last reload's load: its index connection serves the library it gave (search, ledes) until replaced. */
    private IndexedLoad serving;

    private ReaderReload(
            List<String> arguments,
            LoadOptions options,
            boolean indexed,
            Map<String, String> environment,
            Consumer<String> warnings,
            ConfigPathNames names) {
        this.arguments = List.copyOf(arguments);
        this.names = names;
        this.options = options;
        this.indexed = indexed;
        this.environment = environment;
        this.warnings = warnings;
    }

    /**
     * The folders among {@code arguments} to watch, with their reload; empty when the inputs are not all paths. The
     * reload's problems are named as the start's ({@code names}).
     */
    static Optional<ReaderContext.Watched> watched(
            List<String> arguments,
            LoadOptions options,
            boolean indexed,
            Map<String, String> environment,
            Consumer<String> warnings,
            ConfigPathNames names) {
        if (!IndexedLoad.applies(arguments, options)) {
            return Optional.empty();
        }
        List<Path> folders = new ArrayList<>();
        for (String argument : arguments) {
            try {
                Path path = Path.of(argument);
                if (Files.isDirectory(path)) {
                    folders.add(path);
                }
            } catch (InvalidPathException e) {
                // reported by the load
            }
        }
        return folders.isEmpty()
                ? Optional.empty()
                : Optional.of(reloading(
                        folders, new ReaderReload(arguments, options, indexed, environment, warnings, names)));
    }

    private static ReaderContext.Watched reloading(List<Path> folders, ReaderReload reload) {
        return new ReaderContext.Watched(folders, reload, reload::reloaded);
    }

    @Override
    public void accept(LoadSink reloaded) {
        LoadSink sink = names.naming(reloaded);
        Loader loader = new Loader(options, InputStream.nullInputStream(), Loader.defaultUrls(options));
        if (!indexed) {
            loader.load(arguments, sink);
            return;
        }
        IndexedLoad load = new IndexedLoad(
                () -> CacheFiles.libraryIndex(arguments, false, environment, warnings),
                loader,
                options,
                warnings,
                false);
        load.load(arguments, sink);
        IndexedLoad previous = serving;
        serving = load; // before the sink finishes: the finished library's resolutions are stored through it
        sink.finished();
        if (previous != null) {
            previous.close();
        }
    }

    /**
     * Stores what the reloaded library's related headlines resolved to, so that the next start over the
     * same folders needs no matcher (without this, every change seen while reading cost the next start its
     * resolutions), and its headline listing; on the reload's thread, after the library is shown.
     */
    private void reloaded(Library library) {
        if (serving != null) {
            serving.storeResolutionsAndListing(new ResolvedRelated(library));
        }
    }
}
