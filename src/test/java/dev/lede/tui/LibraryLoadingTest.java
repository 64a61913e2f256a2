package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Parsed;
import dev.lede.io.LoadSink;
import dev.lede.ui.Event;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LibraryLoadingTest {

    private static Parsed one(String headline) {
        Article article = new Article(
                ArticleId.forContent(headline),
                Source.of(headline + ".txt"),
                Format.TEXT,
                headline,
                null,
                null,
                null,
                null,
                List.of(new Block.Paragraph(headline + " body", List.of())),
                List.of(),
                List.of(),
                List.of());
        return new Parsed(List.of(article), List.of());
    }

    @Test
    void loadsOnceHowEverOftenItIsStartedAndEndsWithTheCompleteLibrary() throws InterruptedException {
        AtomicInteger loads = new AtomicInteger();
        Consumer<LoadSink> loader = sink -> {
            loads.incrementAndGet();
            sink.loaded(one("Quarry lake reopens"));
            sink.loaded(one("Night market moves"));
            sink.finished();
        };
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        LibraryLoading loading = new LibraryLoading();
        loading.start(loader, events::offer, 40);
        loading.start(loader, events::offer, 40);
        loading.articlesShown();
        Event last = null;
        while (!(last instanceof Event.LibraryUpdated update && update.library().isComplete())) {
            last = events.poll(10, TimeUnit.SECONDS);
            assertTrue(last != null, "loading finished");
        }
        assertEquals(2, ((Event.LibraryUpdated) last).library().size());
        assertEquals(1, loads.get());
    }
}
