package dev.lede.cli;

import dev.lede.io.ListingCache;
import dev.lede.io.LoadOptions;
import java.util.List;
import java.util.Map;

/** Whether this run keeps the first names of large folders between runs, and where. */
final class CacheFiles {

    private CacheFiles() {
    }

    /**
     * {@code options} with the listing cache in {@code $XDG_CACHE_HOME/lede/listings}; unchanged with
     * {@code --no-state} (nothing of the user's is written), when the only input is stdin (there is no
     * folder to list), or without a home folder.
     */
    static LoadOptions withListingCache(LoadOptions options, List<String> arguments, boolean noState,
                                        Map<String, String> environment) {
        if (noState || StateFiles.stdinOnly(arguments)) {
            return options;
        }
        return ListingCache.defaultFolder(environment).map(options::withListingCache).orElse(options);
    }
}
