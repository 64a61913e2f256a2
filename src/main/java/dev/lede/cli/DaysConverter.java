package dev.lede.cli;

import dev.lede.ui.config.ConfigParser;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --older-than}: a whole number of days, as {@code set keep} takes it, said as the other options'
 * bad values are (one line, the option named, {@code lede prune --help}) rather than picocli's "not an int".
 */
final class DaysConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        long days;
        try {
            days = WholeNumber.parse(value);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number of days; " + range());
        }
        if (days < 1 || days > ConfigParser.MAX_KEEP_DAYS) {
            throw new TypeConversionException(value.strip() + " is out of range; " + range());
        }
        return (int) days;
    }

    private static String range() {
        return "give 1 to " + ConfigParser.MAX_KEEP_DAYS + " days";
    }
}
