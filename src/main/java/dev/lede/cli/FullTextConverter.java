package dev.lede.cli;

import dev.lede.core.subscribe.FullText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --full-text on|off|auto}. */
final class FullTextConverter implements ITypeConverter<FullText> {

    @Override
    public FullText convert(String value) {
        return FullText.of(value)
                .orElseThrow(() -> new TypeConversionException("must be on, off or auto, not " + value));
    }
}
