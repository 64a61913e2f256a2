package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Problem;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.parse.Parsed;
import dev.lede.io.LoadSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EarlyLoadTest {

    /** Records what it is given, in order, and whether (and how often) loading finished. */
    private static class Recording implements LoadSink {
        final List<String> sources = new ArrayList<>();
        int finished;

        @Override
        public void loaded(Parsed parsed) {
            sources.add(parsed.problems().get(0).source());
        }

        @Override
        public void finished() {
            finished++;
        }
    }

    private static Parsed input(int n) {
        return Parsed.skipped(new Problem("input-" + n, "placeholder"));
    }

    private static List<String> names(int from, int to) {
        List<String> names = new ArrayList<>();
        for (int n = from; n < to; n++) {
            names.add("input-" + n);
        }
        return names;
    }

    @Test
    void whatLoadedBeforeTheSinkCameIsHandedOverFirstThenTheRestInOrder() throws InterruptedException {
        CountDownLatch firstHalfDone = new CountDownLatch(1);
        CountDownLatch attached = new CountDownLatch(1);
        EarlyLoad early = EarlyLoad.start(sink -> {
            for (int n = 0; n < 5; n++) {
                sink.loaded(input(n));
            }
            firstHalfDone.countDown();
            await(attached);
            for (int n = 5; n < 10; n++) {
                sink.loaded(input(n));
            }
            sink.finished();
        });
        assertTrue(firstHalfDone.await(10, TimeUnit.SECONDS));
        Recording sink = new Recording() {
            @Override
            public void loaded(Parsed parsed) {
                super.loaded(parsed);
                if (sources.size() == 5) {
                    attached.countDown(); // the loader goes on only once the waiting five were handed over
                }
            }
        };
        early.drainTo(sink);
        assertEquals(names(0, 10), sink.sources);
        assertEquals(1, sink.finished);
    }

    @Test
    void theLoaderWaitsOnceTheBufferIsFullAndNothingIsLost() {
        int total = EarlyLoad.MAX_WAITING * 3;
        EarlyLoad early = EarlyLoad.start(sink -> {
            for (int n = 0; n < total; n++) {
                sink.loaded(input(n));
            }
            sink.finished();
        });
        Recording sink = new Recording();
        early.drainTo(sink);
        assertEquals(names(0, total), sink.sources);
        assertEquals(1, sink.finished);
    }

    @Test
    void aLoaderFailureIsThrownToTheReaderAfterWhatLoadedBeforeIt() {
        IllegalStateException failure = new IllegalStateException("disk on fire");
        EarlyLoad early = EarlyLoad.start(sink -> {
            sink.loaded(input(0));
            throw failure;
        });
        Recording sink = new Recording();
        assertSame(failure, assertThrows(IllegalStateException.class, () -> early.drainTo(sink)));
        assertEquals(List.of("input-0"), sink.sources);
        assertEquals(0, sink.finished, "the reader's own handler finishes after a failure");
    }

    @Test
    void rowsKeptFromTheLastRunCountAsArticlesAndReachTheSinkOnceItAttaches() {
        List<ListedArticle> kept = List.of(ListedArticle.of(
                LibraryFeedTest.one("Ferry timetable changes").articles().get(0)));
        EarlyLoad early = EarlyLoad.start(sink -> {
            sink.firstScreen(kept); // waits for the reader's sink, as a preview's first rows do
            sink.finished();
        });
        assertTrue(early.nothingRead(10_000).isEmpty(), "something to show: the reader takes the screen");
        List<List<ListedArticle>> shown = new ArrayList<>();
        Recording sink = new Recording() {
            @Override
            public void firstScreen(List<ListedArticle> articles) {
                shown.add(articles);
            }
        };
        early.drainTo(sink);
        assertEquals(List.of(kept), shown);
        assertEquals(1, sink.finished);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
