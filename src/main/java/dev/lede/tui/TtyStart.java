package dev.lede.tui;

import com.googlecode.lanterna.TextCharacter;
import dev.lede.core.library.ArticleStore;
import dev.lede.core.library.Library;
import dev.lede.io.LoadSink;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.function.Consumer;

/**
 * The reader on the real terminal, started so that start-up overlaps the terminal's opening: the library
 * starts loading first (its first articles are indexed while the terminal opens), the first frame's
 * one-time costs are paid while {@link TtyOpening} waits for stty, then {@link TerminalApp} takes over.
 */
public final class TtyStart {

    // Articles posted one by one when loading starts before the terminal's height is known: more rows
    // than most terminals have (after the first screenful, snapshots are rate-limited).
    private static final int EARLY_SCREENFUL = 100;

    private TtyStart() {}

    /**
     * Runs the reader on the terminal {@code opening} opens, with the locale's charset; {@code ended} is
     * given the reader's last state once the terminal is restored. Returns the exit status; throws
     * IOException when there is no controlling terminal, before anything was drawn.
     */
    public static <S> int run(
            PureReader<S> program,
            ArticleStore store,
            Consumer<LoadSink> startLoading,
            ColorMode colorMode,
            ReaderContext outside,
            PrintStream errors,
            TtyOpening opening,
            Consumer<? super S> ended)
            throws IOException {
        TerminalApp.BeforeTerminal started = new TerminalApp.BeforeTerminal(outside);
        started.loading()
                .start(
                        startLoading,
                        started.events()::offer,
                        EARLY_SCREENFUL,
                        started.watching().watchThen(outside.libraryComplete()));
        if (!opening.isDone()) {
            warmUp(program, colorMode);
        }
        Charset charset = LedeTerminal.localeCharset();
        TerminalApp<S> app = new TerminalApp<>(
                opening.take(), program, store, startLoading, colorMode, charset, errors, outside, started);
        int status = app.run();
        if (app.lastState() != null) {
            ended.accept(app.lastState());
        }
        return status;
    }

    /**
     * One-time costs the first frame would pay, paid while this thread would only wait for the terminal
     * (an stty process): Lanterna's cell class sets itself up (String.format for every ANSI colour, a
     * BreakIterator), and an empty library's view is made once, which loads and links the view code.
     */
    private static <S> void warmUp(PureReader<S> program, ColorMode colorMode) {
        CellStyle.palette(colorMode);
        TextCharacter.DEFAULT_CHARACTER.getCharacterString();
        program.view(program.initial(Library.empty(), 80, 24), 0);
    }
}
