package dev.lede.tui;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Source;
import dev.lede.core.library.ArticleStore;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import dev.lede.io.LoadSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Test-only launcher for the end-to-end tests until the cli wires the real app: reads the files named
 * on the command line (or stdin when there are none), runs {@link TerminalApp} with the stand-in
 * reader (the real one with {@code -Ddemo.real=true}) on /dev/tty, and reports the stty spawn count on stderr after the terminal is restored.
 */
public final class TuiDemoMain {

    private TuiDemoMain() {
    }

    public static void main(String[] args) throws IOException {
        Map<ArticleId, Article> loaded = new ConcurrentHashMap<>();
        Parsers parsers = new Parsers(InputFormat.AUTO);
        Consumer<LoadSink> loader = sink -> {
            try {
                if (args.length == 0) {
                    keep(loaded, sink, parsers.parse(Input.of(Source.of(Source.STDIN), System.in.readAllBytes())));
                }
                for (String name : args) {
                    keep(loaded, sink, parsers.parse(Input.of(Source.of(name), Files.readAllBytes(Path.of(name)))));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            sink.finished();
        };
        ArticleStore store = entry -> Optional.ofNullable(loaded.get(entry.id()));
        LedeTerminal terminal;
        try {
            terminal = LedeTerminal.open(LedeTerminal.localeCharset());
        } catch (IOException noTty) {
            System.err.println("lede: no terminal (" + noTty.getMessage() + "), nothing to draw on");
            return;
        }
        ColorMode colors = ColorMode.detect(System.getenv());
        int status = Boolean.getBoolean("demo.real")
                ? new TerminalApp<>(terminal, new LedeProgram("lede", dev.lede.ui.UiOptions.defaults()), store, loader,
                        colors, LedeTerminal.localeCharset(), System.err).run()
                : new TerminalApp<>(terminal, new StubReader(), store, loader, colors, LedeTerminal.localeCharset(),
                        System.err).run();
        System.err.println("stty spawns: " + terminal.sttySpawns());
        System.exit(status);
    }

    private static void keep(Map<ArticleId, Article> loaded, LoadSink sink, Parsed parsed) {
        parsed.articles().forEach(article -> loaded.put(article.id(), article));
        sink.loaded(parsed);
    }
}
