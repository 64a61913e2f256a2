package dev.lede.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.lede.ui.Event;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The input loop: a daemon thread blocked on the terminal posts each key as {@link Event.KeyPressed}. EOF or
 * an error (EIO after an SSH hangup) ends it with one {@link Event.TerminalGone}, never a retry loop, which
 * would spin at full CPU on a dead tty.
 */
final class KeyReader {

    private KeyReader() {}

    static void start(Screen screen, Consumer<Event> post) {
        EffectRunner.startDaemon("lede-keys", () -> read(screen, post));
    }

    private static void read(Screen screen, Consumer<Event> post) {
        KeyStrokes strokes = new KeyStrokes();
        try {
            while (true) {
                KeyStroke stroke = screen.readInput();
                if (stroke == null || stroke.getKeyType() == KeyType.EOF) {
                    break;
                }
                strokes.next(stroke).ifPresent(key -> post.accept(new Event.KeyPressed(key)));
            }
        } catch (IOException | RuntimeException e) {
            // the terminal is gone
        }
        post.accept(new Event.TerminalGone());
    }
}
