package dev.lede.core.state;

import dev.lede.core.article.ArticleId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The reader's memory of articles, keyed by their stable ids: which were read, which are starred and
 * where reading stopped. A value; every change returns a new state (or this one when nothing changed).
 *
 * @param places where reading stopped; an article read from the top has no entry
 */
public record ReadingState(Set<ArticleId> read, Set<ArticleId> starred, Map<ArticleId, Place> places) {

    public static final ReadingState EMPTY = new ReadingState(Set.of(), Set.of(), Map.of());

    public ReadingState {
        read = Set.copyOf(read);
        starred = Set.copyOf(starred);
        places = Map.copyOf(places);
    }

    public boolean isRead(ArticleId id) {
        return read.contains(id);
    }

    public boolean isStarred(ArticleId id) {
        return starred.contains(id);
    }

    /** Where reading of {@code id} stopped; the top when it never moved from there. */
    public Place place(ArticleId id) {
        return places.getOrDefault(id, Place.TOP);
    }

    public ReadingState withRead(ArticleId id, boolean isRead) {
        return isRead(id) == isRead ? this : new ReadingState(toggled(read, id, isRead), starred, places);
    }

    /** Every one of {@code ids} marked read, in one copy of the set (A on thousands of articles). */
    public ReadingState withAllRead(java.util.Collection<ArticleId> ids) {
        Set<ArticleId> more = new java.util.HashSet<>(read);
        return more.addAll(ids) ? new ReadingState(more, starred, places) : this;
    }

    public ReadingState withStarred(ArticleId id, boolean isStarred) {
        return isStarred(id) == isStarred ? this : new ReadingState(read, toggled(starred, id, isStarred), places);
    }

    public ReadingState withPlace(ArticleId id, Place place) {
        if (place(id).equals(place)) {
            return this;
        }
        Map<ArticleId, Place> more = new HashMap<>(places);
        if (place.equals(Place.TOP)) {
            more.remove(id);
        } else {
            more.put(id, place);
        }
        return new ReadingState(read, starred, more);
    }

    /**
     * Without the read marks and places of {@code ids} (articles deleted for good: their marks would only
     * grow the file); their stars stay, as a star is never taken without being asked.
     */
    public ReadingState forgetting(java.util.Collection<ArticleId> ids) {
        Set<ArticleId> fewer = new HashSet<>(read);
        Map<ArticleId, Place> placesLeft = new HashMap<>(places);
        boolean changed = fewer.removeAll(ids) | placesLeft.keySet().removeAll(ids);
        return changed ? new ReadingState(fewer, starred, placesLeft) : this;
    }

    /** Every article this state says something about. */
    public Set<ArticleId> ids() {
        Set<ArticleId> all = new LinkedHashSet<>(read);
        all.addAll(starred);
        all.addAll(places.keySet());
        return all;
    }

    /**
     * A three-way merge for two processes sharing one file: each mark, star and place that {@code mine}
     * changed since {@code base} (what this process last loaded or saved) wins, everything else is
     * taken from {@code disk}, so another process's changes since then are kept too.
     */
    public static ReadingState merge(ReadingState disk, ReadingState base, ReadingState mine) {
        Set<ArticleId> ids = new LinkedHashSet<>(disk.ids());
        ids.addAll(base.ids());
        ids.addAll(mine.ids());
        Set<ArticleId> read = new HashSet<>();
        Set<ArticleId> starred = new HashSet<>();
        Map<ArticleId, Place> places = new HashMap<>();
        for (ArticleId id : ids) {
            ReadingState readFrom = mine.isRead(id) != base.isRead(id) ? mine : disk;
            if (readFrom.isRead(id)) {
                read.add(id);
            }
            ReadingState starFrom = mine.isStarred(id) != base.isStarred(id) ? mine : disk;
            if (starFrom.isStarred(id)) {
                starred.add(id);
            }
            Place place = (mine.place(id).equals(base.place(id)) ? disk : mine).place(id);
            if (!place.equals(Place.TOP)) {
                places.put(id, place);
            }
        }
        return new ReadingState(read, starred, places);
    }

    private static Set<ArticleId> toggled(Set<ArticleId> ids, ArticleId id, boolean present) {
        Set<ArticleId> copy = new HashSet<>(ids);
        if (present) {
            copy.add(id);
        } else {
            copy.remove(id);
        }
        return copy;
    }
}
