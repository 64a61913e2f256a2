package dev.lede.cli;

import java.math.BigInteger;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --max-size}: a whole number of MiB, at least 1. Zero or less would skip every input, each
 * with a line saying it is "over the 0 MiB limit", where the mistake is the option's.
 */
final class MaxSizeConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        BigInteger mib;
        try {
            mib = new BigInteger(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a size; give a whole number of MiB, 1 or more");
        }
        if (mib.signum() < 1) {
            throw new TypeConversionException(mib + " is too small; give a whole number of MiB, 1 or more");
        }
        // A whole number past an int is still a size: too large to hold, not "not a size".
        if (mib.bitLength() > 31) {
            throw new TypeConversionException(
                    mib + " is too large; give a whole number of MiB from 1 to " + Integer.MAX_VALUE);
        }
        return mib.intValue();
    }
}
