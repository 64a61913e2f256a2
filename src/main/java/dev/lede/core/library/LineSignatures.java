package dev.lede.core.library;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each related line a resolution worked out (by its text), the seeds of the forms the matcher asked
 * ({@link HeadlineMatcher#firstPass(String, int, java.util.function.Consumer)}): the terms an article must hold to
 * be one of its candidates. Stored with the resolution, so that the next one tells the lines an added or removed
 * article may answer otherwise by a lookup, not by asking the matcher about every line again (which cost twice
 * what resolving them did). Compact: the terms once each, each line as a 64-bit hash of its text and the numbers
 * of its terms (1.0 MB stored for the 121,790 lines of 20,300 generated articles). Building, merging, asking and
 * storing stay in one class of over 300 lines: all four read the same packed arrays.
 */
public final class LineSignatures {

    static final LineSignatures NONE = new LineSignatures(new String[0], new long[0], new int[] {0}, new int[0]);

    private final String[] terms;
    /** The lines' hashes, ascending; line i's terms are {@code refs[starts[i]..starts[i + 1])}. */
    private final long[] hashes;

    private final int[] starts;
    private final int[] refs;
    /** The numbers of {@link #NAMES_END} and {@link #GROUP_END} among the terms, or -1. */
    private final int namesEnd;

    private final int groupEnd;

    private LineSignatures(String[] terms, long[] hashes, int[] starts, int[] refs) {
        this.terms = terms;
        this.hashes = hashes;
        this.starts = starts;
        this.refs = refs;
        List<String> all = Arrays.asList(terms);
        this.namesEnd = all.indexOf(NAMES_END);
        this.groupEnd = all.indexOf(GROUP_END);
    }

    /** A 64-bit FNV-1a hash of the line's text: two lines sharing one would share a signature, once in 2^32 pairs. */
    static long hash(String line) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < line.length(); i++) {
            hash ^= line.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    int lines() {
        return hashes.length;
    }

    /** Ends the names of a group of a line's seeds (a form's): the seeds follow. */
    static final String NAMES_END = "\u0000names";
    /** Ends a group of a line's seeds. */
    static final String GROUP_END = "\u0000group";

    /** Each stored term's holders among {@code changed} (null for none), by the terms' numbers, for {@link #touched}. */
    BitSet[] holders(ChangedTerms changed) {
        BitSet[] holders = new BitSet[terms.length];
        for (int i = 0; i < terms.length; i++) {
            holders[i] = changed.holders(terms[i]);
        }
        return holders;
    }

    /**
     * 1 when a changed article could be a candidate of {@code line} in one of the forms its resolution asked (it
     * holds every name of the form's group and one of its seeds), 0 when none could, -1 when the line has no
     * signature; {@code holders} as {@link #holders} gives them.
     */
    int touched(String line, BitSet[] holders) {
        int at = Arrays.binarySearch(hashes, hash(line));
        if (at < 0) {
            return -1;
        }
        BitSet names = null;
        BitSet seeds = null;
        boolean inNames = true;
        boolean allNames = true;
        for (int i = starts[at]; i < starts[at + 1]; i++) {
            int term = refs[i];
            BitSet held = holders[term];
            if (term == namesEnd) {
                inNames = false;
            } else if (term == groupEnd) {
                if (allNames && seeds != null && (names == null || seeds.intersects(names))) {
                    return 1;
                }
                names = null;
                seeds = null;
                inNames = true;
                allNames = true;
            } else if (inNames) {
                if (held == null) {
                    allNames = false;
                } else if (names == null) {
                    names = (BitSet) held.clone();
                } else {
                    names.and(held);
                }
            } else if (held != null && allNames) {
                if (seeds == null) {
                    seeds = (BitSet) held.clone();
                } else {
                    seeds.or(held);
                }
            }
        }
        return 0;
    }

    /**
     * These signatures with those of {@code lines} (text to its seeds) in place of what they held for the same
     * text: a resolution of only what changed keeps the others' as they were. A line no longer in the library
     * keeps its signature until the next full resolution (a few bytes).
     */
    LineSignatures with(Map<String, List<String>> lines) {
        if (lines.isEmpty()) {
            return this;
        }
        Map<String, Integer> numbers = new HashMap<>();
        List<String> all = new ArrayList<>(Arrays.asList(terms));
        for (int i = 0; i < terms.length; i++) {
            numbers.put(terms[i], i);
        }
        java.util.TreeMap<Long, int[]> fresh = new java.util.TreeMap<>();
        lines.forEach((line, seeds) -> {
            int[] own = new int[seeds.size()];
            for (int i = 0; i < own.length; i++) {
                own[i] = numbers.computeIfAbsent(seeds.get(i), t -> {
                    all.add(t);
                    return all.size() - 1;
                });
            }
            fresh.putIfAbsent(hash(line), own);
        });
        long[] outHashes = new long[hashes.length + fresh.size()];
        int[] outStarts = new int[outHashes.length + 1];
        IntList outRefs = new IntList();
        int count = 0;
        int old = 0;
        var next = fresh.entrySet().iterator();
        Map.Entry<Long, int[]> pending = next.hasNext() ? next.next() : null;
        while (old < hashes.length || pending != null) {
            boolean takeFresh = pending != null && (old >= hashes.length || pending.getKey() <= hashes[old]);
            outStarts[count] = outRefs.size();
            if (takeFresh) {
                if (old < hashes.length && hashes[old] == pending.getKey()) {
                    old++; // replaced
                }
                outHashes[count++] = pending.getKey();
                for (int ref : pending.getValue()) {
                    outRefs.add(ref);
                }
                pending = next.hasNext() ? next.next() : null;
            } else {
                outHashes[count++] = hashes[old];
                for (int i = starts[old]; i < starts[old + 1]; i++) {
                    outRefs.add(refs[i]);
                }
                old++;
            }
        }
        outStarts[count] = outRefs.size();
        int[] refsOut = new int[outRefs.size()];
        for (int i = 0; i < refsOut.length; i++) {
            refsOut[i] = outRefs.get(i);
        }
        return new LineSignatures(
                all.toArray(String[]::new),
                Arrays.copyOf(outHashes, count),
                Arrays.copyOf(outStarts, count + 1),
                refsOut);
    }

    /** The seeds of {@code line}, or null when it has none stored. */
    List<String> of(String line) {
        int at = Arrays.binarySearch(hashes, hash(line));
        if (at < 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = starts[at]; i < starts[at + 1]; i++) {
            out.add(terms[refs[i]]);
        }
        return out;
    }

    /** Gathers lines' seeds, a line once (the first given). Not for several threads. */
    static final class Builder {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> terms = new ArrayList<>();
        private final Map<Long, int[]> lines = new HashMap<>();

        /** The seeds of the line whose text has the {@link #hash} {@code lineHash}. */
        void add(long lineHash, List<String> seeds) {
            lines.computeIfAbsent(lineHash, h -> {
                int[] own = new int[seeds.size()];
                for (int i = 0; i < own.length; i++) {
                    own[i] = numbers.computeIfAbsent(seeds.get(i), t -> {
                        terms.add(t);
                        return terms.size() - 1;
                    });
                }
                return own;
            });
        }

        LineSignatures build() {
            long[] hashes =
                    lines.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            int[] starts = new int[hashes.length + 1];
            int total = 0;
            for (int i = 0; i < hashes.length; i++) {
                starts[i] = total;
                total += lines.get(hashes[i]).length;
            }
            starts[hashes.length] = total;
            int[] refs = new int[total];
            for (int i = 0; i < hashes.length; i++) {
                System.arraycopy(lines.get(hashes[i]), 0, refs, starts[i], starts[i + 1] - starts[i]);
            }
            return new LineSignatures(terms.toArray(String[]::new), hashes, starts, refs);
        }
    }

    /** As stored with a resolution (the library index). */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(terms.length);
            for (String term : terms) {
                out.writeUTF(term);
            }
            out.writeInt(hashes.length);
            for (int i = 0; i < hashes.length; i++) {
                out.writeLong(hashes[i]);
                int count = starts[i + 1] - starts[i];
                writeNumber(out, count);
                for (int j = starts[i]; j < starts[i + 1]; j++) {
                    writeNumber(out, refs[j]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What {@link #encode} wrote; an {@link IllegalArgumentException} for anything else. */
    public static LineSignatures decode(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            String[] terms = new String[checked(in.readInt(), stored.length)];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = in.readUTF();
            }
            long[] hashes = new long[checked(in.readInt(), stored.length)];
            int[] starts = new int[hashes.length + 1];
            int[] refs = new int[16];
            int total = 0;
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = in.readLong();
                if (i > 0 && hashes[i] <= hashes[i - 1]) {
                    throw new IllegalArgumentException("line signatures out of order");
                }
                starts[i] = total;
                int count = checked(readNumber(in), stored.length);
                for (int j = 0; j < count; j++) {
                    int term = readNumber(in);
                    if (term >= terms.length) {
                        throw new IllegalArgumentException("a line signature names no term");
                    }
                    if (total == refs.length) {
                        refs = Arrays.copyOf(refs, total * 2);
                    }
                    refs[total++] = term;
                }
            }
            starts[hashes.length] = total;
            return new LineSignatures(terms, hashes, starts, Arrays.copyOf(refs, total));
        } catch (IOException e) {
            throw new IllegalArgumentException("not line signatures", e);
        }
    }

    private static int checked(int count, int bytes) {
        if (count < 0 || count > bytes) {
            throw new IllegalArgumentException("not line signatures");
        }
        return count;
    }

    private static void writeNumber(DataOutputStream out, int value) throws IOException {
        while (value >= 0x80) {
            out.writeByte(value & 0x7f | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readNumber(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7f) << shift;
            if (b < 0x80) {
                return value;
            }
        }
        throw new IllegalArgumentException("not line signatures");
    }

    /** For tests: every term some line's signature holds. */
    Set<String> terms() {
        return Set.of(terms);
    }
}
