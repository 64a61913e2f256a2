package dev.lede.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --max-size}: a whole number of MiB, at least 1. Zero or less would skip every input, each
 * with a line saying it is "over the 0 MiB limit", where the mistake is the option's.
 */
final class MaxSizeConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        long mib;
        try {
            mib = WholeNumber.parse(value);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a size; give a whole number of MiB, 1 or more");
        }
        if (mib < 1) {
            throw new TypeConversionException(value.strip() + " is too small; give a whole number of MiB, 1 or more");
        }
        if (mib > Integer.MAX_VALUE) {
            throw new TypeConversionException(
                    value.strip() + " is too large; give a whole number of MiB from 1 to " + Integer.MAX_VALUE);
        }
        return (int) mib;
    }
}
