package dev.lede.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lede [PATH|URL|-]...}: opens the reader, or prints the list when stdout is not a terminal. */
@Command(name = "lede", mixinStandardHelpOptions = true, version = "lede 0.1.0",
        description = "A terminal news reader.")
public final class LedeCommand implements Callable<Integer> {

    public static int run(String[] args) {
        return new CommandLine(new LedeCommand()).execute(args);
    }

    @Override
    public Integer call() {
        return 0;
    }
}
