package dev.lede.io;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.EntryDetails;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The details of a library listed from a kept listing ({@link ListingFile}): the first screenful's rows
 * answered from what was kept with it, every other row (and every pass over all of them) by {@code rest},
 * the index, which opens when first asked. So the library's first complete frame, which draws those rows
 * and the lede under the cursor, does not wait for SQLite to open.
 */
final class SeededDetails implements EntryDetails {

    private final Map<Long, ListingFile.Seed> seeds = new HashMap<>();
    private final EntryDetails rest;

    SeededDetails(List<ListingFile.Seed> seeds, EntryDetails rest) {
        seeds.forEach(seed -> this.seeds.put(seed.row(), seed));
        this.rest = rest;
    }

    @Override
    public Details of(long row) {
        ListingFile.Seed seed = seeds.get(row);
        return seed != null ? seed.details() : rest.of(row);
    }

    @Override
    public String headline(long row) {
        ListingFile.Seed seed = seeds.get(row);
        return seed != null ? seed.headline() : rest.headline(row);
    }

    @Override
    public boolean eachHeadline(BiConsumer<Long, String> visitor) {
        return rest.eachHeadline(visitor);
    }

    @Override
    public boolean eachTargets(BiConsumer<Long, List<ArticleId>> visitor) {
        return rest.eachTargets(visitor);
    }
}
