package dev.lede.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.lede.ui.view.Frame;
import java.io.IOException;
import java.nio.charset.Charset;

/**
 * Shows frames: the {@link Painter} draws each on the screen's back buffer and the {@link FrameOutput}
 * sends what changed. After a resize, a suspend or a redraw key the next frame is drawn whole, since
 * what the terminal shows can no longer be trusted.
 */
final class ScreenFrames {

    private final FrameOutput output;
    private final Painter painter;
    private boolean whole = true; // the first frame too

    ScreenFrames(TerminalScreen screen, Terminal terminal, ColorMode colorMode, Charset charset) {
        this.output = FrameOutput.on(screen, terminal, charset);
        this.painter = new Painter(screen, colorMode, charset, output.scrollsScreen());
    }

    void redrawWhole() {
        painter.invalidate();
        whole = true;
    }

    boolean wholeRedrawDue() {
        return whole;
    }

    void show(Frame frame) throws IOException {
        output.show(painter.paint(frame), whole);
        whole = false;
    }
}
