package dev.lede.cli;

import dev.lede.core.text.Sanitizer;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line gets one line on stderr, naming what was wrong and where help is, and exit
 * status 2; the whole usage text would push that line out of sight.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        String message = e.getMessage() == null
                ? "wrong usage"
                : e.getMessage().lines().findFirst().orElse("wrong usage");
        String suggestion = "";
        if (e instanceof UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            suggestion = "; did you mean " + unmatched.getSuggestions().get(0) + "?";
        }
        err.println("lede: " + Sanitizer.visibleLine(message + suggestion) + " ("
                + line.getCommandSpec().qualifiedName() + " --help lists the options)");
        err.flush();
        return ExitCodes.USAGE;
    }
}
