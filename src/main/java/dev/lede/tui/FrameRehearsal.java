package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.core.library.Library;
import java.io.IOException;
import java.nio.charset.Charset;

/**
 * One frame drawn and encoded for nobody, before the reader's first: the first frame's one-time costs
 * (Lanterna's cell class setting itself up, the view, painter and wire renderer run for the first time,
 * interpreted) are paid while the reader only waits, for the terminal (an stty process) or for the index
 * to give its first articles, instead of after the first articles come (README, "Start-up").
 */
final class FrameRehearsal {

    /** A screenful of the usual size: the loops over its cells are what the first frame runs longest. */
    private static final TerminalSize SIZE = new TerminalSize(120, 40);

    private FrameRehearsal() {}

    /** Draws an empty library's first frame on a screen in memory and encodes it as the terminal would get it. */
    static void run(PureReader program, ColorMode colorMode, Charset charset) {
        CellStyle.palette(colorMode);
        TextCharacter.DEFAULT_CHARACTER.getCharacterString();
        try {
            Discarding terminal = new Discarding();
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            new ScreenFrames(screen, terminal, colorMode, charset)
                    .show(program.view(program.initial(Library.empty(), SIZE.getColumns(), SIZE.getRows()), 0));
        } catch (IOException | RuntimeException e) {
            // only a rehearsal: the real frame says what is wrong, if anything is
        }
    }

    /** A terminal in memory whose frames' bytes go nowhere. */
    private static final class Discarding extends DefaultVirtualTerminal implements ControlOutput {

        Discarding() {
            super(SIZE);
        }

        @Override
        public void writeControl(byte[] sequence) {}
    }
}
