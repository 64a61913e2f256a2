package dev.lede.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns an unexpected failure into one line on stderr; the trace only with {@code LEDE_DEBUG=1}. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        line.getErr().println("lede: internal error: " + reason.lines().findFirst().orElse(reason)
                + " (set LEDE_DEBUG=1 for details)");
        if ("1".equals(System.getenv("LEDE_DEBUG"))) {
            e.printStackTrace(line.getErr());
        }
        line.getErr().flush();
        return ExitCodes.SOME_FAILED;
    }
}
