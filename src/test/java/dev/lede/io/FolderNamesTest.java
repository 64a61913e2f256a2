package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FolderNamesTest {

    private static List<String> inOrder(FolderNames names, int[] order) {
        List<String> out = new ArrayList<>();
        for (int index : order) {
            out.add(names.name(index));
        }
        return out;
    }

    private static void sortsAsStringsDo(String[] names) {
        String[] expected = names.clone();
        Arrays.sort(expected);
        FolderNames packed = FolderNames.of(names);
        assertEquals(List.of(expected), inOrder(packed, packed.sorted()));
        assertEquals(
                List.of(Arrays.copyOf(expected, Math.min(7, expected.length))), inOrder(packed, packed.smallest(7)));
    }

    @Test
    void latin1NamesSortAsStringsDo() {
        Random random = new Random(5);
        String[] names = new String[3_000];
        String letters = "aZ09-_.éÿ ~";
        for (int i = 0; i < names.length; i++) {
            StringBuilder name = new StringBuilder();
            for (int c = random.nextInt(12); c >= 0; c--) {
                name.append(letters.charAt(random.nextInt(letters.length())));
            }
            names[i] = name.append(i).toString(); // all different, as a folder's names are
        }
        sortsAsStringsDo(names);
    }

    @Test
    void widerNamesSortAsStringsDoEvenAgainstCharactersBeyondTheBasicPlane() {
        sortsAsStringsDo(new String[] {
            "zürich.txt",
            "Ærø.txt",
            "東京.txt",
            "emoji-👍🏽.txt",
            "\uFFFCobject.txt",
            "a",
            "ab",
            "",
            "Ωmega",
            "\uE000private"
        });
    }

    @Test
    void numberedNamesAlreadyInOrderStayInOrder() {
        String[] names = new String[1_000];
        for (int i = 0; i < names.length; i++) {
            names[i] = String.format("article-%05d.txt", i);
        }
        sortsAsStringsDo(names);
        String[] reversed = names.clone();
        java.util.Collections.reverse(Arrays.asList(reversed));
        sortsAsStringsDo(reversed);
    }

    @Test
    void aFolderListedNameByNameHoldsItsVisibleNamesOverManyPages(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        List<String> expected = new ArrayList<>();
        String longName = "x".repeat(200); // 5,000 names of about 200 bytes: several 64 KB pages
        for (int i = 0; i < 5_000; i++) {
            String name = longName + i + (i % 2 == 0 ? "é" : "");
            java.nio.file.Files.createFile(dir.resolve(name));
            expected.add(name);
        }
        java.nio.file.Files.createFile(dir.resolve(".hidden"));
        FolderNames names = FolderNames.listed(dir);
        expected.sort(null);
        assertEquals(expected, inOrder(names, names.sorted()));
    }

    @Test
    void aNameBeyondLatin1OrOver255CharsIsNotPackedByName() {
        FolderNames.Builder builder = new FolderNames.Builder();
        assertEquals(true, builder.add("plain.txt"));
        assertEquals(false, builder.add("Łódź.txt"));
        assertEquals(false, builder.add("y".repeat(256)));
        assertEquals(1, builder.build().size());
        sortsAsStringsDo(new String[] {"b.txt", "Łódź.txt", "a.txt"}); // packed as chars instead
    }
}
