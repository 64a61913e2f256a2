package dev.lede.io;

import java.nio.file.Path;

/**
 * The process {@link StateStoreCrashIT} kills: marks article after article as read, saving after each,
 * and prints each number once its save has returned (so it is on disk). Prints "ready" first.
 * Arguments: the state folder and the first number to mark.
 */
public final class StateSavingChild {

    private StateSavingChild() {
    }

    public static void main(String[] args) throws Exception {
        StateStoreReflection store = StateStoreReflection.open(Path.of(args[0]), System.err::println)
                .orElseThrow(() -> new IllegalStateException("no StateStore in this build"));
        long number = Long.parseLong(args[1]);
        Object state = store.load();
        System.out.println("ready");
        System.out.flush();
        while (true) {
            state = store.save(store.withRead(state, StateStoreReflection.id(number)));
            System.out.println(number);
            System.out.flush();
            number++;
        }
    }
}
