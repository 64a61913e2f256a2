package dev.lede.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * A large folder walked from the names the {@link ListingCache} kept for it: those are handed out at
 * once, then the rest of the folder as it really is. The real listing runs in the background from
 * three quarters through the kept names, and whatever it holds beyond the names already handed out follows
 * them, in order. A kept name
 * with no file gives nothing (the walk finds no file there) and, should it come back before the real
 * listing, is handed out with the rest; so is a name the cache did not know. Every real entry is
 * handed out once, whatever the cache said. The cache is rewritten when the real listing's first names
 * are not the kept ones, or the folder changed meanwhile.
 */
final class CachedListing implements Iterator<Path> {

    private final Path dir;
    private final String[] kept;
    private final ListingCache cache;
    private final Function<Path, Iterator<Path>> exactListing;
    private final Executor background;
    private final FutureTask<String[]> real;
    private boolean started;
    private final List<String> vanished = new ArrayList<>(0);
    private int next;
    private Iterator<Path> rest;

    /**
     * @param kept         the names kept for {@code dir}, valid for {@code stamp}, in order
     * @param background   where the real listing runs
     * @param exactListing the folder listed by path, for when a name does not decode (problems are the walk's)
     */
    CachedListing(Path dir, String[] kept, ListingCache.Stamp stamp, ListingCache cache, Executor background,
                  Function<Path, Iterator<Path>> exactListing) {
        this.dir = dir;
        this.kept = kept;
        this.cache = cache;
        this.exactListing = exactListing;
        this.background = background;
        this.real = new FutureTask<>(() -> listAgain(stamp));
    }

    @Override
    public boolean hasNext() {
        return next < kept.length || rest().hasNext();
    }

    @Override
    public Path next() {
        if (next < kept.length) {
            if (next == kept.length * 3 / 4) {
                start();
            }
            return dir.resolve(kept[next++]);
        }
        return rest().next();
    }

    /**
     * Starts the real listing, once: three quarters through the kept names, so that it does not compete
     * with the first frame for the processor (see {@link ListingCache#KEPT}), yet overlaps the last of
     * them.
     */
    private void start() {
        if (!started) {
            started = true;
            background.execute(real);
        }
    }

    /** The walk found nothing at the name last handed out. */
    void lastVanished() {
        if (rest == null && next > 0) {
            vanished.add(kept[next - 1]);
        }
    }

    private Iterator<Path> rest() {
        if (rest == null) {
            start();
            String[] names = awaitReal();
            if (names == null) {
                List<Path> left = new ArrayList<>();
                exactListing.apply(dir).forEachRemaining(path -> {
                    if (!handedOut(path.getFileName().toString())) {
                        left.add(path);
                    }
                });
                rest = left.iterator();
            } else {
                int left = 0;
                for (String name : names) {
                    if (!handedOut(name)) {
                        names[left++] = name;
                    }
                }
                rest = new DirectoryWalk.Resolving(dir, left == names.length ? names : Arrays.copyOf(names, left));
            }
        }
        return rest;
    }

    /** Whether {@code name} was handed out and found: all kept names have been when this is asked. */
    private boolean handedOut(String name) {
        if (kept.length == 0 || name.compareTo(kept[kept.length - 1]) > 0) {
            return false; // most of a large folder: one comparison
        }
        return Arrays.binarySearch(kept, name) >= 0 && !vanished.contains(name);
    }

    /** The real listing's names (unsorted), or null when only the exact listing by path will do. */
    private String[] awaitReal() {
        try {
            return real.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            real.cancel(true);
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** Lists the folder as if there were no cache, and keeps its first names again when they changed. */
    private String[] listAgain(ListingCache.Stamp stamp) {
        ListingCache.Stamp before = ListingCache.Stamp.now(dir, Path.of(stamp.path()));
        long listedAt = System.currentTimeMillis();
        String[] names = DirectoryWalk.decodedNames(dir);
        if (names != null && before != null && names.length >= cache.minEntries()) {
            String[] head = DirectoryWalk.smallest(names, ListingCache.KEPT);
            if (!before.sameAs(stamp) || !Arrays.equals(head, kept)) {
                cache.write(dir, before, head, listedAt);
            }
        }
        return names;
    }
}
