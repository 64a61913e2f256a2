package dev.lede.cli;

import java.math.BigInteger;

/**
 * An option's whole number, however many digits: one past what an int holds is still a number, too large
 * for the option's range, where {@link Integer#parseInt} would call it no number at all.
 */
final class WholeNumber {

    private WholeNumber() {}

    /** {@code text} as a number held within the long range (a larger one as its end). */
    static long parse(String text) throws NumberFormatException {
        BigInteger number = new BigInteger(text.strip());
        return number.max(BigInteger.valueOf(Long.MIN_VALUE))
                .min(BigInteger.valueOf(Long.MAX_VALUE))
                .longValue();
    }
}
