package dev.lede.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns an unexpected failure into one line on stderr; the trace only with {@code LEDE_DEBUG=1}. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
        return report(e, line.getErr());
    }

    /** Says what failed in one line on {@code err} and returns the exit status for it. */
    static int report(Exception e, PrintWriter err) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("lede: internal error: " + reason.lines().findFirst().orElse(reason)
                + " (set LEDE_DEBUG=1 for details)");
        if ("1".equals(System.getenv("LEDE_DEBUG"))) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.SOME_FAILED;
    }
}
