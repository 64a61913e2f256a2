package dev.lede.io;

import dev.lede.core.article.ArticleId;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reading-state store (issue 7, built on branch {@code state}) reached by reflection, so that the
 * crash-safety test compiles before the store has landed and skips until it has.
 */
final class StateStoreReflection {

    private final Object store;
    private final Method load;
    private final Method save;
    private final Method withRead;
    private final Method isRead;

    private StateStoreReflection(Object store, Class<?> storeType, Class<?> stateType) throws ReflectiveOperationException {
        this.store = store;
        this.load = storeType.getMethod("load");
        this.save = storeType.getMethod("save", stateType);
        this.withRead = stateType.getMethod("withRead", ArticleId.class, boolean.class);
        this.isRead = stateType.getMethod("isRead", ArticleId.class);
    }

    /** The store in {@code folder}, or empty when {@code dev.lede.io.StateStore} is not in this build. */
    static Optional<StateStoreReflection> open(Path folder, Consumer<String> warnings) {
        try {
            Class<?> storeType = Class.forName("dev.lede.io.StateStore");
            Class<?> stateType = Class.forName("dev.lede.core.state.ReadingState");
            Constructor<?> constructor = storeType.getConstructor(Path.class, Consumer.class);
            return Optional.of(new StateStoreReflection(constructor.newInstance(folder, warnings), storeType, stateType));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    Object load() throws ReflectiveOperationException {
        return load.invoke(store);
    }

    Object save(Object state) throws ReflectiveOperationException {
        return save.invoke(store, state);
    }

    Object withRead(Object state, ArticleId id) throws ReflectiveOperationException {
        return withRead.invoke(state, id, true);
    }

    boolean isRead(Object state, ArticleId id) throws ReflectiveOperationException {
        return (Boolean) isRead.invoke(state, id);
    }

    static ArticleId id(long number) {
        return ArticleId.forContent("crash-safety article " + number);
    }
}
