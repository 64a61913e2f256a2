// Over 250 lines: the entries as columns with their packing and look-ups, sharing every field.
package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.core.article.Source;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A library's entries as columns rather than objects: per position an id key, a format, a place in
 * pages of packed text ({@link EntryPacking}) and, for an entry kept apart, its index row. A
 * {@link LibraryEntry} is made when asked for, over the page it reads: 100,000 entries held as objects
 * (an object, an array header and a reference each) were 7 MB of the reader's old generation, which a
 * session never collects (docs/performance.md, "Memory").
 *
 * <p>One thread appends; {@link #view} hands out fixed-size views that any thread may read. Pages are
 * filled before the view that shows them is taken, never moved, and a slot below a view's size is
 * never written again; the directories of pages are replaced whole when they grow, and a view keeps
 * the ones it was taken with.
 */
final class EntryTable {

    private static final Format[] FORMATS = Format.values();
    private static final int PAGE_BITS = 12;
    /** Entries per page of each column. */
    private static final int PAGE = 1 << PAGE_BITS;
    /** Bytes per page of text; an entry longer than this gets a page of its own. */
    static final int TEXT_PAGE = 1 << 16;

    private volatile Columns columns =
            new Columns(new long[16][], new byte[16][], new int[16][], new int[16][], new byte[16][]);
    private int size;
    private int textPages;
    private int textUsed = TEXT_PAGE;
    private final Map<Integer, ArticleId> otherIds = new ConcurrentHashMap<>();
    private final SourceFolders folders = new SourceFolders();
    private final EntryPacking.Packer packer = new EntryPacking.Packer();
    /** Rows that do not fit in an int (an index that took in two billion articles), by position. */
    private final Map<Integer, Long> bigRows = new ConcurrentHashMap<>();
    /** A row held in {@link #bigRows}. */
    private static final int BIG_ROW = Integer.MAX_VALUE;
    /** Where the kept-apart entries' ledes, related headlines and headlines are read; null when none are. */
    private KeptHeadlines kept;

    /** The folder number of the first entry not from stdin ({@link SourceFolders}; 0: no folder); -1 before it. */
    private int firstFolder = -1;

    /**
     * The position of the first entry in another folder than that one: a view of more entries has them from
     * more than one folder. Known as entries are added, so that no frame scans 100,000 names to tell.
     */
    private int manyFoldersFrom = Integer.MAX_VALUE;

    /** The directories of pages, replaced whole when one grows. */
    private record Columns(long[][] idKeys, byte[][] formats, int[][] textAt, int[][] rows, byte[][] text) {}

    /** Entries may be kept apart, their headlines, ledes and related headlines read from {@code details}; only while empty. */
    void keepApartIn(EntryDetails details) {
        if (size > 0) {
            throw new IllegalStateException("the details must be known before the first entry");
        }
        kept = new KeptHeadlines(details);
    }

    int size() {
        return size;
    }

    /**
     * Appends an entry whose headline, lede and related headlines (with their targets, or null when the
     * matcher resolves them) come with it.
     */
    void add(
            ArticleId id,
            Format format,
            String headline,
            String published,
            Source source,
            String lede,
            List<RelatedHeadline> related,
            List<ArticleId> targets) {
        packer.pack(
                Objects.requireNonNull(headline, "headline"),
                published,
                folderOf(source),
                source,
                lede,
                List.copyOf(related),
                targets);
        add(id, format, -1);
    }

    /** Appends an entry kept apart: its headline, lede and related headlines are read from the details at {@code row}. */
    void addApart(ArticleId id, Format format, String published, Source source, long row) {
        if (row < 0 || kept == null) {
            throw new IllegalStateException("an entry kept apart in a table without details");
        }
        packer.pack(null, published, folderOf(source), source, null, List.of(), null);
        add(id, format, row);
    }

    /** The number of {@code source}'s folder, noting where the entries first come from a second folder. */
    private int folderOf(Source source) {
        int folder = folders.numberOf(source.name());
        if (!source.isStdin()) {
            if (firstFolder < 0) {
                firstFolder = folder;
            } else if (folder != firstFolder && manyFoldersFrom == Integer.MAX_VALUE) {
                manyFoldersFrom = size;
            }
        }
        return folder;
    }

    /** Appends the entry {@link #packer} packed last. */
    private void add(ArticleId id, Format format, long row) {
        Columns c = room();
        int page = size >>> PAGE_BITS;
        int slot = size & (PAGE - 1);
        if (slot == 0) {
            c.idKeys[page] = new long[PAGE];
            c.formats[page] = new byte[PAGE];
            c.textAt[page] = new int[PAGE];
        }
        long key = IdKey.of(id);
        c.idKeys[page][slot] = key;
        if (key == IdKey.NONE) {
            otherIds.put(size, id);
        }
        c.formats[page][slot] = (byte) format.ordinal();
        c.textAt[page][slot] = place(packer.bytes(), packer.length());
        if (row >= 0) {
            if (c.rows[page] == null) {
                int[] rows = new int[PAGE];
                Arrays.fill(rows, -1);
                c.rows[page] = rows;
            }
            if (row < Integer.MAX_VALUE) {
                c.rows[page][slot] = (int) row;
            } else {
                bigRows.put(size, row);
                c.rows[page][slot] = BIG_ROW;
            }
        }
        size++;
    }

    /** The directories with room for one more entry, grown (and published) when full. */
    private Columns room() {
        Columns c = columns;
        int page = size >>> PAGE_BITS;
        if (page == c.idKeys.length) {
            int more = c.idKeys.length * 2;
            c = new Columns(
                    Arrays.copyOf(c.idKeys, more),
                    Arrays.copyOf(c.formats, more),
                    Arrays.copyOf(c.textAt, more),
                    Arrays.copyOf(c.rows, more),
                    c.text);
            columns = c;
        }
        return c;
    }

    /**
     * Copies the first {@code length} bytes of {@code packed} into the text pages; where they went: the page
     * in the high bits, the offset in the low 16.
     */
    private int place(byte[] packed, int length) {
        Columns c = columns;
        if (textUsed + length > TEXT_PAGE) {
            if (textPages == c.text.length) {
                c = new Columns(c.idKeys, c.formats, c.textAt, c.rows, Arrays.copyOf(c.text, textPages * 2));
                columns = c;
            }
            if (textPages >= 1 << 16) {
                throw new IllegalStateException("a library's text beyond 4 GB");
            }
            c.text[textPages++] = new byte[Math.max(TEXT_PAGE, length)];
            textUsed = 0;
        }
        int page = textPages - 1;
        System.arraycopy(packed, 0, c.text[page], textUsed, length);
        int at = page << 16 | textUsed;
        textUsed += length;
        return at;
    }

    /** The entries so far, as a list whose size stays what it is now. */
    Entries view() {
        return new Entries(this, columns, size);
    }

    /** The id key at {@code position} ({@link IdKey#NONE} for an id without one), by any thread below a view's size. */
    long idKey(int position) {
        return columns.idKeys[position >>> PAGE_BITS][position & (PAGE - 1)];
    }

    /** A fixed-size view of the entries, made {@link LibraryEntry} by {@link LibraryEntry} as they are asked for. */
    static final class Entries extends AbstractList<LibraryEntry> implements RandomAccess {
        private final EntryTable table;
        private final Columns columns;
        private final int size;

        private Entries(EntryTable table, Columns columns, int size) {
            this.table = table;
            this.columns = columns;
            this.size = size;
        }

        @Override
        public LibraryEntry get(int position) {
            if (position < 0 || position >= size) {
                throw new IndexOutOfBoundsException("index " + position + ", size " + size);
            }
            int page = position >>> PAGE_BITS;
            int slot = position & (PAGE - 1);
            long key = columns.idKeys[page][slot];
            int at = columns.textAt[page][slot];
            long row = row(position);
            return new LibraryEntry(
                    position,
                    key,
                    key == IdKey.NONE ? table.otherIds.get(position) : null,
                    FORMATS[columns.formats[page][slot]],
                    columns.text[at >>> 16],
                    at & 0xFFFF,
                    row >= 0 ? table.kept : null,
                    row,
                    table.folders);
        }

        @Override
        public int size() {
            return size;
        }

        /** Whether these entries come from more than one folder (stdin not counted; a name without one is in none). */
        boolean manyFolders() {
            return table.manyFoldersFrom < size;
        }

        /** The index row of the entry at {@code position} when it is kept apart, else -1; without making the entry. */
        long row(int position) {
            int[] rows = columns.rows[position >>> PAGE_BITS];
            int row = rows == null ? -1 : rows[position & (PAGE - 1)];
            return row == BIG_ROW ? table.bigRows.get(position) : row;
        }

        @Override
        public boolean add(LibraryEntry item) {
            throw new UnsupportedOperationException("library snapshots are read-only");
        }
    }
}
