package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import dev.lede.tui.wire.WireRenderer;
import dev.lede.ui.view.ScrollHint;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Optional;

/** The tty's display: the back buffer through {@link WireRenderer}, one write and flush per frame. */
final class WireDisplay implements FrameOutput {

    private final Screen screen;
    private final ControlOutput terminal;
    private final WireRenderer renderer;

    WireDisplay(Screen screen, ControlOutput terminal, Charset charset) {
        this.screen = screen;
        this.terminal = terminal;
        this.renderer = new WireRenderer(charset);
    }

    @Override
    public void show(Optional<ScrollHint> scroll, boolean full) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        TextCharacter[][] cells = new TextCharacter[size.getRows()][size.getColumns()];
        for (int row = 0; row < cells.length; row++) {
            for (int column = 0; column < cells[row].length; column++) {
                cells[row][column] = screen.getBackCharacter(column, row);
            }
        }
        byte[] bytes = renderer.frame(cells, scroll, full);
        if (bytes.length > 0) {
            terminal.writeControl(bytes);
        }
    }

    @Override
    public boolean scrollsScreen() {
        return false;
    }
}
