package dev.lede.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.lede.tui.wire.WireRenderer;
import dev.lede.ui.view.ScrollHint;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Sends what the {@link Painter} drew on the screen's back buffer to the terminal. On the real tty that
 * is {@link WireRenderer}'s minimal bytes (any {@link ControlOutput}); on any other Lanterna terminal,
 * Lanterna's own refresh.
 */
interface FrameOutput {

    /** Shows the back buffer; {@code scroll} is the painter's hint, {@code full} asks for a clean redraw. */
    void show(Optional<ScrollHint> scroll, boolean full) throws IOException;

    /** True when the painter should apply scroll hints to the Lanterna screen itself (Lanterna's refresh). */
    boolean scrollsScreen();

    static FrameOutput on(TerminalScreen screen, Terminal terminal, Charset charset) {
        if (terminal instanceof ControlOutput wire) {
            return new WireDisplay(screen, wire, charset);
        }
        return new FrameOutput() {
            @Override
            public void show(Optional<ScrollHint> scroll, boolean full) throws IOException {
                screen.refresh(full ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
            }

            @Override
            public boolean scrollsScreen() {
                return true;
            }
        };
    }
}
