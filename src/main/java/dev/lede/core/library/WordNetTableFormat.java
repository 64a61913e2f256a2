package dev.lede.core.library;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The layout of the WordNet table in the jar (gzip of: the layout's name; the lemmas, sorted; each sense's
 * members with their opposites in it and the parts of speech each member's own spelling is derived into from it, and the
 * senses one step broader and, for a verb or noun sense, the verb or noun heading its definition; per lemma a mask of
 * its parts of speech and, for each, its senses and derived lemmas; each part of speech's irregular forms), read into
 * {@link WordNetTable}. Counts and ids are
 * written in seven-bit groups. WordNetTableGenerator in the tests writes it.
 */
final class WordNetTableFormat {

    static final String RESOURCE = "wordnet-3.1.bin.gz";
    static final String LICENCE_RESOURCE = "wordnet-3.1-LICENSE.txt";
    /** The layout's name and version: a table of another layout is not read. */
    static final String MAGIC = "lede wordnet table 5";

    private WordNetTableFormat() {}

    /** The table in the jar, or null when it is missing or unreadable (the matcher then goes on with words alone). */
    static WordNetTable load() {
        try (InputStream raw = WordNetTable.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                return null;
            }
            // One read into memory and a cursor over it: a DataInputStream's call per byte was most of the cost.
            return read(new Cursor(new GZIPInputStream(raw, 1 << 16).readAllBytes()));
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * A list written beside the table ({@code WordNetTableGenerator}), one word a line, blank lines skipped; empty when
     * it is missing.
     */
    static Set<String> readList(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream raw = WordNetTable.class.getResourceAsStream(resource)) {
            if (raw == null) {
                return words;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return words;
    }

    static WordNetTable read(Cursor in) throws IOException {
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a table of layout " + MAGIC);
        }
        String[] lemmas = new String[in.readInt()];
        for (int i = 0; i < lemmas.length; i++) {
            lemmas[i] = in.readUTF();
        }
        int senses = in.readInt();
        int[] senseStart = new int[senses + 1];
        Ints members = new Ints();
        Ints oppositeStart = new Ints();
        Ints spelledParts = new Ints();
        Ints opposites = new Ints();
        int[] broaderStart = new int[senses + 1];
        Ints broader = new Ints();
        int[] heads = new int[senses];
        for (int s = 0; s < senses; s++) {
            senseStart[s] = members.size();
            for (int n = readCount(in); n > 0; n--) {
                members.add(readCount(in));
                oppositeStart.add(opposites.size());
                for (int o = readCount(in); o > 0; o--) {
                    opposites.add(readCount(in));
                }
                spelledParts.add(readCount(in));
            }
            broaderStart[s] = broader.size();
            for (int b = readCount(in); b > 0; b--) {
                broader.add(readCount(in));
            }
            heads[s] = readCount(in) - 1;
        }
        broaderStart[senses] = broader.size();
        senseStart[senses] = members.size();
        oppositeStart.add(opposites.size());
        int[] entryAt = new int[lemmas.length * WordNetTable.PARTS];
        Arrays.fill(entryAt, -1);
        Ints pool = new Ints();
        for (int lemma = 0; lemma < lemmas.length; lemma++) {
            int mask = in.readByte();
            for (int part = 0; part < WordNetTable.PARTS; part++) {
                if ((mask & 1 << part) == 0) {
                    continue;
                }
                entryAt[lemma * WordNetTable.PARTS + part] = pool.size();
                for (int list = 0; list < 2; list++) { // senses, derived
                    int n = readCount(in);
                    pool.add(n);
                    for (; n > 0; n--) {
                        pool.add(readCount(in));
                    }
                }
            }
        }
        List<Map<String, String[]>> irregular = new ArrayList<>();
        for (int part = 0; part < WordNetTable.PARTS; part++) {
            int count = in.readInt();
            Map<String, String[]> forms = new HashMap<>(count * 2);
            for (int e = 0; e < count; e++) {
                String form = in.readUTF();
                String[] bases = new String[readCount(in)];
                for (int b = 0; b < bases.length; b++) {
                    bases[b] = in.readUTF();
                }
                forms.put(form, bases);
            }
            irregular.add(forms);
        }
        return new WordNetTable(
                lemmas,
                entryAt,
                pool.toArray(),
                senseStart,
                members.toArray(),
                oppositeStart.toArray(),
                opposites.toArray(),
                spelledParts.toArray(),
                heads,
                SenseHierarchy.of(broaderStart, broader.toArray()),
                irregular);
    }

    /** A non-negative count or id in one to five bytes, seven bits at a time: most ids of the table are small. */
    static void writeCount(DataOutput out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte(value & 0x7F | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    static int readCount(Cursor in) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    /** The table's bytes and a position in them, read as DataOutputStream wrote them. */
    static final class Cursor {
        private final byte[] data;
        private int at;

        Cursor(byte[] data) {
            this.data = data;
        }

        byte readByte() {
            return data[at++];
        }

        int readInt() {
            int value = (data[at] & 0xFF) << 24
                    | (data[at + 1] & 0xFF) << 16
                    | (data[at + 2] & 0xFF) << 8
                    | data[at + 3] & 0xFF;
            at += 4;
            return value;
        }

        /** A string as {@link DataOutput#writeUTF} wrote it; plain ASCII (nearly every lemma) without decoding. */
        String readUTF() throws IOException {
            int length = (data[at] & 0xFF) << 8 | data[at + 1] & 0xFF;
            int start = at + 2;
            at = start + length;
            for (int i = start; i < at; i++) {
                if (data[i] < 0) {
                    return new DataInputStream(new ByteArrayInputStream(data, start - 2, length + 2)).readUTF();
                }
            }
            return new String(data, start, length, StandardCharsets.ISO_8859_1);
        }
    }

    /** A growable array of ints in the order they come (the posting lists' {@link IntList} keeps them ascending). */
    private static final class Ints {
        private int[] values = new int[1 << 16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
