package dev.lede.cli;

import dev.lede.core.parse.InputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format auto|text|html|feed}, any case; a wrong one is answered in the words the README uses. */
final class FormatConverter implements ITypeConverter<InputFormat> {

    @Override
    public InputFormat convert(String value) {
        for (InputFormat format : InputFormat.values()) {
            if (format.name().equalsIgnoreCase(value)) {
                return format;
            }
        }
        throw new TypeConversionException("must be "
                + String.join(", ", new LowercaseNames.Formats()).replaceFirst(", (\\w+)$", " or $1")
                + ", not " + value);
    }
}
