package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.io.StdinKind;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Shell completion offers an option's values as the README writes them, in lower case: the generated
 * script lists each option's completion candidates, which picocli makes the enum's constants unless told.
 */
class CompletionCandidatesTest {

    @Test
    void everyOptionsValuesAreOfferedInLowerCase() {
        List<String> offered = new ArrayList<>();
        check(
                LedeCommand.commandLine(
                        new ByteArrayInputStream(new byte[0]), StdinKind.NOTHING, CliRun.testEnvironment()),
                offered);
        assertTrue(offered.contains("lede --format: [auto, text, html, feed]"), offered.toString());
        assertTrue(offered.contains("lede subscribe --full-text: [on, off, auto]"), offered.toString());
    }

    private static void check(CommandLine line, List<String> offered) {
        for (OptionSpec option : line.getCommandSpec().options()) {
            if (option.completionCandidates() == null) {
                continue;
            }
            List<String> values = new ArrayList<>();
            option.completionCandidates().forEach(values::add);
            String name = line.getCommandSpec().qualifiedName() + " " + option.longestName();
            offered.add(name + ": " + values);
            for (String value : values) {
                assertEquals(value.toLowerCase(Locale.ROOT), value, name);
                assertTrue(accepts(option, value), "offered, so accepted: " + name + " " + value);
            }
        }
        for (CommandLine sub : line.getSubcommands().values()) {
            check(sub, offered);
        }
    }

    private static boolean accepts(OptionSpec option, String value) {
        try {
            for (CommandLine.ITypeConverter<?> converter : option.converters()) {
                converter.convert(value);
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
