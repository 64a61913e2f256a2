package dev.lede.io.fetch;

import dev.lede.core.subscribe.FeedState;
import dev.lede.io.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One state file per subscription ({@code $XDG_STATE_HOME/lede/feeds/NAME}), each replaced whole once its
 * feed is done, so an interrupted fetch leaves every feed's state as it was before or after its turn.
 */
public final class FeedStateFiles {

    private final Path folder;

    public FeedStateFiles(Path folder) {
        this.folder = folder;
    }

    /** The state saved for {@code name}; {@link FeedState#NONE} when there is none or it cannot be read. */
    public FeedState load(String name) {
        try {
            return FeedState.parse(Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return FeedState.NONE;
        } catch (IOException | RuntimeException e) {
            // Damaged or unreadable: the next fetch starts afresh (a full GET, items recognised by their files).
            return FeedState.NONE;
        }
    }

    public void save(String name, FeedState state) throws IOException {
        Files.createDirectories(folder);
        AtomicWrite.write(folder.resolve(name), state.toText().getBytes(StandardCharsets.UTF_8), false);
    }

    /** Forgets a subscription (unsubscribed). */
    public void delete(String name) throws IOException {
        Files.deleteIfExists(folder.resolve(name));
    }
}
