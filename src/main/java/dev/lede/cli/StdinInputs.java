package dev.lede.cli;

import dev.lede.core.article.Source;
import dev.lede.io.StdinKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * How every command takes stdin: with no inputs named, stdin that carries data is read as {@code -};
 * a terminal or {@code /dev/null} leaves the default library. {@code -} with a terminal on stdin is
 * refused at once: nothing would ever arrive while the reader holds the screen.
 */
final class StdinInputs {

    private StdinInputs() {}

    /**
     * Adds {@code -} to {@code options} when no input is named and stdin carries data; returns the usage
     * error's exit status, said on {@code err}, when stdin is named and is a terminal.
     */
    static OptionalInt apply(InputOptions options, StdinKind stdin, PrintWriter err) {
        if (options.inputs.isEmpty() && stdin == StdinKind.DATA) {
            options.inputs = new ArrayList<>(List.of(Source.STDIN));
        }
        if (stdin == StdinKind.TERMINAL && options.inputs.contains(Source.STDIN)) {
            err.println("lede: -: stdin is a terminal; pipe a file in (cat story.txt | lede -)");
            err.flush();
            return OptionalInt.of(ExitCodes.USAGE);
        }
        return OptionalInt.empty();
    }
}
