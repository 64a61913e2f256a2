package dev.lede.cli;

import dev.lede.ui.config.ConfigParser;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code --width}: a whole number of columns, in the same range as {@code set width} in the configuration. */
final class WidthConverter implements ITypeConverter<Integer> {

    static final String RANGE = ConfigParser.MIN_WIDTH + " to " + ConfigParser.MAX_WIDTH + " columns";

    @Override
    public Integer convert(String value) {
        long columns;
        try {
            columns = WholeNumber.parse(value);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a width; give " + RANGE);
        }
        if (columns < ConfigParser.MIN_WIDTH || columns > ConfigParser.MAX_WIDTH) {
            throw new TypeConversionException(value.strip() + " is out of range; give " + RANGE);
        }
        return (int) columns;
    }
}
