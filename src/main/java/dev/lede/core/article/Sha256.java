package dev.lede.core.article;

import java.util.Arrays;

/**
 * SHA-256 (FIPS 180-4) of a byte array, in plain Java. {@link ArticleId} hashes every article with it:
 * {@code MessageDigest.getInstance} would load and search the security-provider framework (over a
 * hundred classes) before the first article could be listed — 40 ms more CPU for a cold Java 17 JVM
 * to hash one article (C1, serial GC; A/B, 6 interleaved runs), 5–7 % of the first frame of a piped
 * article — and this is no slower once compiled.
 * The digests are the standard ones, so ids saved by earlier versions still match.
 */
final class Sha256 {

    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    private static final int BLOCK = 64;

    private final int[] state = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    private final int[] schedule = new int[64];
    /** The bytes fed in since the last whole block; {@link #filled} of them. */
    private final byte[] pending = new byte[BLOCK];

    private int filled;
    private long length;

    Sha256() {}

    /** The 32-byte SHA-256 digest of {@code data}. */
    static byte[] digest(byte[] data) {
        Sha256 hash = new Sha256();
        hash.update(data, 0, data.length);
        return hash.digest();
    }

    /** Feeds {@code count} bytes of {@code data} from {@code offset}. */
    void update(byte[] data, int offset, int count) {
        length += count;
        int at = offset;
        int end = offset + count;
        if (filled > 0) {
            int taken = Math.min(BLOCK - filled, count);
            System.arraycopy(data, at, pending, filled, taken);
            filled += taken;
            at += taken;
            if (filled < BLOCK) {
                return;
            }
            compress(pending, 0);
            filled = 0;
        }
        for (; end - at >= BLOCK; at += BLOCK) {
            compress(data, at);
        }
        System.arraycopy(data, at, pending, 0, end - at);
        filled = end - at;
    }

    /** The digest of everything fed in; the hash is spent after it. */
    byte[] digest() {
        long bits = length * 8;
        // The 0x80 marker, zeros and the length in bits: in this block, or the next when fewer than 9
        // bytes are left in it for marker and length.
        pending[filled++] = (byte) 0x80;
        if (filled > BLOCK - 8) {
            Arrays.fill(pending, filled, BLOCK, (byte) 0);
            compress(pending, 0);
            filled = 0;
        }
        Arrays.fill(pending, filled, BLOCK - 8, (byte) 0);
        for (int i = 0; i < 8; i++) {
            pending[BLOCK - 1 - i] = (byte) (bits >>> (8 * i));
        }
        compress(pending, 0);
        byte[] digest = new byte[32];
        for (int i = 0; i < 8; i++) {
            int word = state[i];
            digest[4 * i] = (byte) (word >>> 24);
            digest[4 * i + 1] = (byte) (word >>> 16);
            digest[4 * i + 2] = (byte) (word >>> 8);
            digest[4 * i + 3] = (byte) word;
        }
        return digest;
    }

    private void compress(byte[] block, int offset) {
        int[] w = schedule;
        for (int t = 0; t < 16; t++) {
            int at = offset + 4 * t;
            w[t] = (block[at] << 24)
                    | ((block[at + 1] & 0xff) << 16)
                    | ((block[at + 2] & 0xff) << 8)
                    | (block[at + 3] & 0xff);
        }
        for (int t = 16; t < 64; t++) {
            int w15 = w[t - 15];
            int w2 = w[t - 2];
            int s0 = Integer.rotateRight(w15, 7) ^ Integer.rotateRight(w15, 18) ^ (w15 >>> 3);
            int s1 = Integer.rotateRight(w2, 17) ^ Integer.rotateRight(w2, 19) ^ (w2 >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        int e = state[4];
        int f = state[5];
        int g = state[6];
        int h = state[7];
        for (int t = 0; t < 64; t++) {
            int s1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
            int ch = (e & f) ^ (~e & g);
            int t1 = h + s1 + ch + K[t] + w[t];
            int s0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
            int maj = (a & b) ^ (a & c) ^ (b & c);
            int t2 = s0 + maj;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}
