package dev.lede.cli;

import dev.lede.core.state.ReadingState;
import dev.lede.io.StateStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    static boolean stdinOnly(List<String> arguments) {
        return !arguments.isEmpty() && arguments.stream().allMatch("-"::equals);
    }
}
