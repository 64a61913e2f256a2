package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the library keeps per article: enough to draw the list and resolve related headlines. The full
 * body is read again through an {@link ArticleStore} when the article is opened.
 *
 * <p>A value class with the accessors a record would have, made when asked for over what the library
 * holds ({@link EntryTable}): its id as a number ({@link IdKey}) and its text — headline, date, source,
 * lede and related headlines — as UTF-8 in a page shared with other entries, decoded when asked for
 * ({@link EntryPacking}). With 100,000 articles, strings, records and their headers were most of the
 * reader's heap, while the list decodes the few rows it draws. An entry listed from the library index
 * holds not even its headline, lede and related headlines: it reads them from its {@link EntryDetails}
 * when asked (the headline through {@link KeptHeadlines}, which keeps the rows drawn lately).
 */
public final class LibraryEntry {

    private final int position;
    /** The id's {@link IdKey}, or {@link IdKey#NONE} when it has none and {@link #otherId} holds it. */
    private final long idKey;

    private final ArticleId otherId;
    private final Format format;
    /**
     * From {@link #at}: the headline (none when kept apart), the date, the source's name and item, the
     * lede, the number of related headlines, then each headline and url, then the related headlines'
     * targets (or none known); see {@link EntryPacking}.
     */
    private final byte[] packed;

    private final int at;
    /** Where the headline, lede and related headlines are kept instead of {@link #packed}; null when packed. */
    private final KeptHeadlines details;

    private final long row;
    /** The folders {@link #packed} numbers; null when it numbers none. */
    private final SourceFolders folders;

    /**
     * @param position the article's place in load order, 0-based (file order)
     * @param targets for each related headline, the id it resolved to in this library (null for none);
     *                null when the library's matcher resolves them
     */
    public LibraryEntry(
            int position,
            ArticleId id,
            Source source,
            Format format,
            String headline,
            String lede,
            String published,
            List<RelatedHeadline> related,
            List<ArticleId> targets) {
        this(
                position,
                IdKey.of(id),
                IdKey.of(id) == IdKey.NONE ? id : null,
                format,
                EntryPacking.pack(
                        Objects.requireNonNull(headline, "headline"),
                        published,
                        0,
                        Objects.requireNonNull(source, "source"),
                        lede,
                        List.copyOf(related),
                        targets),
                0,
                null,
                -1,
                null);
    }

    /** Over what {@link EntryTable} holds at {@code position}. */
    LibraryEntry(
            int position,
            long idKey,
            ArticleId otherId,
            Format format,
            byte[] packed,
            int at,
            KeptHeadlines details,
            long row,
            SourceFolders folders) {
        this.position = position;
        this.idKey = idKey;
        this.otherId = otherId;
        this.format = format;
        this.packed = packed;
        this.at = at;
        this.details = details;
        this.row = row;
        this.folders = folders;
    }

    public int position() {
        return position;
    }

    /** The id; made on each call from the number held (see {@link #idKey}). */
    public ArticleId id() {
        return otherId != null ? otherId : IdKey.id(idKey);
    }

    /** The id's {@link IdKey}, or {@link IdKey#NONE} when it has none. */
    long idKey() {
        return idKey;
    }

    /** Whether this entry's id is {@code id}, without making the entry's id. */
    public boolean hasId(ArticleId id) {
        return otherId != null ? otherId.equals(id) : IdKey.of(id) == idKey;
    }

    public Source source() {
        return EntryPacking.source(packed, at, folders);
    }

    public Format format() {
        return format;
    }

    /** The headline, decoded on each call (the list asks for the rows it draws). */
    public String headline() {
        return details != null ? details.headline(row) : EntryPacking.headline(packed, at);
    }

    /** The lede, cut short; null when the library was built {@linkplain LibraryBuilder#forPrinting() for printing}. */
    public String lede() {
        return details != null ? details.details().of(row).lede() : EntryPacking.lede(packed, at);
    }

    public String published() {
        return EntryPacking.published(packed, at);
    }

    /**
     * This entry's date against {@code other}'s in text order (ISO 8601, so time order on the same day's
     * form), an entry without one after those with one; compared as held, without decoding either.
     */
    int comparePublished(LibraryEntry other) {
        return EntryPacking.comparePublished(packed, at, other.packed, other.at);
    }

    public List<RelatedHeadline> related() {
        if (details != null) {
            return details.details().of(row).related();
        }
        return EntryPacking.related(packed, at);
    }

    /**
     * The article {@code related} (by its text), one of this entry's related headlines, resolved to when the library was
     * resolved ahead (in an earlier run); empty when it resolved to nothing, is not one of them, or no
     * resolution is stored.
     */
    Optional<ArticleId> storedTarget(RelatedHeadline related) {
        List<RelatedHeadline> all;
        List<ArticleId> targets;
        if (details != null) {
            EntryDetails.Details kept = details.details().of(row);
            all = kept.related();
            targets = kept.targets();
        } else {
            all = related();
            targets = EntryPacking.targets(packed, at);
        }
        if (targets == null) {
            return Optional.empty();
        }
        // By text, as the matcher resolves: a view may know the headline only.
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).headline().equals(related.headline())) {
                return Optional.ofNullable(targets.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The stored targets of every related headline, in order (null elements for none), when the library
     * was resolved ahead; else null.
     */
    List<ArticleId> storedTargets() {
        return details == null
                ? EntryPacking.targets(packed, at)
                : details.details().of(row).targets();
    }

    /** The index row this entry's details are kept at (meaningful when {@link #details} is not null). */
    long row() {
        return row;
    }

    /** Where this entry's details are kept, or null when they are packed in the entry. */
    EntryDetails details() {
        return details == null ? null : details.details();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LibraryEntry that
                && position == that.position
                && idKey == that.idKey
                && Objects.equals(otherId, that.otherId)
                && format == that.format
                && java.util.Arrays.equals(
                        packed,
                        at,
                        at + EntryPacking.length(packed, at),
                        that.packed,
                        that.at,
                        that.at + EntryPacking.length(that.packed, that.at))
                && details == that.details
                && row == that.row;
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, idKey, otherId, format, row);
    }

    @Override
    public String toString() {
        return "LibraryEntry[position=" + position + ", id=" + id() + ", source=" + source() + ", format=" + format
                + ", headline=" + headline() + ", lede=" + lede() + ", published=" + published() + ", related="
                + related()
                + "]";
    }
}
