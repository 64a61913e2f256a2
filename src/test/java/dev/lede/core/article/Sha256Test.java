package dev.lede.core.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    private static byte[] reference(byte[] data) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    @Test
    void givesTheFipsExampleDigests() {
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", hex(Sha256.digest(new byte[0])));
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                hex(Sha256.digest("abc".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                hex(Sha256.digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
                        .getBytes(StandardCharsets.US_ASCII))));
        assertEquals(
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
                hex(Sha256.digest(("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                                + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
                        .getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void givesTheFipsDigestOfAMillionLetterAs() {
        byte[] million = new byte[1_000_000];
        java.util.Arrays.fill(million, (byte) 'a');
        assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", hex(Sha256.digest(million)));
    }

    @Test
    void agreesWithTheJdkAroundEveryPaddingBoundary() throws NoSuchAlgorithmException {
        Random random = new Random(20261125);
        int[] edges = {0, 1, 54, 55, 56, 57, 63, 64, 65, 118, 119, 120, 121, 127, 128, 129, 183, 184, 191, 192};
        for (int length : edges) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertArrayEquals(reference(data), Sha256.digest(data), "length " + length);
        }
    }

    @Test
    void agreesWithTheJdkOnRandomInputsUpToTenThousandBytes() throws NoSuchAlgorithmException {
        Random random = new Random(5);
        for (int length = 0; length <= 10_000; length += 1 + random.nextInt(7)) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertArrayEquals(reference(data), Sha256.digest(data), "length " + length);
        }
    }

    @Test
    void leavesItsInputAsItWas() {
        byte[] data = "Harbour ferry timetable changes".getBytes(StandardCharsets.UTF_8);
        byte[] copy = data.clone();
        Sha256.digest(data);
        assertArrayEquals(copy, data);
    }

    @Test
    void hashesBytesFedInPiecesAsTheWhole() throws NoSuchAlgorithmException {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            byte[] data = new byte[random.nextInt(400)];
            random.nextBytes(data);
            Sha256 hash = new Sha256();
            int at = 0;
            while (at < data.length) {
                int count = Math.min(data.length - at, random.nextInt(130));
                hash.update(data, at, count);
                at += count;
            }
            assertArrayEquals(reference(data), hash.digest(), "round " + round);
        }
    }
}
