package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.core.article.ArticleId;
import dev.lede.core.state.ReadingState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateSaverTest {

    private static final ArticleId FERRY = new ArticleId("a1b2c3d4e5f6");

    @Test
    void closeWritesTheNewestPendingStateOnce() {
        List<ReadingState> written = new ArrayList<>();
        StateSaver saver = new StateSaver(written::add, problem -> {});
        ReadingState first = ReadingState.EMPTY.withRead(FERRY, true);
        ReadingState second = first.withStarred(FERRY, true);
        saver.offer(first);
        saver.offer(second);
        saver.close();
        assertEquals(second, written.get(written.size() - 1));
        assertEquals(1, written.size());
    }

    @Test
    void aFailedWriteIsReportedOnce() {
        List<String> problems = new ArrayList<>();
        StateSaver saver = new StateSaver(
                state -> {
                    throw new java.io.IOException("No space left on device");
                },
                problems::add);
        saver.offer(ReadingState.EMPTY.withRead(FERRY, true));
        saver.flush();
        saver.offer(ReadingState.EMPTY);
        saver.close();
        assertEquals(List.of("cannot save the reading state: no space left on device"), problems);
    }

    @Test
    void aRefusedFolderIsNamedWithTheReason() {
        List<String> problems = new ArrayList<>();
        StateSaver saver = new StateSaver(
                state -> {
                    // What Files.createDirectories throws for a read-only folder: the path is all its message.
                    throw new java.nio.file.AccessDeniedException("/home/ann/.local/state/lede");
                },
                problems::add);
        saver.offer(ReadingState.EMPTY.withRead(FERRY, true));
        saver.close();
        assertEquals(
                List.of("cannot save the reading state: /home/ann/.local/state/lede: permission denied"), problems);
    }
}
