package dev.lede.cli;

import dev.lede.core.article.ArticleId;
import dev.lede.core.state.ReadingState;
import dev.lede.io.FileFailures;
import dev.lede.io.StateStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Where the reading state lives for this run, and whether this run may write it. */
final class StateFiles {

    private StateFiles() {}

    /**
     * The store to save to: none with {@code --no-state}, none when the only input is stdin (a pipe is
     * not something to come back to), none without a home folder.
     */
    static Optional<StateStore> writable(
            List<String> arguments, boolean noState, Map<String, String> environment, Consumer<String> warnings) {
        if (noState || stdinOnly(arguments)) {
            return Optional.empty();
        }
        return StateStore.defaultFolder(environment).map(folder -> new StateStore(folder, warnings));
    }

    /** The state as it is on disk, without ever writing or moving anything. */
    static ReadingState peek(Map<String, String> environment) {
        Optional<Path> folder = StateStore.defaultFolder(environment);
        return folder.map(f -> new StateStore(f, warning -> {}).peek()).orElse(ReadingState.EMPTY);
    }

    /**
     * The state on disk, without ever writing or moving anything: empty, with the line to say, when a state
     * file is there but cannot be read (its marks and stars unknown, not "none").
     */
    static Optional<ReadingState> peekSaying(Map<String, String> environment, Consumer<String> problem) {
        Optional<Path> folder = StateStore.defaultFolder(environment);
        if (folder.isEmpty()) {
            return Optional.of(ReadingState.EMPTY);
        }
        StateStore store = new StateStore(folder.get(), warning -> {});
        StateStore.Peeked peeked = store.peekChecked();
        peeked.problem().ifPresent(why -> problem.accept(store.file() + " could not be read (" + why + ")"));
        return peeked.problem().isPresent() ? Optional.empty() : Optional.of(peeked.state());
    }

    /** The newest reading state set aside as unreadable, if any ({@link StateStore#setAside}). */
    static Optional<Path> setAside(Map<String, String> environment) {
        return StateStore.defaultFolder(environment)
                .flatMap(folder -> new StateStore(folder, warning -> {}).setAside());
    }

    /**
     * Forgets the read marks and places of {@code ids} (articles deleted for good) in the state on disk, merged
     * under its lock as every save is, so a reader open meanwhile keeps its own changes; says what went wrong.
     */
    static void forget(Map<String, String> environment, Set<ArticleId> ids, Consumer<String> said) {
        Optional<Path> folder = StateStore.defaultFolder(environment);
        if (ids.isEmpty() || folder.isEmpty()) {
            return;
        }
        StateStore store = new StateStore(folder.get(), warning -> said.accept(warning.replaceFirst("^lede: ", "")));
        try {
            ReadingState loaded = store.load();
            ReadingState fewer = loaded.forgetting(ids);
            if (fewer != loaded) {
                store.save(fewer);
            }
        } catch (IOException e) {
            said.accept("the deleted articles' read marks stay in " + store.file() + " ("
                    + FileFailures.describeAt(store.file(), e) + ")");
        }
    }

    static boolean stdinOnly(List<String> arguments) {
        return !arguments.isEmpty() && arguments.stream().allMatch("-"::equals);
    }
}
