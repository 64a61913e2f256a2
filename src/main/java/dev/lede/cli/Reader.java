package dev.lede.cli;

import dev.lede.io.Loader;
import dev.lede.io.LoadOptions;
import dev.lede.tui.LedeProgram;
import dev.lede.tui.TerminalApp;
import dev.lede.ui.UiOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Opens the interactive reader on the terminal. Loading starts in the background, so the first frame
 * is drawn from the first screenful of headlines whatever the library's size.
 */
final class Reader {

    private Reader() {
    }

    static int open(InputOptions inputs, InputStream stdin, int textWidth, PrintWriter err) {
        List<String> arguments = LibraryLoad.arguments(inputs, err);
        LoadOptions options = LibraryLoad.loadOptions(inputs);
        Loader loader = new Loader(options, stdin, Loader.defaultUrls(options));
        UiOptions uiOptions = UiOptions.defaults().withTextWidth(textWidth);
        LedeProgram program = new LedeProgram(title(arguments), uiOptions);
        err.flush();
        try {
            return TerminalApp.runOnTty(program, loader.store(), sink -> loader.load(arguments, sink),
                    System.getenv(), new PrintStream(System.err, true, Charset.defaultCharset()));
        } catch (IOException e) {
            err.println("lede: cannot use the terminal: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }

    /** What the title bar names: the single input as given, else how many inputs. */
    private static String title(List<String> arguments) {
        if (arguments.size() == 1) {
            return arguments.get(0).equals("-") ? "stdin" : arguments.get(0);
        }
        return arguments.size() + " inputs";
    }
}
