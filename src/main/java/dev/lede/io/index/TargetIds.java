package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import dev.lede.core.library.IdKey;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The related headlines' targets of one article as the stored listing holds them: each lede's own id as its
 * {@link IdKey} (0 for a headline that resolved to nothing), any other id as its text. An
 * {@link ArticleId} is made only when asked for; {@code lede list} numbers the targets from their keys
 * without one. Made per target, the id's string, its bytes and the {@code ArticleId} (with the list around
 * them) were about 1 KB a file of {@code lede list} on 10,000 unchanged files, a young collection of its
 * five (README, "Where `lede list` goes").
 */
public final class TargetIds extends AbstractList<ArticleId> implements RandomAccess {

    private final long[] keys;
    /** The ids that have no key, by position; null when every id has one. */
    private final String[] spelled;

    TargetIds(long[] keys, String[] spelled) {
        this.keys = keys;
        this.spelled = spelled;
    }

    /** The key of the target at {@code index}: 0 when unresolved, {@link IdKey#NONE} when only {@link #get} tells it. */
    public long key(int index) {
        return keys[index];
    }

    @Override
    public ArticleId get(int index) {
        long key = keys[index];
        if (key == 0) {
            return null;
        }
        return key == IdKey.NONE ? new ArticleId(spelled[index]) : IdKey.id(key);
    }

    @Override
    public int size() {
        return keys.length;
    }
}
