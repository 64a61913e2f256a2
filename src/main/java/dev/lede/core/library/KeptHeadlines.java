package dev.lede.core.library;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headlines of entries kept apart, read from their {@link EntryDetails} by row when asked for: the
 * list draws a screenful, so the reader of 100,000 articles holds none of their headlines (about 9 MB
 * of its old generation, docs/performance.md, "Memory"). The rows drawn lately are kept; once more rows were asked
 * for than that (a sort by title, a printing command going through every entry), every headline is read
 * in one pass and kept packed, since reading them one by one would then cost a query per comparison.
 */
final class KeptHeadlines {

    /** Rows kept after being read one by one: several screenfuls and the rows a sort's merge touches. */
    static final int RECENT = 2_048;
    /** Reads one by one past which every headline is read at once. */
    static final int READS_BEFORE_ALL = 4 * RECENT;

    private final EntryDetails details;
    private final Map<Long, String> recent = new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > RECENT;
        }
    };
    private int reads;
    /** Every headline, once read at once; null before. */
    private All all;

    KeptHeadlines(EntryDetails details) {
        this.details = details;
    }

    /** Where the rest of each entry kept apart is read. */
    EntryDetails details() {
        return details;
    }

    /** The headline stored at {@code row}; empty when the row is gone (the check of the folders reloads it). */
    synchronized String headline(long row) {
        if (all != null) {
            String found = all.get(row);
            if (found != null) {
                return found;
            }
        }
        String known = recent.get(row);
        if (known != null) {
            return known;
        }
        if (all == null && ++reads > READS_BEFORE_ALL) {
            all = All.read(details);
            if (all != null) {
                recent.clear();
                String found = all.get(row);
                if (found != null) {
                    return found;
                }
            }
        }
        String read = details.headline(row);
        String headline = read == null ? "" : read;
        recent.put(row, headline);
        return headline;
    }

    /** Every row's headline as UTF-8 in one array, found by row through a sorted array of rows. */
    private static final class All {
        /** Rows and indexes into {@link #at}, as {@link PackedRows}. */
        private final long[] byRow;

        private final int[] at;
        private final byte[] text;

        private All(long[] byRow, int[] at, byte[] text) {
            this.byRow = byRow;
            this.at = at;
            this.text = text;
        }

        /** Every headline the details hold; null when they cannot be read at once. */
        static All read(EntryDetails details) {
            long[][] rows = {new long[1024]};
            int[][] at = {new int[1025]};
            byte[][] text = {new byte[1 << 16]};
            int[] count = {0};
            boolean read = details.eachHeadline((row, headline) -> {
                int i = count[0];
                if (i == rows[0].length) {
                    rows[0] = Arrays.copyOf(rows[0], i * 2);
                    at[0] = Arrays.copyOf(at[0], i * 2 + 1);
                }
                byte[] bytes = headline.getBytes(StandardCharsets.UTF_8);
                int start = at[0][i];
                if (start + bytes.length > text[0].length) {
                    text[0] = Arrays.copyOf(text[0], Math.max(text[0].length * 2, start + bytes.length));
                }
                System.arraycopy(bytes, 0, text[0], start, bytes.length);
                rows[0][i] = row;
                at[0][i + 1] = start + bytes.length;
                count[0] = i + 1;
            });
            if (!read) {
                return null;
            }
            long[] byRow = new long[count[0]];
            for (int i = 0; i < byRow.length; i++) {
                if (!PackedRows.fits(rows[0][i], i)) {
                    return null; // beyond two million: read one by one
                }
                byRow[i] = PackedRows.pack(rows[0][i], i);
            }
            Arrays.sort(byRow);
            return new All(byRow, Arrays.copyOf(at[0], count[0] + 1), Arrays.copyOf(text[0], at[0][count[0]]));
        }

        /** The headline at {@code row}, or null when none was read for it. */
        String get(long row) {
            int i = PackedRows.find(byRow, row);
            return i < 0 ? null : new String(text, at[i], at[i + 1] - at[i], StandardCharsets.UTF_8);
        }
    }
}
