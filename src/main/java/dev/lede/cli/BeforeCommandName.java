package dev.lede.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command picocli parsed, as {@link CommandLine.RunLast} does, but first refuses what the reader's
 * own options and inputs would silently drop when a command's name follows them: picocli sets them on the
 * reader, which does not run, so {@code lede --no-state list} wrote the library index and
 * {@code lede feeds/ list} listed the default library. {@code --config FILE} alone is read before a
 * command's name too ({@link CommandConfig#of}), by the commands that take it; anything else there, or
 * {@code --config} before a command that reads no config, is a usage error naming it.
 */
final class BeforeCommandName implements CommandLine.IExecutionStrategy {

    /** The reader's option a command also reads when it is given before the command's name. */
    private static final String CARRIED = "--config";

    @Override
    public int execute(ParseResult parseResult) {
        if (parseResult.hasSubcommand() && !helpAsked(parseResult)) {
            ParseResult command = parseResult.subcommand();
            Optional<String> dropped = dropped(parseResult);
            if (dropped.isEmpty()
                    && parseResult.hasMatchedOption(CARRIED)
                    && command.commandSpec().findOption(CARRIED) == null) {
                // A config that the command never reads would be accepted and do nothing.
                throw new ParameterException(
                        command.commandSpec().commandLine(),
                        CARRIED + " has no say in " + command.commandSpec().name() + ": it reads no config");
            }
            if (dropped.isPresent()) {
                String name = command.commandSpec().name();
                throw new ParameterException(
                        command.commandSpec().commandLine(),
                        dropped.get().equals("help")
                                ? "help is no command of lede's; help on " + name + " is lede " + name + " --help"
                                : dropped.get() + " goes after the command's name: lede " + name + " " + dropped.get()
                                        + " …");
            }
        }
        if (!parseResult.hasSubcommand() && !helpAsked(parseResult) && asksForHelpAlone(parseResult)) {
            throw new ParameterException(parseResult.commandSpec().commandLine(), "help is no command of lede's");
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** {@code lede help} with no file of that name here: a person asking for help, not for a file to read. */
    private static boolean asksForHelpAlone(ParseResult top) {
        for (PositionalParamSpec positional : top.matchedPositionals()) {
            List<String> typed = positional.originalStringValues();
            if (typed.equals(List.of("help"))) {
                return !Files.exists(Path.of("help"));
            }
        }
        return false;
    }

    /** The first option (other than {@code --config}) or input the top command matched, as it was typed. */
    static Optional<String> dropped(ParseResult top) {
        for (OptionSpec option : top.matchedOptions()) {
            if (!List.of(option.names()).contains(CARRIED)) {
                return Optional.of(option.longestName());
            }
        }
        for (PositionalParamSpec positional : top.matchedPositionals()) {
            List<String> typed = positional.originalStringValues();
            if (!typed.isEmpty()) {
                return Optional.of(typed.get(0));
            }
        }
        return Optional.empty();
    }

    /** Help or a version asked anywhere on the line: picocli prints it, whatever else was given. */
    private static boolean helpAsked(ParseResult parseResult) {
        for (ParseResult each = parseResult; each != null; each = each.subcommand()) {
            if (each.isUsageHelpRequested() || each.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }
}
